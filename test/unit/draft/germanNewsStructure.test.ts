import { describe, expect, it } from 'vitest';
import { draftGerman, tenure } from './germanGraph.js';

const stakes = (text: string) => draftGerman(text).ownerships.map((o) => `${o.ownerId} ${o.ownedId} ${o.percentage}`);

describe('how local news announce and name', () => {
  it('gives a post announced in one sentence to the person the next one brings in, with the announced date', () => {
    const draft = draftGerman('Die Stadtbibliothek Welling bekommt im Herbst eine neue Leitung. Wie die Stadt mitteilte, kommt Ina Scholz aus Kornau.');
    expect(tenure(draft, 'ina-scholz/stadtbibliothek-welling/head-of-unit')).toMatchObject({
      start: { date: { value: '2024-09/2024-11' } },
      inference: expect.stringContaining('announces the post'),
    });
  });

  it('gives an announced post to nobody when the next sentence tells of someone leaving', () => {
    expect(draftGerman('Die Stadtbibliothek Welling bekommt eine neue Leitung. Ina Scholz verlässt das Haus Ende Juni.').tenures).toEqual([]);
  });

  it('takes an abbreviation in brackets as the organisation’s alias, and a title such as Dipl.-Ing. before the name', () => {
    const draft = draftGerman('Die Wasserwerke Lohe GmbH (WWL) bauen ein neues Klärwerk. Geschäftsführer der WWL ist seit März Dipl.-Ing. Olaf Brink.');
    expect(draft.organizations[0]).toMatchObject({ id: 'wasserwerke-lohe', aliases: expect.arrayContaining(['WWL']) });
    expect(tenure(draft, 'olaf-brink/wasserwerke-lohe/managing-director')?.start?.date.value).toBe('2024-03');
  });

  it('keeps "und" inside a name that ends in a legal form', () => {
    expect(draftGerman('Der Förderverein Schule und Sport Welling e.V. sammelt Spenden.').organizations.map((o) => o.name)).toEqual([
      'Förderverein Schule und Sport Welling e.V.',
    ]);
  });

  it('reads "Kreis Lohe" and "Landkreis Lohe" as one district', () => {
    expect(draftGerman('Kreis Lohe\n\nDer Landkreis Lohe baut eine Schule.').organizations).toEqual([
      expect.objectContaining({ name: 'Landkreis Lohe', aliases: ['Kreis Lohe'] }),
    ]);
  });

  it('gives the post first and the subject after the verb to that subject, in the capacity the sentence says', () => {
    const draft = draftGerman('Die Leitung des Bauamts Welling übernimmt kommissarisch sein Stellvertreter Jan Roth.');
    expect(tenure(draft, 'jan-roth/bauamt-welling/head-of-unit')?.capacity?.value).toBe('acting');
  });
});

describe('stakes told by shareholders and shares of the business', () => {
  it('gives coordinated shareholders their own figures', () => {
    expect(stakes('Gesellschafter der Wasserwerke Lohe GmbH sind die Stadt Welling mit 60 Prozent und der Landkreis Lohe.')).toEqual([
      'stadt-welling wasserwerke-lohe 60',
      'landkreis-lohe wasserwerke-lohe null',
    ]);
  });

  it('reads shares "der Geschäftsanteile", a relative clause’s share and "die restlichen Anteile" as stakes in the company the text opened with', () => {
    const found = stakes(
      'Die Wasserwerke Lohe GmbH bekommt einen neuen Partner: Die Sparkasse Lohe übernimmt 20 Prozent der Geschäftsanteile von der Stadt Welling, die danach noch 70 Prozent hält. Die restlichen Anteile hält weiterhin der Landkreis Lohe.',
    );
    expect(found).toEqual(['sparkasse-lohe wasserwerke-lohe 20', 'stadt-welling wasserwerke-lohe 70', 'landkreis-lohe wasserwerke-lohe null']);
  });
});
