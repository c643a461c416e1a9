import { describe, expect, it } from 'vitest';
import { csvField, exportColumns, exportRows, toCsv, toJson } from '../../../web/src/export/exportTable.js';
import { citation, day, source, stakeView, tenureView } from './explorerFacts.js';

const verlage = tenureView({
  id: 'verlage',
  titleDe: 'Geschäftsführer',
  person: { id: 'martin-verlage', name: 'Martin Verlage' },
  start: null,
  end: day('2021-12-31', 'Vertrag endet.'),
});
const benz = tenureView();
const input = {
  entity: { kind: 'organization' as const, id: 'kl-digital', name: 'KL.digital' },
  permalink: 'http://127.0.0.1:4000/organization/kl-digital',
  retrievedOn: '2026-05-04',
  asOf: null,
  knownOn: null,
  roles: [verlage, benz],
  successions: [
    {
      role: 'Geschäftsführung',
      organization: { id: 'kl-digital', name: 'KL.digital' },
      steps: [
        { vacancyBefore: null, tenure: verlage },
        { vacancyBefore: { from: '2022-01-01', to: '2022-01-31' }, tenure: benz },
      ],
    },
  ],
  stakes: [stakeView({ sources: [citation('alleinige "Gesellschafterin"', source('article', '2021-12-13'))] })],
};

describe('exportRows', () => {
  it('writes roles, then each succession step by step with its vacancy, then stakes', () => {
    const rows = exportRows(input);
    expect(rows.map((row) => [row.section, row.subject_id, row.relation, row.start, row.end])).toEqual([
      ['role', 'martin-verlage', 'Geschäftsführer', '', '2021-12-31'],
      ['role', 'ilona-benz', 'Geschäftsführerin', '2022-02-01', ''],
      ['succession', 'martin-verlage', 'Geschäftsführung: Geschäftsführer', '', '2021-12-31'],
      ['succession', '', 'Geschäftsführung: vacant', '2022-01-01', '2022-01-31'],
      ['succession', 'ilona-benz', 'Geschäftsführung: Geschäftsführerin', '2022-02-01', ''],
      ['stake', 'stadt', 'owns', '', ''],
    ]);
  });

  it('keeps every row’s quotes, sources and inferences', () => {
    const [first] = exportRows(input);
    expect(first?.inferred).toBe('Vertrag endet.');
    expect(first?.quotes).toBe('eine neue Geschäftsführerin');
    expect(first?.sources).toBe('kommune21, Title of article, 2021-12-13');
  });
});

describe('toCsv', () => {
  it('quotes every field, doubles quotes, ends rows with CRLF and starts with the header', () => {
    const csv = toCsv(exportRows(input));
    expect(csv.split('\r\n')[0]).toBe(exportColumns.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"alleinige ""Gesellschafterin"""');
  });

  it('defuses a field a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1')).toBe('"\'-1"');
    expect(csvField('KL.digital')).toBe('"KL.digital"');
  });
});

describe('toJson', () => {
  it('keeps the API’s shapes with where and when they were taken', () => {
    const json = JSON.parse(toJson(input)) as typeof input;
    expect(json.permalink).toBe(input.permalink);
    expect(json.roles.map((role) => role.id)).toEqual(['verlage', 'benz-kl-digital']);
    expect(json.successions[0]?.steps[1]?.vacancyBefore).toEqual({ from: '2022-01-01', to: '2022-01-31' });
  });
});
