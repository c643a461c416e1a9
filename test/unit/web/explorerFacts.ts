import type { Citation, OwnershipView, PartialDate, TenureView } from '../../../web/src/graphql/types.js';

/**
 * Small shapes of what the explorer reads from the API, for its pure modules' tests.
 * Only what a test changes is given; the rest is a plain reported tenure or stake.
 */

export function day(value: string, inference: string | null = null): PartialDate {
  return { value, precision: 'DAY', earliest: value, latest: value, inference, disputed: false };
}

export function year(value: string): PartialDate {
  return { value, precision: 'YEAR', earliest: `${value}-01-01`, latest: `${value}-12-31`, inference: null, disputed: false };
}

export function source(id: string, published: string | null, extra: Partial<Citation['source']> = {}): Citation['source'] {
  return { id, title: `Title of ${id}`, publisher: 'kommune21', url: null, published: { value: published, latest: published ?? '2024-05-02' }, ...extra };
}

export function citation(quote: string, from: Citation['source'], startOffset = 0): Citation {
  return { quote, startOffset, endOffset: startOffset + quote.length, source: from };
}

export function tenureView(overrides: Partial<TenureView> = {}): TenureView {
  return {
    id: 'benz-kl-digital',
    titleDe: 'Geschäftsführerin',
    titleEn: 'Managing director',
    person: { id: 'ilona-benz', name: 'Ilona Benz' },
    organization: { id: 'kl-digital', name: 'KL.digital', kind: 'company', partOf: null },
    role: { key: 'managing-director' },
    start: day('2022-02-01'),
    end: null,
    capacity: 'REGULAR',
    inference: null,
    status: 'ANNOUNCED',
    disputed: false,
    lastConfirmedOn: null,
    certain: null,
    possible: { from: '2022-02-01', to: null },
    sources: [citation('eine neue Geschäftsführerin', source('article', '2021-12-13'))],
    ...overrides,
  };
}

export function stakeView(overrides: Partial<OwnershipView> = {}): OwnershipView {
  return {
    owner: { id: 'stadt', name: 'Stadt Kaiserslautern', kind: 'municipality' },
    owned: { id: 'kl-digital', name: 'KL.digital', kind: 'company' },
    percentage: 100,
    disputed: false,
    start: null,
    end: null,
    sources: [citation('alleinige Gesellschafterin', source('article', '2021-12-13'))],
    ...overrides,
  };
}
