import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/domain/partialDate.js';
import { draftFactFile } from '../../../src/draft/draftFactFile.js';
import type { GraphIndex } from '../../../src/draft/mentions/DraftContext.js';
import { renderDraft } from '../../../src/draft/renderDraft.js';

const roles = [
  { key: 'managing-director', en: 'Managing director', de: { masculine: 'Geschäftsführer', feminine: 'Geschäftsführerin', neutral: 'Geschäftsführung' } },
  { key: 'head-of-unit', en: 'Head of unit', de: { masculine: 'Leiter', feminine: 'Leiterin', neutral: 'Leitung' } },
];

/** A made-up graph: one person and one company, and two people who share a surname. */
const graph: GraphIndex = {
  people: [
    { id: 'petra-lindner', name: 'Petra Lindner', aliases: ['Lindner'] },
    { id: 'hans-meier', name: 'Hans Meier', aliases: [] },
    { id: 'eva-meier', name: 'Eva Meier', aliases: [] },
  ],
  organizations: [{ id: 'stadtwerke-altenbach', name: 'Stadtwerke Altenbach GmbH', aliases: ['Stadtwerke Altenbach'], kind: 'company' }],
  roles,
  tenures: [
    {
      id: 'petra-lindner/stadtwerke-altenbach/managing-director',
      personId: 'petra-lindner',
      organizationId: 'stadtwerke-altenbach',
      roleKey: 'managing-director',
    },
  ],
};

const draft = (text: string, published: string | null = '2023-09-21') =>
  draftFactFile(text, graph, { sourceId: 'test-text', textFile: 'test-text.txt', published: published ? parsePartialDate(published)! : null });

describe('entities matched to the graph', () => {
  it('finds a person of the graph by surname alone, under the graph id and name', () => {
    const result = draft('TEST. Das kündigte Geschäftsführerin Lindner am Mittwoch an.');
    expect(result.people).toEqual([expect.objectContaining({ id: 'petra-lindner', name: 'Petra Lindner', existing: true })]);
    expect(result.tenures).toEqual([
      expect.objectContaining({
        id: 'petra-lindner/stadtwerke-altenbach/managing-director',
        unsure: null,
        inference: expect.stringContaining('the graph holds Petra Lindner'),
      }),
    ]);
  });

  it('lists a surname that fits two people of the graph as ambiguous and attributes nothing to it', () => {
    const result = draft('TEST. Geschäftsführer Meier verlässt die Stadtwerke Altenbach GmbH.');
    expect(result.ambiguous).toEqual([expect.objectContaining({ text: 'Meier', candidates: ['hans-meier', 'eva-meier'] })]);
    expect(result.people).toEqual([]);
    expect(result.tenures).toEqual([]);
  });

  it('proposes a new person with an id from the name, and gender from a feminine title as an inference', () => {
    const result = draft('TEST. Anna Weber ist seit 2019 Geschäftsführerin der Stadtwerke Altenbach GmbH.');
    expect(result.people).toEqual([
      expect.objectContaining({
        id: 'anna-weber',
        existing: false,
        gender: expect.objectContaining({ value: 'female', inference: expect.stringContaining('Geschäftsführerin') }),
      }),
    ]);
    expect(result.tenures[0]).toMatchObject({ organizationId: 'stadtwerke-altenbach', start: { date: { value: '2019', inference: null } } });
  });

  it('turns "die 45-Jährige" into an age of the person named before, with the reason', () => {
    const result = draft('TEST. Anna Weber kommt aus Nordheim. Die 45-Jährige leitet die Stadtwerke Altenbach GmbH.');
    expect(result.people[0]?.age).toMatchObject({ value: 45, inference: expect.stringContaining('refers to Anna Weber') });
  });
});

describe('proposals the assistant is unsure of', () => {
  const text = 'TEST. Anna Weber ist Kassenwartin der Stadtwerke Altenbach GmbH.';

  it('proposes a role word outside the vocabulary as a new entry and its tenure as unsure', () => {
    const result = draft(text);
    expect(result.newRoles).toEqual([expect.objectContaining({ word: 'Kassenwartin', masculine: 'Kassenwart', feminine: 'Kassenwartin' })]);
    expect(result.tenures).toEqual([expect.objectContaining({ roleKey: 'kassenwart', unsure: expect.stringContaining('no role of the vocabulary') })]);
  });

  it('writes unsure tenures commented out, with the reason, so that they cannot load', () => {
    const yaml = renderDraft(draft(text), { from: 'test-text.txt', writtenOn: '2024-01-01' });
    expect(parse(yaml).tenures).toEqual([]);
    expect(yaml).toContain('  # Unsure: "Kassenwartin" is no role of the vocabulary yet');
    expect(yaml).toContain('  # - id: anna-weber/stadtwerke-altenbach/kassenwart');
    expect(yaml).toMatch(/^draft: /m);
  });
});

describe('dates against the publication date', () => {
  const text = 'TEST. Anna Weber übernimmt kommenden Monat die Geschäftsführung der Stadtwerke Altenbach GmbH.';

  it('resolves a relative start with its inference', () => {
    expect(draft(text).tenures[0]?.start?.date).toMatchObject({
      value: '2023-10',
      inference: expect.stringContaining('"kommenden Monat" in an article of 2023-09-21'),
    });
  });

  it('spans every possible month when only the year of publication is known', () => {
    expect(draft(text, '2023').tenures[0]?.start?.date.value).toBe('2023-02/2024-01');
  });

  it('proposes no relative date without a publication date, and says why', () => {
    const result = draft(text, null);
    expect(result.tenures[0]?.start).toBeNull();
    expect(result.unplacedDates).toEqual([expect.objectContaining({ text: 'kommenden Monat', reason: expect.stringContaining('--published') })]);
    expect(parse(renderDraft(result, { from: 'test-text.txt', writtenOn: '2024-01-01' })).source.publishedOn).toEqual({ unknown: true, latest: '2024-01-01' });
  });
});
