import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../../../src/domain/partialDate.js';
import { findTemporalExpressions } from '../../../src/draft/temporal/findTemporalExpressions.js';

const day = (value: string): PartialDate => parsePartialDate(value)!;

/** The one expression found in `sentence`, read in an article of `published`. */
function read(sentence: string, published: string | null) {
  const found = findTemporalExpressions(sentence, published ? day(published) : null);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('dates the text states outright', () => {
  it.each([
    ['wird zum 1. Februar 2022 zur KL.digital wechseln', '2022-02-01', 'DAY', 'by'],
    ['Die Stelle ist seit Februar 2022 besetzt.', '2022-02', 'MONTH', 'since'],
    ['Sie hat die Stabsstelle seit 2018 geleitet.', '2018', 'YEAR', 'since'],
    ['[13.12.2021] Die KL.digital bekommt eine neue Spitze.', '2021-12-13', 'DAY', 'at'],
    ['Die 64-Jährige hatte das Haus im Jahr 2003 übernommen.', '2003', 'YEAR', 'at'],
    ['Der Vertrag läuft bis 2029.', '2029', 'YEAR', 'until'],
  ])('reads "%s" as %s (%s, %s) without an inference', (sentence, value, precision, relation) => {
    const expression = read(sentence, '2021-12-13');
    expect(expression).toMatchObject({ relation, date: { value, precision, inference: null } });
  });

  it('takes no count of euros, percent or staff for a year', () => {
    expect(findTemporalExpressions('Sie hält 2000 Euro, 2010 Prozent und 2019 Mitarbeiter.', day('2021-12-13'))).toEqual([]);
  });
});

describe('dates resolved against the publication day, with the reason', () => {
  it.each([
    ['Hartwig leitet das Amt ab dem kommenden Monat.', '2022-05-02', '2022-06', 'from'],
    ['Sabine Rothe war vor vier Jahren an die Spitze gerückt.', '2022-05-02', '2018', 'at'],
    ['der seinen Vertrag über das Jahresende hinaus nicht verlängern wird.', '2021-12-13', '2021-12-31', 'until'],
    ['Busch hat den Verband zum Jahresende verlassen.', '2022-02-08', '2021-12-31', 'by'],
    ['Sie scheidet zum Monatsende aus.', '2025-02-15', '2025-02-28', 'by'],
    ['Er verlässt das Unternehmen Mitte Januar.', '2023-12-05', '2024-01-11/2024-01-20', 'at'],
    ['Kranz geht Ende Juni in den Ruhestand.', '2023-03-14', '2023-06-21/2023-06-30', 'at'],
    ['Felix Hoang tritt die Stelle Anfang März an.', '2025-02-15', '2025-03-01/2025-03-10', 'at'],
    ['Sie übernimmt das Amt Anfang 2024.', '2023-12-05', '2024-01/2024-04', 'at'],
    ['Die Amtszeit läuft bis Ende 2026.', '2023-11-18', '2026-09/2026-12', 'until'],
    ['Vogt leitet seit Frühjahr 2021 die Abteilung.', '2022-02-08', '2021-03/2021-05', 'since'],
    ['Die Mitglieder wählten am Donnerstag eine Vorsitzende.', '2023-11-18', '2023-11-16', 'at'],
    ['Sie ist seit drei Jahren im Amt.', '2024-05-02', '2021', 'since'],
  ])('reads "%s" in an article of %s as %s (%s)', (sentence, published, value, relation) => {
    const expression = read(sentence, published);
    expect(expression).toMatchObject({ relation, date: { value } });
    expect(expression.date?.inference).toMatch(new RegExp(`in an article of ${published}: .*, so ${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\.$`));
  });

  it('gives a month without a year the year its clause points to: back in a past tense, ahead otherwise', () => {
    expect(read('Seit ihrem Weggang im Februar hatte Feld das Amt geführt.', '2022-05-02').date?.value).toBe('2022-02');
    expect(read('Hoang beginnt im Februar.', '2022-05-02').date?.value).toBe('2023-02');
    expect(read('Er trat sein Amt im Dezember an.', '2023-01-10').date?.value).toBe('2022-12');
  });

  it('looks ahead across the turn of the year and back across it', () => {
    expect(read('Olsen wird zum 1. April Nachfolger.', '2021-12-30').date?.value).toBe('2022-04-01');
    expect(read('Lindner führt den Versorger seit dem 1. Juli.', '2024-01-05').date?.value).toBe('2023-07-01');
  });
});

describe('a publication date known only in part', () => {
  it('spans every day the article may have appeared on', () => {
    expect(read('Sie beginnt kommenden Monat.', '2021').date).toMatchObject({
      value: '2021-02/2022-01',
      precision: 'MONTH',
      earliest: '2021-02-01',
      latest: '2022-01-31',
    });
    expect(read('Er kam vor vier Jahren.', '2021-12').date?.value).toBe('2017');
    expect(read('Sie geht zum Jahresende.', '2021-12').date?.value).toBe('2021-12-31');
  });

  it('leaves an expression that needs the day unresolved, and says why', () => {
    expect(read('Sie wurde am Montag gewählt.', '2021-12')).toMatchObject({ date: null, unresolved: expect.stringContaining('needs the day of publication') });
  });

  it('resolves nothing relative when the publication date is unknown, but keeps stated dates', () => {
    expect(read('Sie beginnt kommenden Monat.', null)).toMatchObject({ date: null, unresolved: expect.stringContaining('--published') });
    expect(read('Sie beginnt am 1. März 2024.', null).date?.value).toBe('2024-03-01');
  });
});
