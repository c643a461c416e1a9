import { describe, expect, it } from 'vitest';
import { toPerson, toTenure } from '../../../src/graph/readMappers.js';
import { toTenureRecord } from '../../../src/graph/TenureRepository.js';

const statements = (values: object, supports: string[] = ['existence']) =>
  JSON.stringify([{ sourceId: 's', published: { earliest: '2021-12-13', latest: '2021-12-13' }, supports, inference: null, values }]);
const normal = (value: unknown, inference: string | null = null) => ({ value, inference, rank: 'normal', rankReason: null });

describe('row mappers', () => {
  it('map a tenure row with its holder, post, role and organisation, reconciled from the statements, with no driver leftovers', () => {
    // Positional, in the order of projectionOf: see projections.ts.
    const record = toTenureRecord({
      record: {
        tenure: ['t', 'ht', statements({ organization: normal('o'), start: normal('2018'), capacity: normal('honorary') }, ['existence', 'start', 'current'])],
        person: ['p', 'hp', statements({ name: normal('P'), aliases: normal(['Dr. P']), gender: normal('female') })],
        post: ['o/r', 'r', 'o'],
        role: ['r', 'Role', 'M', 'F', 'N'],
      },
      organization: { organization: ['o', 'ho', statements({ name: normal('O'), kind: normal('company'), partOf: normal('parent') }), '[]'] },
    });
    expect(record.tenure).toMatchObject({
      id: 't',
      personId: 'p',
      postId: 'o/r',
      organizationId: 'o',
      start: { value: '2018', precision: 'YEAR', earliest: '2018-01-01', latest: '2018-12-31', inference: null },
      end: null,
      capacity: 'honorary',
      confirmations: [{ earliest: '2021-12-13', latest: '2021-12-13' }],
      disputed: [],
    });
    expect(record.person).toMatchObject({ id: 'p', name: 'P', aliases: ['Dr. P'], gender: 'female', birth: null });
    expect(record.organization).toMatchObject({
      id: 'o',
      name: 'O',
      kind: 'company',
      status: 'active',
      partOfId: 'parent',
      description: null,
      identifiers: [],
    });
    expect(record.post).toEqual({ id: 'o/r', organizationId: 'o', roleKey: 'r' });
    expect(record.role).toEqual({ key: 'r', en: 'Role', de: { masculine: 'M', feminine: 'F', neutral: 'N' } });
  });

  it('default what no source states: unknown gender, no honorific, no birth', () => {
    expect(toPerson({ id: 'p', statements: statements({ name: normal('P') }) })).toMatchObject({
      gender: 'unknown',
      aliases: [],
      birth: null,
      honorific: null,
    });
  });

  it('name a node without statements instead of answering from nothing', () => {
    expect(() => toPerson({ id: 'p', statements: null })).toThrow(/p to carry the statements of its sources/);
    expect(() => toTenure({ id: 't', statements: '[]' }, { personId: 'p', postId: 'o/r', postOrganizationId: 'o' })).toThrow(/t to carry the statements/);
  });
});
