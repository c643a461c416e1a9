import { formatPercentage, formatStated } from '../format/dates.js';
import { translate } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';

/**
 * Where the claims of a disputed fact are read from when its sources dialog opens: the
 * person whose tenure or birth it is, or the organisation a stake is held in. Only
 * disputed facts get one, so an undisputed fact costs no request.
 */
export type DisputeLocator =
  | { kind: 'tenure'; personId: string; tenureId: string }
  | { kind: 'birth' | 'person'; personId: string }
  | { kind: 'stake'; ownedId: string; ownerId: string }
  | { kind: 'organization'; organizationId: string };

/** One source's value for a disputed field, as the dialog shows it beside the source's quotes. */
export interface ClaimRow {
  field: string;
  sourceId: string;
  value: string;
  counts: boolean;
  rank: 'PREFERRED' | 'NORMAL' | 'DEPRECATED';
  rankReason: string | null;
  inferred: boolean;
}

interface ClaimLike {
  field: string;
  value: string;
  counts: boolean;
  rank: ClaimRow['rank'];
  rankReason?: string | null;
  inferred: boolean;
  source: { id: string };
}

/** The claims of the fields in dispute, in the order the API lists them (by source). */
export function disputedClaims(fact: { disputedFields: readonly string[]; claims: readonly ClaimLike[] }, only?: readonly string[]): ClaimRow[] {
  const fields = new Set(fact.disputedFields.filter((field) => !only || only.includes(field)));
  return fact.claims
    .filter((claim) => fields.has(claim.field))
    .map((claim) => ({
      field: claim.field,
      sourceId: claim.source.id,
      value: claim.value,
      counts: claim.counts,
      rank: claim.rank,
      rankReason: claim.rankReason ?? null,
      inferred: claim.inferred,
    }));
}

/** The fields of a person the dialog of the person itself shows; a disputed birth has its own. */
export const identityFields = ['name', 'honorific', 'gender'];

/** True when sources disagree on who the person is (name, honorific, gender), not only on the birth. */
export function identityDisputed(person: { disputedFields: readonly string[] }): boolean {
  return person.disputedFields.some((field) => identityFields.includes(field));
}

const dateFields = new Set(['start', 'end', 'birth']);

/**
 * A claim's value in the view's language: dates at the precision the source gave, shares
 * as percentages, a gender or capacity in words; names and ids as the fact file gives them.
 */
export function claimValue(lang: Lang, claim: Pick<ClaimRow, 'field' | 'value'>): string {
  if (dateFields.has(claim.field)) return formatStated(lang, claim.value);
  if (claim.field === 'percentage') return formatPercentage(lang, Number(claim.value));
  if (claim.field === 'gender' && (claim.value === 'female' || claim.value === 'male')) return translate(lang, claim.value);
  if (claim.field === 'capacity') {
    const key = claim.value.toUpperCase();
    if (key === 'REGULAR' || key === 'HONORARY' || key === 'ACTING' || key === 'INTERIM') return translate(lang, key);
  }
  return claim.value;
}
