import type { Certainty } from '../facts/certainty.js';

/** The CSS state of a row: highlighted when held on the as-of day, dimmed when not; nothing without a day. */
export function certaintyClass(certainty: Certainty | null | undefined): string {
  if (certainty === undefined) return '';
  if (certainty === 'CERTAIN') return 'is-held';
  if (certainty === 'POSSIBLE') return 'is-possibly-held';
  return 'is-dimmed';
}
