import { describe, expect, it } from 'vitest';
import { anaphoricDate } from '../../../src/draft/temporal/anaphoricDate.js';
import { directionOf, findTemporalExpressions } from '../../../src/draft/temporal/findTemporalExpressions.js';
import { parsePartialDate } from '../../../src/domain/partialDate.js';
import { draftGerman, tenure, tenureIds } from './germanGraph.js';

describe('clause structure: who holds which post', () => {
  it('reads a fronted "als" phrase with the subject after the finite verb', () => {
    const draft = draftGerman('Nach zwölf Jahren als Vorsitzende hat Greta Holm den Tennisclub Weißbach e.V. am 30. April verlassen.');
    expect(tenure(draft, 'greta-holm/tennisclub-weissbach/chairperson')).toMatchObject({
      end: { date: { value: '2024-04-30' } },
      start: { date: { value: '2012' } },
    });
  });

  it('gives two coordinated subjects the post and the date they take it on', () => {
    const draft = draftGerman(
      'Ab dem 1. Juli übernehmen Mara Linde und Felix Brand gemeinsam die Geschäftsführung der Wasserwerke Lohe GmbH. Sie folgen auf Gerd Busch.',
    );
    for (const person of ['mara-linde', 'felix-brand']) {
      expect(tenure(draft, `${person}/wasserwerke-lohe/managing-director`)).toMatchObject({
        start: { date: { value: '2024-07-01' } },
        predecessor: { tenureId: 'gerd-busch/wasserwerke-lohe/managing-director' },
      });
    }
  });

  it('takes the person after "über seine Nachfolge entschieden:" as the successor', () => {
    const draft = draftGerman(
      'Geschäftsführer Karl Horn verlässt die Wasserwerke Lohe GmbH Ende Juni. Der Aufsichtsrat hat bereits über seine Nachfolge entschieden: Nina Berg übernimmt die Geschäftsführung zum 1. Juli.',
    );
    expect(tenure(draft, 'nina-berg/wasserwerke-lohe/managing-director')?.predecessor?.tenureId).toBe('karl-horn/wasserwerke-lohe/managing-director');
  });

  it('refers a sentence opening with an occupation noun ("Die Juristin …") to the woman named before', () => {
    const draft = draftGerman(
      'Der Stadtrat hat Jana Roth zur Kämmerin der Stadt Welling gewählt. Die Juristin tritt ihr Amt im Oktober an und löst Bernd Falk ab.',
    );
    expect(tenure(draft, 'jana-roth/stadt-welling/treasurer')).toMatchObject({
      start: { date: { value: '2024-10' } },
      predecessor: { tenureId: 'bernd-falk/stadt-welling/treasurer' },
    });
  });

  it('reads a relative clause whose copula follows the role and its organisation', () => {
    const draft = draftGerman('Sie folgt auf Olaf Kern, der seit 2011 Kämmerer der Stadt Welling ist.');
    expect(tenure(draft, 'olaf-kern/stadt-welling/treasurer')?.start?.date.value).toBe('2011');
  });

  it('makes whoever carries out the duties of a post its acting holder', () => {
    const draft = draftGerman('Bis dahin nimmt Uwe Stein die Aufgaben des Geschäftsführers der Wasserwerke Lohe GmbH kommissarisch wahr.');
    expect(tenure(draft, 'uwe-stein/wasserwerke-lohe/managing-director')?.capacity?.value).toBe('acting');
  });

  it('attaches a possessive after an organisation as subject to that organisation', () => {
    const draft = draftGerman('Die Wohnbau Lohe GmbH ist eine Tochter der Stadt Welling, ihr Geschäftsführer ist Timo Haas.');
    expect(tenureIds(draft)).toEqual(['timo-haas/wohnbau-lohe/managing-director']);
  });

  it('reads a move into a post with the subject after the verb and an apposition between', () => {
    const draft = draftGerman('Zum 1. Juni rückt Eva Mohr, bisher Prokuristin, in die Geschäftsführung der Wasserwerke Lohe GmbH auf.');
    expect(tenure(draft, 'eva-mohr/wasserwerke-lohe/managing-director')?.start?.date.value).toBe('2024-06-01');
  });
});

describe('dates placed by tense, reference and consistency', () => {
  it('reads a perfect tense whose participle has an inseparable prefix, or whose auxiliary ends the clause, as past', () => {
    expect(directionOf('at', 'Der Vorstand hat am Montag über den Posten entschieden')).toBe('past');
    expect(directionOf('at', 'die Anfang Mai nach Kornau gezogen ist')).toBe('past');
    expect(directionOf('at', 'Sie übernimmt am Montag die Leitung')).toBe('future');
  });

  it('resolves "Seitdem" only when the sentence before has exactly one date', () => {
    const published = parsePartialDate('2024-05-02')!;
    const one = findTemporalExpressions('Er ging Ende März.', published);
    const two = findTemporalExpressions('Er kam 2019 und ging Ende März.', published);
    expect(anaphoricDate('Seitdem ist sie im Amt.', one)?.date?.value).toBe('2024-03-21/2024-03-31');
    expect(anaphoricDate('Seitdem ist sie im Amt.', two)).toBeNull();
    expect(anaphoricDate('Sie ist seitdem im Amt.', one)).toBeNull();
  });

  it('reads the perfect tense at the end of a subordinate clause as past, and a move there as the end of the post left', () => {
    const draft = draftGerman('Tim Vogt, Leiter des Bauamts Welling, ist Anfang April zur Stadt Kornau gewechselt.');
    expect(tenure(draft, 'tim-vogt/bauamt-welling/head-of-unit')?.end?.date.value).toBe('2024-04-01/2024-04-10');
  });

  it('looks back for "rückwirkend zum 1. Januar"', () => {
    const draft = draftGerman('Die Stadt Welling erwirbt rückwirkend zum 1. Januar 25 Prozent der Wasserwerke Lohe GmbH.');
    expect(draft.ownerships[0]).toMatchObject({ percentage: 25, start: { date: { value: '2024-01-01' } } });
  });

  it('dates a post from "Seither", by the one date of the sentence before', () => {
    const draft = draftGerman(
      'Die Wasserwerke Lohe GmbH hat seit dem 1. März keinen Geschäftsführer mehr. Seither ist Jutta Krämer kommissarische Geschäftsführerin der Wasserwerke Lohe GmbH.',
    );
    expect(tenure(draft, 'jutta-kraemer/wasserwerke-lohe/managing-director')?.start?.date).toMatchObject({
      value: '2024-03-01',
      inference: expect.stringContaining('"Seither" refers to'),
    });
  });

  it('never ends a post before it began: an earlier employment keeps its own dates', () => {
    const draft = draftGerman(
      'Lisa Brandt übernimmt zum 1. Juli die Geschäftsführung der Wasserwerke Lohe GmbH. Sie war von 2010 bis 2015 bei den Wasserwerken tätig.',
    );
    expect(tenure(draft, 'lisa-brandt/wasserwerke-lohe/managing-director')).toMatchObject({ start: { date: { value: '2024-07-01' } }, end: null });
  });

  it('puts no date on a post of another role than the one its clause names', () => {
    const draft = draftGerman('Geschäftsführer der Wasserwerkk ist seit 2020 Paul Rieger. Er war zuvor Leiter des Bauamts Welling.');
    expect(tenure(draft, 'paul-rieger/bauamt-welling/head-of-unit')?.start).toBeNull();
  });
});

describe('stakes told as the rest, in brackets, or in the genitive', () => {
  it('gives "die übrigen Prozent" to the company a stake was just stated in, with either word order', () => {
    const first = draftGerman('Die Stadt Welling hält 70 Prozent der Anteile an der Wasserwerke Lohe GmbH. Die übrigen 30 Prozent gehören der Sparkasse Lohe.');
    expect(first.ownerships.map((o) => `${o.ownerId} ${o.ownedId} ${o.percentage}`)).toContain('sparkasse-lohe wasserwerke-lohe 30');
    const second = draftGerman('Die Stadt Welling übernimmt 80 Prozent der Wasserwerke Lohe GmbH. Der Landkreis Lohe behält die übrigen 20 Prozent.');
    expect(second.ownerships.map((o) => `${o.ownerId} ${o.ownedId} ${o.percentage}`)).toContain('landkreis-lohe wasserwerke-lohe 20');
  });

  it('reads shareholders with their shares in brackets as stakes in the company of the sentence before', () => {
    const draft = draftGerman(
      'Die Bäder Lohe GmbH betreibt zwei Hallenbäder. Gesellschafter sind die Stadt Welling (60 Prozent) und der Landkreis Lohe (40 Prozent).',
    );
    expect(draft.ownerships.map((o) => `${o.ownerId} ${o.ownedId} ${o.percentage}`)).toEqual(['stadt-welling baeder-lohe 60', 'landkreis-lohe baeder-lohe 40']);
  });
});
