import { describe, expect, it } from 'vitest';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';
import { SeedValidationError } from '../../../src/domain/errors.js';
import { loadValid, problemsOf, testRoles, validFactFile, withLine } from '../../fixtures/seedFiles.js';

const at = (file: string, line: number, column: number, message: string | RegExp) =>
  expect.objectContaining({ file, line, column, message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) });

describe('a valid fact file', () => {
  it('loads into a FactSet with computed offsets, derived posts and evidence', async () => {
    const { facts } = await loadValid();
    expect(facts.tenures.map((t) => t.id)).toEqual(['bernd-probe/beispiel-gmbh/managing-director', 'anna-muster/beispiel-gmbh/managing-director']);
    expect(facts.posts).toEqual([{ id: 'beispiel-gmbh/managing-director', organizationId: 'beispiel-gmbh', roleKey: 'managing-director' }]);
    const anna = facts.tenures[1]!;
    expect(anna.start).toEqual({ value: '2019', precision: 'YEAR', earliest: '2019-01-01', latest: '2019-12-31', inference: null });
    expect(anna.citedOn).toEqual(['2020-05-04']);
    expect(anna.confirmations).toEqual([{ earliest: '2020-05-04', latest: '2020-05-04' }]);
    expect(anna.predecessorId).toBe('bernd-probe/beispiel-gmbh/managing-director');
    const citation = facts.citations.find((c) => c.factId === anna.id && c.supports.includes('start'));
    expect(citation).toMatchObject({ startOffset: 13, endOffset: 59, quote: 'Anna Muster leitet seit 2019 die Beispiel GmbH' });
  });
});

describe('validation reports each problem at its file, line and column', () => {
  it('reports a YAML syntax error', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(12, '    name: Anna: Muster') })).toEqual([
      at('facts.yaml', 12, 11, 'YAML syntax: Nested mappings are not allowed'),
    ]);
  });

  it('reports a key that appears twice in one mapping', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(12, ['    name: Anna Muster', '    name: Anna M.']) })).toEqual([
      at('facts.yaml', 13, 5, 'appears twice'),
    ]);
  });

  it('reports a fact file that is not UTF-8 at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('source:\n  id: test-source\n  title: Test '), Buffer.from([0xff]), Buffer.from(' source\n')]);
    expect(await problemsOf({ 'facts.yaml': bytes })).toEqual([at('facts.yaml', 3, 15, 'not UTF-8: byte 0xff')]);
  });

  it('reports a source text that is not UTF-8 at the fact file and in the text', async () => {
    const bytes = Buffer.concat([Buffer.from('TEST SOURCE.\nAnna '), Buffer.from([0xc3, 0x28])]);
    expect(await problemsOf({ 'source.txt': bytes })).toEqual([at('facts.yaml', 6, 13, 'source text is unusable'), at('source.txt', 2, 6, 'not UTF-8')]);
  });

  it('reports an unknown field at its key and the missing one at the entry', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(12, '    nmae: Anna Muster') })).toEqual([
      at('facts.yaml', 11, 5, 'The field "name" is required.'),
      at('facts.yaml', 12, 5, 'Unknown field "nmae"'),
    ]);
  });

  it('reports a value of the wrong kind', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(20, '    kind: corporation') })).toEqual([at('facts.yaml', 20, 11, '"organizations.0.kind"')]);
  });

  it('reports a fact without any citation', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(16, null) })).toEqual([at('facts.yaml', 14, 5, 'Every fact must cite at least one quote')]);
  });

  it('reports an empty citation list', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(16, '    cite: {}') })).toEqual([at('facts.yaml', 16, 11, 'must cite at least one quote')]);
  });

  it('reports a reference to an unknown id', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(29, '    person: anna-musterr') })).toEqual([at('facts.yaml', 29, 13, 'Unknown person "anna-musterr".')]);
  });

  it('reports an id declared twice in one file, naming the first', async () => {
    const text = withLine(16, ['    cite: { follows: [existence] }', '  - id: anna-muster', '    name: Anna Muster', '    cite: { anna: [existence] }']);
    expect(await problemsOf({ 'facts.yaml': text })).toEqual([
      at('facts.yaml', 17, 9, /Duplicate person id "anna-muster" in this file; it is first declared at .*facts\.yaml:11:9/),
    ]);
  });

  it('reports an id that names facts of two kinds', async () => {
    const text = withLine(21, [
      '    cite: { anna: [existence] }',
      '  - id: anna-muster',
      '    name: Anna Muster GmbH',
      '    kind: company',
      '    cite: { anna: [existence] }',
    ]);
    expect(await problemsOf({ 'facts.yaml': text })).toEqual([at('facts.yaml', 22, 9, /already names an entry of people \(.*facts\.yaml:11:9\)/)]);
  });

  it('reports a quote that is not verbatim, with where the closest match differs', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(8, '  anna: Anna Muster leitet seit 2018 die Beispiel GmbH') })).toEqual([
      at(
        'facts.yaml',
        8,
        9,
        'Quote "anna" is not verbatim in the source text: the source (at 1:14) agrees for the first 27 characters, then has "9 die Beispiel GmbH." where the quote has "8 die Beispiel GmbH".',
      ),
    ]);
  });

  it('reports an ambiguous quote and asks for a longer one', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(9, '  follows: Beispiel GmbH') })).toEqual([
      at('facts.yaml', 9, 12, 'Quote "follows" occurs 2 times in the source text (at 1:47, 1:89); quote more of the sentence'),
    ]);
  });

  it('reports a date that does not exist', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(32, '    start: 2019-02-30') })).toEqual([
      at('facts.yaml', 32, 12, '"2019-02-30" is not a date that exists'),
    ]);
  });

  it('reports an end before the start, naming where the start is', async () => {
    const problems = await problemsOf({ 'facts.yaml': withLine(32, ['    start: 2019', '    end: 2018-06-30']) });
    expect(problems).toContainEqual(at('facts.yaml', 33, 10, /The end \(2018-06-30\) is before the start \(2019, at .*facts\.yaml:32:12\)/));
  });

  it('reports an unknown role key and where to declare it', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(26, '    role: manager') })).toEqual([
      at('facts.yaml', 26, 11, 'Unknown role "manager". Declare it in the role vocabulary'),
    ]);
  });

  it('reports a citation of a quote the file does not define', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(13, '    cite: { anne: [existence] }') })).toEqual([
      at('facts.yaml', 13, 13, 'Unknown quote "anne"; this file defines: anna, follows.'),
    ]);
  });

  it('reports a claim that makes no sense for the kind of fact', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(13, '    cite: { anna: [existence, start] }') })).toEqual([
      at('facts.yaml', 13, 19, 'A person cannot be supported as start'),
    ]);
  });

  it('reports a stated start that no quote supports', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(34, '    cite: { anna: [existence, current], follows: [predecessor] }') })).toEqual([
      at('facts.yaml', 32, 12, '"start" is stated, but no quote this file cites for anna-muster/beispiel-gmbh/managing-director supports "start"'),
    ]);
  });

  it('reports a predecessor that held another post', async () => {
    const roles = `${testRoles}  - key: head-of-unit\n    en: Head of unit\n    de: { masculine: Leiter, feminine: Leiterin, neutral: Leitung }\n`;
    expect(await problemsOf({ 'roles.yaml': roles, 'facts.yaml': withLine(26, '    role: head-of-unit') })).toEqual([
      at(
        'facts.yaml',
        33,
        18,
        'The predecessor bernd-probe/beispiel-gmbh/managing-director held beispiel-gmbh/head-of-unit, not beispiel-gmbh/managing-director',
      ),
    ]);
  });

  it('reports a source text that does not exist', async () => {
    expect(await problemsOf({ 'facts.yaml': withLine(6, '  textFile: missing.txt') })).toEqual([
      at('facts.yaml', 6, 13, 'The source text "missing.txt" does not exist'),
      at('source.txt', 1, 1, 'No fact file names this source text'),
    ]);
  });

  it('reports no conflict where two files state a value differently: each source keeps its claim, and the fact is disputed', async () => {
    const other = `source:\n  id: other-source\n  title: Other\n  publishedOn: 2021-01-01\n  language: de\n  textFile: source.txt\nquotes:\n  anna: Anna Muster leitet\npeople:\n  - id: anna-muster\n    name: Anna Musterfrau\n    cite: { anna: [existence] }\n`;
    const { facts } = await loadValid({ 'other.yaml': other });
    const anna = facts.people.find((person) => person.id === 'anna-muster');
    expect(anna).toMatchObject({ disputed: ['name'], aliases: ['Anna Muster'] });
    expect(anna?.claims.filter((claim) => claim.field === 'name').map((claim) => [claim.sourceId, claim.value, claim.counts])).toEqual([
      ['test-source', 'Anna Muster', true],
      ['other-source', 'Anna Musterfrau', true],
    ]);
  });

  it('reports a second fact file for the same source', async () => {
    expect(await problemsOf({ 'more.yaml': validFactFile })).toEqual([
      at('more.yaml', 2, 7, /Source "test-source" already has a fact file \(.*facts\.yaml:2:7\)/),
    ]);
  });

  it('reports every problem of every file at once, sorted by place', async () => {
    const problems = await problemsOf({
      'facts.yaml': withLine(32, '    start: 2019-13').replace('role: managing-director\n    cite: { follows', 'role: boss\n    cite: { follows'),
      'zzz.yaml': Buffer.from([0x73, 0x3a, 0x20, 0xfe]),
    });
    expect(problems).toEqual([
      at('facts.yaml', 26, 11, 'Unknown role "boss"'),
      at('facts.yaml', 32, 12, '"2019-13" is not a date that exists'),
      at('zzz.yaml', 1, 4, 'not UTF-8'),
    ]);
  });

  it('reports a path that does not exist', async () => {
    const error = await loadFactSet(['no/such/folder']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toEqual([at('no/such/folder', 1, 1, 'No such file or folder.')]);
  });
});
