import type { Claim, StatedDate } from '../domain/entities.js';
import type { SeedProblem } from '../domain/errors.js';
import { parsePartialDate, partialDateForms } from '../domain/partialDate.js';
import type { CitationIndex } from './buildCitations.js';
import { problemAt, type Declared } from './declarations.js';

/** What a reference must point at. */
export type ReferenceTarget = 'person' | 'organization' | 'role' | 'tenure' | 'post-or-organization';

/** A reference to check once every file is merged: `declared[field]` names `id`. */
export interface Reference {
  declared: Declared<unknown>;
  field: (string | number)[];
  id: string;
  target: ReferenceTarget;
}

/** Shared by the merge steps: the problems found so far, the citations, the references to check. */
export interface MergeContext {
  problems: SeedProblem[];
  citations: CitationIndex;
  references: Reference[];
  /** Facts citing a quote that could not be placed: their claims are unknown, so missing ones are not reported again. */
  unplacedQuotes: Set<string>;
}

/** A date as the file states it, checked; an impossible or malformed date is a problem. */
export function readStatedDate(
  declared: Declared<unknown>,
  field: string,
  raw: { value: string; inference: string | null } | null | undefined,
  problems: SeedProblem[],
): StatedDate | undefined {
  if (!raw) return undefined;
  const parsed = parsePartialDate(raw.value);
  if (!parsed) {
    problems.push(problemAt(declared, [field], `"${raw.value}" is not a date that exists; expected ${partialDateForms}.`));
    return undefined;
  }
  return { ...parsed, inference: raw.inference };
}

/**
 * A stated part of a fact needs a quote that supports it: `start: 2022-02-01` needs
 * a quote cited with `start`. Reported at the field that states it.
 */
export function requireClaim(context: MergeContext, factId: string, claim: Claim, stated: Declared<unknown>[] | undefined, field: string): void {
  if (!stated || stated.length === 0 || context.unplacedQuotes.has(factId)) return;
  if (context.citations.of(factId).some((c) => c.supports.includes(claim))) return;
  context.problems.push(
    problemAt(stated[0]!, [field], `"${field}" is stated, but no quote cited for ${factId} supports "${claim}"; add "${claim}" to the claims of the quote that says it.`),
  );
}
