import type { Claim } from '../domain/entities.js';
import type { Reason } from '../domain/reasons.js';
import { claimFields } from '../domain/reconcileFacts.js';
import type { Rank, SourceStatement, StatedValue } from '../domain/statements.js';
import { problemAt, type Declared } from './declarations.js';
import type { CiteMap } from './factFileSchema.js';
import type { MergeContext } from './mergeContext.js';

/** What the fact files let an entry rank: `ranks: { start: { rank: deprecated, reason: … } }`. */
type Ranks = Record<string, { rank: 'preferred' | 'deprecated'; reason: string }> | undefined;

/** A value an entry states, with its inference when the file gives one. */
export interface EntryValue<V> {
  value: V;
  inference?: Reason | null;
}

/**
 * The statement of one declaration: what its file's source says about the fact. Values
 * the entry leaves out are no claim. A rank must name a field of the kind that can be
 * ranked (`claimFields`), and one the entry states.
 */
export function buildStatement<V extends object>(
  kind: keyof typeof claimFields,
  declared: Declared<{ cite: CiteMap; ranks?: Ranks; inference?: Reason | null }>,
  values: { [F in keyof V]?: EntryValue<V[F]> | undefined },
  context: MergeContext,
): SourceStatement<V> {
  const ranks = declared.value.ranks ?? {};
  const rankable: readonly string[] = claimFields[kind];
  for (const field of Object.keys(ranks)) {
    if (!rankable.includes(field)) {
      context.problems.push(
        problemAt(declared, ['ranks', field], `A ${kind}'s ${field} cannot be ranked; the fields that can are ${rankable.join(', ')}.`, 'key'),
      );
    } else if (values[field as keyof V] === undefined) {
      context.problems.push(problemAt(declared, ['ranks', field], `This entry states no ${field} to rank; a rank applies to a value this file states.`, 'key'));
    }
  }
  const stated = {} as { [F in keyof V]?: StatedValue<V[F]> };
  for (const field of Object.keys(values) as (keyof V & string)[]) {
    const entry = values[field];
    if (entry === undefined) continue;
    const rank = ranks[field];
    stated[field] = { value: entry.value, inference: entry.inference ?? null, rank: (rank?.rank ?? 'normal') as Rank, rankReason: rank?.reason ?? null };
  }
  const { data, published } = declared.file;
  return {
    sourceId: data.source.id,
    published: { earliest: published.earliest, latest: published.latest },
    supports: supportsOf(declared),
    inference: declared.value.inference ?? null,
    values: stated,
  };
}

/** Every claim the entry's quotes support, for the quotes its file defines. */
export function supportsOf(declared: Declared<{ cite: CiteMap }>): Claim[] {
  const quotes = declared.file.data.quotes;
  const claims = Object.entries(declared.value.cite).flatMap(([name, list]) => (name in quotes ? list : []));
  return [...new Set(claims)];
}

/**
 * A value the entry states needs a quote of the same file supporting it: `start:` needs
 * a quote cited with `start`. Reported at the field that states it.
 */
export function requireSupport(declared: Declared<{ cite: CiteMap }>, factId: string, field: string, claim: Claim, context: MergeContext): void {
  if (supportsOf(declared).includes(claim)) return;
  context.problems.push(
    problemAt(
      declared,
      [field],
      `"${field}" is stated, but no quote this file cites for ${factId} supports "${claim}"; add "${claim}" to the claims of the quote that says it.`,
    ),
  );
}

/**
 * The reverse: a quote cited for `start`, `end`, `predecessor` or `percentage` in an
 * entry that states no such value supports nothing, and usually means the value was
 * forgotten. Reported at the claim.
 */
export function requireStatedFor(declared: Declared<{ cite: CiteMap }>, claims: Partial<Record<Claim, boolean>>): ReturnType<typeof problemAt>[] {
  const problems: ReturnType<typeof problemAt>[] = [];
  for (const [name, list] of Object.entries(declared.value.cite)) {
    for (const claim of list) {
      if (claims[claim] === false) {
        problems.push(
          problemAt(declared, ['cite', name], `Quote "${name}" is cited for "${claim}", but this entry states no ${claim}; add ${claim}: … or drop the claim.`),
        );
      }
    }
  }
  return problems;
}
