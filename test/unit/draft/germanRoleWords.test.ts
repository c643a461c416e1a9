import { describe, expect, it } from 'vitest';
import { declined, plurals } from '../../../src/draft/mentions/findRoles.js';
import { idOf } from '../../../src/draft/text/idOf.js';
import { draftGerman, tenure, tenureIds } from './germanGraph.js';

describe('role words as German declines and compounds them', () => {
  it('declines an adjective of a label with the article it follows', () => {
    expect(declined('Ärztlicher Direktor', true)).toEqual(expect.arrayContaining(['Ärztlicher Direktor', 'Ärztlichen Direktor', 'Ärztlichen Direktors']));
    expect(declined('Ärztliche Direktorin', false)).toEqual(expect.arrayContaining(['Ärztliche Direktorin', 'Ärztlichen Direktorin']));
    expect(declined('Chief Digital Officer', true)).toEqual(['Chief Digital Officer', 'Chief Digital Officers']);
  });

  it('knows the plurals of a label, which name several holders', () => {
    expect(plurals('Geschäftsführer', 'Geschäftsführerin')).toEqual(['Geschäftsführerinnen', 'Geschäftsführern']);
    const draft = draftGerman('Der Aufsichtsrat hat Tanja Berg und Milan Kovač zum 1. Januar 2025 zu Geschäftsführern der Wasserwerke Lohe GmbH bestellt.');
    expect(draft.tenures.map((t) => [t.id, t.start?.date.value])).toEqual([
      ['tanja-berg/wasserwerke-lohe/managing-director', '2025-01-01'],
      ['milan-kovac/wasserwerke-lohe/managing-director', '2025-01-01'],
    ]);
  });

  it('finds a two-word role after "einen neuen" and gives the holder named after the colon its tenure', () => {
    const draft = draftGerman('Die Klinik Ostbrück GmbH hat einen neuen Ärztlichen Direktor berufen: Jonas Brettschneider beginnt am 1. Juli.');
    expect(tenureIds(draft)).toEqual(['jonas-brettschneider/klinik-ostbrueck/medical-director']);
  });

  it('reads a Kreis-, Stadt- or Gemeinde- compound as the role itself, at that level', () => {
    const draft = draftGerman('Der Gemeinderat der Gemeinde Kirchau hat Tobias Rang zum neuen Gemeindekämmerer gewählt.');
    expect(tenureIds(draft)).toEqual(['tobias-rang/gemeinde-kirchau/treasurer']);
  });

  it('does not read a vice or honorary compound as the role itself', () => {
    const draft = draftGerman('Ute Sandberg ist Vizevorsitzende des Tennisclubs Aue e.V. und Ehrenvorsitzende des Chors Aue e.V.');
    expect(draft.tenures.filter((t) => t.roleKey === 'chairperson' && !t.unsure)).toEqual([]);
  });
});

describe('organisations named with compounds, purposes and adjectives', () => {
  it('takes a compound of a head noun with its place as a name ("Bürgerstiftung Weilau", "Herzklinikum Südau")', () => {
    const names = draftGerman('Die Bürgerstiftung Weilau unterstützt das Herzklinikum Südau.').organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(['Bürgerstiftung Weilau', 'Herzklinikum Südau']));
  });

  it('names an office by its purpose and gives the person who leads it its Leitung', () => {
    const draft = draftGerman('Nils Kuhn leitet seit 2021 das Amt für Bürgerdienste der Stadt Welling.');
    expect(draft.organizations.map((o) => o.name)).toContain('Amt für Bürgerdienste');
    expect(tenure(draft, 'nils-kuhn/amt-fuer-buergerdienste/head-of-unit')?.start?.date.value).toBe('2021');
  });

  it('keeps a capitalised adjective inside a name, in the nominative', () => {
    const names = draftGerman('Zuvor lehrte sie an der Evangelischen Hochschule Weilau.').organizations.map((o) => o.name);
    expect(names).toEqual(['Evangelische Hochschule Weilau']);
  });

  it('refers "das Klinikum" to the organisation with that word in its name, not to a compound named later', () => {
    const draft = draftGerman('Das Klinikum Nordau schickt Patienten an das Herzklinikum Südau. Das Klinikum gehört dem Landkreis Nordau.');
    expect(draft.ownerships.map((o) => `${o.ownerId} owns ${o.ownedId}`)).toEqual(['landkreis-nordau owns klinikum-nordau']);
  });
});

describe('names', () => {
  it('keeps a doctor of medicine and professor title whole', () => {
    expect(draftGerman('Prof. Dr. med. Ida Sommerfeld ist Ärztliche Direktorin der Klinik Ostbrück GmbH.').people[0]).toMatchObject({
      name: 'Ida Sommerfeld',
      honorific: 'Prof. Dr. med.',
    });
  });

  it('writes the Turkish dotless i of a name as i in its id', () => {
    expect(idOf('Elif Yıldız')).toBe('elif-yildiz');
  });
});
