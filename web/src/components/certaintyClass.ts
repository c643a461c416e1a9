import type { TenureView } from '../graphql/types.js';

/** The CSS state of a row: highlighted when held on the as-of day, dimmed when not. */
export function certaintyClass(asOf: string | null, tenure: Pick<TenureView, 'certaintyAt'>): string {
  if (!asOf || tenure.certaintyAt === undefined) return '';
  if (tenure.certaintyAt === 'CERTAIN') return 'is-held';
  if (tenure.certaintyAt === 'POSSIBLE') return 'is-possibly-held';
  return 'is-dimmed';
}
