import type { IsoDate } from './calendar.js';
import type { Claim } from './entities.js';
import type { Reason } from './reasons.js';

/**
 * What each source says. The graph keeps, per fact, one statement per citing source:
 * the values that source states (its claims) and what its quotes support. Every
 * answer is derived from these by the rules of `reconcile.ts`, so adding a source
 * never overwrites what another one said. Wikidata keeps statements with references
 * and ranks the same way; FollowTheMoney keeps statements per dataset.
 */

/**
 * How an analyst ranks a claim, as Wikidata ranks statements: a deprecated claim keeps
 * its citation but stops counting; where any claim of a field is preferred, only the
 * preferred ones count.
 */
export type Rank = 'preferred' | 'normal' | 'deprecated';

/**
 * The days a source may have been published on. `latest` is always known (at the
 * latest, the day the analyst retrieved it); `earliest` is null when nothing bounds it.
 * A source stating only "Juni 2022" spans 2022-06-01 to 2022-06-30.
 */
export interface PublicationSpan {
  earliest: IsoDate | null;
  latest: IsoDate;
}

/** One value one source states for one field of a fact, as the fact file writes it. */
export interface StatedValue<V> {
  value: V;
  /** Why the value follows from the source's sentence when the source does not say it outright. */
  inference: Reason | null;
  rank: Rank;
  /** The analyst's reason for a rank other than normal. */
  rankReason: string | null;
}

/**
 * Everything one source says about one fact. `V` maps each field the fact kind knows
 * to the type of its value; a source states some of them, or none.
 */
export interface SourceStatement<V extends object = object> {
  sourceId: string;
  published: PublicationSpan;
  /** What the source's quotes of this fact support, e.g. `existence`, `current`, `start`. */
  supports: Claim[];
  /** Why the fact itself follows from this source's quotes, when they leave it implicit. */
  inference: Reason | null;
  values: { [F in keyof V]?: StatedValue<V[F]> };
}

/**
 * The day from which a source counts as known: the last day it can have been published
 * on. A source dated only "Juni 2022" is known on 30 June 2022, never on an invented day.
 */
export function knownFrom(statement: Pick<SourceStatement, 'published'>): IsoDate {
  return statement.published.latest;
}

/**
 * The statements known on `knownOn`: those of sources certainly published by then.
 * Without `knownOn`, all of them. `isKnownOn` is the one place the `knownOn` rule is written.
 */
export function knownStatements<S extends Pick<SourceStatement, 'published'>>(statements: readonly S[], knownOn: IsoDate | null | undefined): S[] {
  return statements.filter((statement) => isKnownOn(knownFrom(statement), knownOn));
}

/** True when what is known from `day` (see `knownFrom`) counts as known on `knownOn`: always, without one. */
export function isKnownOn(day: IsoDate, knownOn: IsoDate | null | undefined): boolean {
  return !knownOn || day <= knownOn;
}

/** The distinct days, ascending, on which what is known of the fact changes: one per source. */
export function knowledgeDays(statements: readonly Pick<SourceStatement, 'published'>[]): IsoDate[] {
  return [...new Set(statements.map(knownFrom))].sort();
}
