import { describe, expect, it } from 'vitest';
import { draftGerman, tenure, tenureIds } from './germanGraph.js';

describe('successions and former posts', () => {
  it('does not take a post told in the preterite ("… leitete") as the one a successor takes over', () => {
    const draft = draftGerman(
      'Zum 1. Juli wird Hanna Klee Geschäftsführerin der Wasserwerke Lohe GmbH. Sie kommt vom Landkreis Lohe, wo sie seit 2015 das Bauamt Lohe leitete. Klee ersetzt Lutz Ebner, der sich nach nur drei Jahren im Amt Ende April verabschiedet hatte.',
    );
    expect(tenure(draft, 'hanna-klee/wasserwerke-lohe/managing-director')).toMatchObject({
      start: { date: { value: '2024-07-01' } },
      predecessor: { tenureId: 'lutz-ebner/wasserwerke-lohe/managing-director' },
    });
    expect(tenure(draft, 'lutz-ebner/wasserwerke-lohe/managing-director')).toMatchObject({
      start: { date: { value: '2021' } },
      end: { date: { value: '2024-04-21/2024-04-30' } },
    });
    expect(tenureIds(draft)).not.toContain('lutz-ebner/bauamt-lohe/head-of-unit');
  });

  it('reads "übernimmt das Amt von" as a succession on the post the sentence before names', () => {
    const draft = draftGerman(
      'Neue Vorsitzende des Gesangvereins Lohe e.V. ist die 33-jährige Sopranistin Lea Brandl. Sie übernimmt das Amt von Otto Reim. Reim war zwölf Jahre lang Vorsitzender.',
    );
    expect(tenure(draft, 'lea-brandl/gesangverein-lohe/chairperson')?.predecessor?.tenureId).toBe('otto-reim/gesangverein-lohe/chairperson');
    expect(tenure(draft, 'otto-reim/gesangverein-lohe/chairperson')?.start?.date.value).toBe('2012');
  });

  it('gives the other half of a company to the second owner', () => {
    const draft = draftGerman('Die Stadt Welling hält 50 Prozent an der Bäder Lohe GmbH; die andere Hälfte gehört dem Landkreis Lohe.');
    expect(draft.ownerships.map((o) => `${o.ownerId} ${o.ownedId} ${o.percentage}`)).toEqual(['stadt-welling baeder-lohe 50', 'landkreis-lohe baeder-lohe 50']);
  });
});

describe('the municipality a text is about', () => {
  it('takes the place a council belongs to as a municipality, and never a neighbour for its Kämmerer', () => {
    const draft = draftGerman('Im Stadtrat von Bergen-Au hat Kämmerer Ole Sand am Montag den Haushalt vorgestellt. Er kommt aus der Nachbarstadt Kornau.');
    expect(tenureIds(draft)).toEqual(['ole-sand/bergen-au/treasurer']);
    expect(tenureIds(draftGerman('Kämmerer Ole Sand stellte den Haushalt vor. Er kommt aus der Nachbarstadt Kornau.'))).toEqual([]);
  });
});
