import type { ClaimOutcome, StatedDate } from './entities.js';
import { hullOfDates, intersectDates, parsePartialDate, spanDate, type PartialDate } from './partialDate.js';
import { joinReasons, type Reason } from './reasons.js';
import { knownFrom, type SourceStatement, type StatedValue } from './statements.js';

/**
 * The reconciliation rules: how the claims of several sources about one field become one
 * answer. docs/graph-model.md explains each rule with an example.
 *
 * 1. Ranks first. A deprecated claim does not count; where any claim is preferred, only
 *    the preferred ones count (the others are outranked).
 * 2. A stated value beats an inferred one. Where any counting claim is stated outright,
 *    the inferred ones count only when they agree with the stated answer, and are
 *    overridden otherwise.
 * 3. Compatible claims merge. Dates agree when they share a day, and the answer is the
 *    days all of them allow (a coarser "2022-02" corroborates a finer "2022-02-01", which
 *    is the answer); other values agree when they are equal (names and honorifics after
 *    folding case, spacing and abbreviations: "Prof." is "Professor").
 * 4. Incompatible claims are a dispute. A disputed date answers the days any claim allows,
 *    so the certain interval covers only what all claims allow and the possible interval
 *    what any claim allows. Any other disputed value answers the value the most sources
 *    state, ties going to the most recently published source.
 */

/** A field's claims: each source's stated value, in the order of the statements. */
interface Entry<V> {
  statement: SourceStatement;
  stated: StatedValue<V>;
}

/** The answer for one field, with every claim and whether it counts. */
export interface FieldOutcome<R> {
  /** Null when no source states the field (or none that counts). */
  value: R | null;
  disputed: boolean;
  /** Why the answer follows from the sources when none states it outright; null otherwise. */
  inference: Reason | null;
  claims: ClaimOutcome[];
}

/** The claims of one field across statements, in statement order. */
function entriesOf<V extends object, F extends keyof V>(statements: readonly SourceStatement<V>[], field: F): Entry<V[F]>[] {
  const entries: Entry<V[F]>[] = [];
  for (const statement of statements) {
    const stated = statement.values[field];
    if (stated !== undefined) entries.push({ statement: statement as SourceStatement, stated: stated as StatedValue<V[F]> });
  }
  return entries;
}

/** Rule 1: the entries that count by rank. */
function byRank<V>(entries: readonly Entry<V>[]): Entry<V>[] {
  const ranked = entries.filter((entry) => entry.stated.rank !== 'deprecated');
  const preferred = ranked.filter((entry) => entry.stated.rank === 'preferred');
  return preferred.length > 0 ? preferred : ranked;
}

function claimOutcome<V>(field: string, entry: Entry<V>, counts: boolean): ClaimOutcome {
  const { statement, stated } = entry;
  return {
    field,
    sourceId: statement.sourceId,
    published: statement.published,
    value: stated.value,
    inference: stated.inference,
    rank: stated.rank,
    rankReason: stated.rankReason,
    counts,
  };
}

function outcomes<V>(field: string, entries: readonly Entry<V>[], counting: ReadonlySet<Entry<V>>): ClaimOutcome[] {
  return entries.map((entry) => claimOutcome(field, entry, counting.has(entry)));
}

/** Distinct inferences in order, joined; null when there are none. */
function joinInferences(entries: readonly Entry<unknown>[]): Reason | null {
  return joinReasons(entries.map((entry) => entry.stated.inference));
}

function parseStatedDate(field: string, text: string): PartialDate {
  const date = parsePartialDate(text);
  // The seeder refuses such a value; finding one here means the graph was written otherwise.
  if (!date) throw new RangeError(`The ${field} claim "${text}" is not a partial date.`);
  return date;
}

/**
 * A date field: compatible claims intersect, incompatible ones are a dispute answered by
 * their hull. The answer keeps a claim's own wording when it is exactly that claim's days.
 */
export function reconcileDate<V extends object, F extends keyof V & string>(statements: readonly SourceStatement<V>[], field: F): FieldOutcome<StatedDate> {
  const entries = entriesOf(statements, field) as Entry<string>[];
  const ranked = byRank(entries);
  const dated = new Map(ranked.map((entry) => [entry, parseStatedDate(field, entry.stated.value)]));
  const stated = ranked.filter((entry) => entry.stated.inference === null);
  const considered = stated.length > 0 ? stated : ranked;
  if (considered.length === 0) return { value: null, disputed: false, inference: null, claims: outcomes(field, entries, new Set()) };

  const statedDays = intersectDates(considered.map((entry) => dated.get(entry)!));
  if (statedDays === null) {
    const counting = new Set(considered);
    const hull = hullOfDates(considered.map((entry) => dated.get(entry)!));
    // Where no source states the date, even the disputed answer rests on their reasons.
    const inference = stated.length === 0 ? joinInferences(considered) : null;
    return { value: { ...spanDate(hull), inference }, disputed: true, inference, claims: outcomes(field, entries, counting) };
  }

  // Inferred claims beside stated ones narrow the answer where they agree with it, one by
  // one in the order their sources appeared; one that would leave no day is overridden.
  const counting = new Set(considered);
  let days = statedDays;
  if (considered !== ranked) {
    for (const entry of ranked) {
      if (counting.has(entry)) continue;
      const narrowed = intersectDates([days, dated.get(entry)!]);
      if (narrowed === null) continue;
      days = narrowed;
      counting.add(entry);
    }
  }
  const countingEntries = ranked.filter((entry) => counting.has(entry));
  const exact = (list: readonly Entry<string>[]) => list.find((entry) => sameDays(dated.get(entry)!, days));
  const statedExact = exact(stated);
  const inferredExact = exact(countingEntries);
  const narrowedByInference = stated.length === 0 || !sameDays(statedDays, days);
  const wording = statedExact ?? inferredExact;
  const value: PartialDate = wording ? dated.get(wording)! : spanDate(days);
  const inference = narrowedByInference ? joinInferences(countingEntries) : null;
  return { value: { ...value, inference }, disputed: false, inference, claims: outcomes(field, entries, counting) };
}

function sameDays(a: { earliest: string; latest: string }, b: { earliest: string; latest: string }): boolean {
  return a.earliest === b.earliest && a.latest === b.latest;
}

/**
 * A field with one value (a name, a kind, an id): claims equal under `key` agree; different
 * ones are a dispute answered by the value of the most sources, ties to the most recently
 * published. Among equal values, the wording follows the same rule.
 */
export function reconcileValue<V extends object, F extends keyof V & string>(
  statements: readonly SourceStatement<V>[],
  field: F,
  key: (value: V[F]) => string = (value) => JSON.stringify(value),
): FieldOutcome<V[F]> {
  const entries = entriesOf(statements, field);
  const ranked = byRank(entries);
  const stated = ranked.filter((entry) => entry.stated.inference === null);
  const considered = stated.length > 0 ? stated : ranked;
  if (considered.length === 0) return { value: null, disputed: false, inference: null, claims: outcomes(field, entries, new Set()) };

  const groups = groupBy(considered, (entry) => key(entry.stated.value));
  const counting = new Set(considered);
  // An inferred claim beside stated ones counts when it says what one of them says.
  for (const entry of ranked) if (!counting.has(entry) && groups.has(key(entry.stated.value))) counting.add(entry);
  const winner = mostBacked([...groups.values()]);
  const wording = mostBacked([...groupBy(winner, (entry) => JSON.stringify(entry.stated.value)).values()])[0]!;
  const inference = stated.length > 0 ? null : joinInferences(winner);
  return { value: wording.stated.value, disputed: groups.size > 1, inference, claims: outcomes(field, entries, counting) };
}

/**
 * Prose (a description): each source words it its own way, so different texts are no
 * dispute. The answer is the wording of the most sources, ties to the most recent.
 */
export function reconcileProse<V extends object, F extends keyof V & string>(statements: readonly SourceStatement<V>[], field: F): FieldOutcome<V[F]> {
  const entries = entriesOf(statements, field);
  const ranked = byRank(entries);
  if (ranked.length === 0) return { value: null, disputed: false, inference: null, claims: outcomes(field, entries, new Set()) };
  const winner = mostBacked([...groupBy(ranked, (entry) => JSON.stringify(entry.stated.value)).values()])[0]!;
  return { value: winner.stated.value, disputed: false, inference: null, claims: outcomes(field, entries, new Set(ranked)) };
}

/** A list that adds up across sources (aliases, what a plan concerns): every counting value once, in first-seen order. */
export function reconcileUnion<V extends object, F extends keyof V & string>(
  statements: readonly SourceStatement<V>[],
  field: F,
): FieldOutcome<V[F]> & { value: V[F] } {
  const entries = entriesOf(statements, field) as Entry<unknown[]>[];
  const ranked = byRank(entries);
  const values = [...new Set(ranked.flatMap((entry) => entry.stated.value))];
  return { value: values as V[F], disputed: false, inference: null, claims: outcomes(field, entries, new Set(ranked)) };
}

/** The group backed by the most distinct sources; ties go to the group with the most recently published source. */
function mostBacked<E extends Entry<unknown>>(groups: readonly E[][]): E[] {
  const score = (group: readonly E[]) => ({
    sources: new Set(group.map((entry) => entry.statement.sourceId)).size,
    latest:
      group
        .map((entry) => knownFrom(entry.statement))
        .sort()
        .at(-1) ?? '',
  });
  let best = groups[0]!;
  let bestScore = score(best);
  for (const group of groups.slice(1)) {
    const candidate = score(group);
    if (candidate.sources > bestScore.sources || (candidate.sources === bestScore.sources && candidate.latest > bestScore.latest)) {
      best = group;
      bestScore = candidate;
    }
  }
  return best;
}

function groupBy<E>(items: readonly E[], key: (item: E) => string): Map<string, E[]> {
  const groups = new Map<string, E[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/** Names compare without regard to case, spacing or a trailing full stop. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim();
}

const honorificWords: Record<string, string> = {
  'prof.': 'professor',
  prof: 'professor',
  professorin: 'professor',
  'dr.': 'doktor',
  dr: 'doktor',
  doctor: 'doktor',
  'dipl.-ing.': 'diplom-ingenieur',
  'hon.-prof.': 'honorarprofessor',
};

/** Honorifics compare by meaning: "Prof. Dr." is "Professor Doktor". */
export function honorificKey(honorific: string): string {
  return nameKey(honorific)
    .split(' ')
    .map((word) => honorificWords[word] ?? word)
    .join(' ');
}
