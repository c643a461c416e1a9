import { describe, expect, it } from 'vitest';
import { loadValid, problemsOf, validFactFile, withLine } from '../../fixtures/seedFiles.js';

const at = (file: string, line: number, column: number, message: string | RegExp) =>
  expect.objectContaining({ file, line, column, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

/** A second source on the same text, published on `publishedOn`, with `body` after its quotes. */
const otherSource = (publishedOn: string, quotes: string, body: string) =>
  `source:\n  id: other-source\n  title: Other\n  publishedOn: ${publishedOn}\n  language: de\n  textFile: source.txt\nquotes:\n${quotes}\n${body}`;

describe('fact files of several sources', () => {
  it('accept a month, a year or an explicit unknown as publication date, and count the source known from its last possible day', async () => {
    for (const [stated, expected] of [
      ['2020-05', { value: '2020-05', precision: 'MONTH', earliest: '2020-05-01', latest: '2020-05-31' }],
      ['2020', { value: '2020', precision: 'YEAR', earliest: '2020-01-01', latest: '2020-12-31' }],
      ['{ unknown: true, latest: 2020-06-01 }', { value: null, precision: null, earliest: null, latest: '2020-06-01' }],
    ] as const) {
      const { facts } = await loadValid({ 'facts.yaml': withLine(4, `  publishedOn: ${stated}`) });
      expect(facts.sources[0]!.published).toEqual(expected);
      expect(new Set(facts.citations.map((citation) => citation.knownFrom))).toEqual(new Set([expected.latest]));
    }
  });

  it('refuse a publication date that is a span or no date at all, at the field', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(4, '  publishedOn: 2020-05/2020-06') })).toEqual([at('facts.yaml', 4, 16, 'is no publication date')]);
    expect(await problemsOf({ 'facts.yaml': withLine(4, '  publishedOn: { unknown: true, latest: 2020-06-01, earliest: 2020-07-01 }') })).toEqual([
      at('facts.yaml', 4, 63, 'The earliest day (2020-07-01) is after the latest (2020-06-01)'),
    ]);
    expect(await problemsOf({ 'facts.yaml': withLine(4, '  publishedOn: { unknown: true, latest: 2023-02-30 }') })).toEqual([
      at('facts.yaml', 4, 41, 'must be a day that exists'),
    ]);
  });

  it('take a reason for an inference in German and English, and refuse one in a single language of the two, at the field', async () => {
    const reasoned = (reason: string) => withLine(26, ['    role: managing-director', `    inference: ${reason}`]);
    const { facts } = await loadValid({ 'facts.yaml': reasoned('{ de: Aus dem Zusammenhang., en: From the context. }') });
    expect(facts.tenures.find((tenure) => tenure.personId === 'bernd-probe')?.inference).toEqual({ de: 'Aus dem Zusammenhang.', en: 'From the context.' });
    expect(await problemsOf({ 'facts.yaml': reasoned('{ de: Aus dem Zusammenhang. }') })).toEqual([expect.objectContaining({ file: 'facts.yaml', line: 27 })]);
  });

  it('let a second source corroborate a plan by its id and quote alone, and require one file to describe it', async () => {
    const plan = (description: string) =>
      `plans:\n  - id: beispiel-gmbh/plan/growth\n${description}    concerns: [beispiel-gmbh]\n    cite: { owner: [existence] }\n`;
    const described = plan('    description: { de: Die GmbH wächst., en: The company grows. }\n');
    const corroborating = otherSource(
      '2021-01-01',
      '  owner: Die Beispiel GmbH gehört',
      `plans:\n  - id: beispiel-gmbh/plan/growth\n    cite: { owner: [existence] }\n`,
    );
    const file = validFactFile;
    const withPlan = file.replace('quotes:\n', 'quotes:\n  owner: der Stadt Musterhausen\n') + described;
    const { facts } = await loadValid({ 'facts.yaml': withPlan, 'other.yaml': corroborating });
    expect(facts.plans[0]).toMatchObject({ description: { en: 'The company grows.' }, citedOn: ['2020-05-04', '2021-01-01'] });
    const undescribed = file.replace('quotes:\n', 'quotes:\n  owner: der Stadt Musterhausen\n') + plan('');
    expect(await problemsOf({ 'facts.yaml': undescribed })).toEqual([at('facts.yaml', 37, 5, 'No file describes plan beispiel-gmbh/plan/growth')]);
  });

  it('refuse two tenures of one person on one post that may overlap, naming both', async () => {
    const second = otherSource(
      '2021-01-01',
      '  again: Anna Muster leitet',
      `tenures:\n  - id: anna-muster/beispiel-gmbh/managing-director/2\n    person: anna-muster\n    organization: beispiel-gmbh\n    role: managing-director\n    start: 2020\n    cite: { again: [existence, start] }\n`,
    );
    expect(await problemsOf({ 'other.yaml': second })).toEqual([
      at(
        'other.yaml',
        10,
        9,
        /^anna-muster\/beispiel-gmbh\/managing-director \(.*facts\.yaml:28:9\) and anna-muster\/beispiel-gmbh\/managing-director\/2 are tenures of anna-muster .* may overlap \(2019-01-01 – open and 2020-01-01 – open\)/,
      ),
    ]);
  });

  it('record a source that prints a person’s name wrongly, and refuse a wrong name the text does not print', async () => {
    const misnames = (name: string) =>
      otherSource(
        '2021-01-01',
        '  anna: Anna Muster leitet',
        `people:\n  - id: bernd-probe\n    name: Bernd Probe\n    namedAs: { name: ${name}, correction: The source means Bernd Probe. }\n    cite: { anna: [existence] }\n`,
      );
    const { facts } = await loadValid({ 'other.yaml': misnames('Anna Muster') });
    expect(facts.people.find((person) => person.id === 'bernd-probe')?.misnamings).toEqual([
      { sourceId: 'other-source', name: 'Anna Muster', correction: 'The source means Bernd Probe.' },
    ]);
    expect(await problemsOf({ 'other.yaml': misnames('Berndt Probe') })).toEqual([at('other.yaml', 12, 22, 'The source text does not print "Berndt Probe"')]);
  });
});

describe('authoring checks', () => {
  it('report a rank of a value the entry does not state, at the rank', async () => {
    expect(
      await problemsOf({ 'facts.yaml': withLine(31, ['    role: managing-director', '    ranks: { end: { rank: deprecated, reason: Wrong. } }']) }),
    ).toEqual([at('facts.yaml', 32, 14, 'This entry states no end to rank')]);
  });

  it('report a rank of a field that cannot be ranked, naming those that can', async () => {
    expect(
      await problemsOf({ 'facts.yaml': withLine(12, ['    name: Anna Muster', '    ranks: { misnaming: { rank: deprecated, reason: Wrong. } }']) }),
    ).toEqual([at('facts.yaml', 13, 14, "A person's misnaming cannot be ranked; the fields that can are name, aliases, honorific, gender, birth.")]);
  });

  it('require a reason for every rank', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(31, ['    role: managing-director', '    ranks: { start: { rank: preferred } }']) })).toEqual([
      at('facts.yaml', 32, 21, 'The field "reason" is required'),
    ]);
  });

  it('flag a quote cited for a start in an entry that states none', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(27, '    cite: { follows: [existence, start] }') })).toEqual([
      at('facts.yaml', 27, 22, 'Quote "follows" is cited for "start", but this entry states no start'),
    ]);
  });

  it('report every entry’s problems at once: an unknown field in one entry hides nothing of another', async () => {
    const problems = await problemsOf({
      'facts.yaml': withLine(12, ['    name: Anna Muster', '    nmae: typo']).replace('    start: 2019', '    start: 2019-13'),
    });
    expect(problems).toEqual([at('facts.yaml', 13, 5, 'Unknown field "nmae"'), at('facts.yaml', 33, 12, '"2019-13" is not a date that exists')]);
  });

  it('refuse an age in a source without a first publication day', async () => {
    const aged = withLine(4, '  publishedOn: { unknown: true, latest: 2020-06-01 }').replace(
      '    name: Anna Muster\n',
      '    name: Anna Muster\n    birth: { age: 31, inference: die 31-Jährige }\n',
    );
    expect(await problemsOf({ 'facts.yaml': aged.replace('cite: { anna: [existence] }', 'cite: { anna: [existence, attribute] }') })).toEqual([
      at('facts.yaml', 13, 19, 'this source has no earliest publication day'),
    ]);
  });

  it('report a source text that no fact file names', async () => {
    expect(await problemsOf({ 'sources/forgotten.txt': 'Ein Artikel ohne Faktendatei.' })).toEqual([
      at('sources/forgotten.txt', 1, 1, 'No fact file names this source text'),
    ]);
  });
});
