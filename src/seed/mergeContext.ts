import type { StatedDate } from '../domain/entities.js';
import type { SeedProblem } from '../domain/errors.js';
import { parsePartialDate, partialDateForms } from '../domain/partialDate.js';
import type { Reason } from '../domain/reasons.js';
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
  /** Ids of entries left out for a problem of their own: references to them are not reported again. */
  uncheckedIds: ReadonlySet<string>;
}

/** A date as the file states it, checked; an impossible or malformed date is a problem. */
export function readStatedDate(
  declared: Declared<unknown>,
  field: string,
  raw: { value: string; inference: Reason | null } | null | undefined,
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
