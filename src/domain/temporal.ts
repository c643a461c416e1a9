import { addDays, type IsoDate } from './calendar.js';
import type { Dated, Tenure } from './entities.js';

/**
 * The temporal rules of rolegraph. Dates are inclusive. A tenure is CERTAIN on a day
 * inside its certain interval, POSSIBLE on a day inside its possible interval but
 * outside the certain one, and not held otherwise.
 */

export type Certainty = 'CERTAIN' | 'POSSIBLE';
export type FactStatus = 'REPORTED' | 'ANNOUNCED' | 'PLANNED';

/** A closed span of days; `null` ends are open (unknown). */
export interface Interval {
  from: IsoDate | null;
  to: IsoDate | null;
}

/** A closed span of days with both ends known. */
export interface ClosedInterval {
  from: IsoDate;
  to: IsoDate;
}

/**
 * What the interval rules read of a dated fact (a tenure, a stake): its start and end as
 * reconciled, and the spans of the sources confirming it as current.
 */
export type DatedView = Dated;

/**
 * The first day on which the fact had certainly been confirmed as current: the earliest
 * of the confirming sources' last possible publication days. Null without a confirmation.
 */
export function firstConfirmedOn(view: Pick<DatedView, 'confirmations'>): IsoDate | null {
  return view.confirmations.reduce<IsoDate | null>((first, span) => (first === null || span.latest < first ? span.latest : first), null);
}

/**
 * The last day on which a confirmation certainly shows the fact held: the latest of the
 * confirming sources' first possible publication days. A source whose earliest day is
 * unknown proves nothing about how late it was held. Null when no confirmation says.
 */
export function lastConfirmedOn(view: Pick<DatedView, 'confirmations'>): IsoDate | null {
  return view.confirmations.reduce<IsoDate | null>(
    (last, span) => (span.earliest !== null && (last === null || span.earliest > last) ? span.earliest : last),
    null,
  );
}

/**
 * The days on which the fact held for certain. A stated start proves it held from the
 * start's latest day, a stated end until the end's earliest day; a source confirming it
 * as current on day D proves it held on D, so the interval reaches back to D and forward
 * to D, and a source dated only to a span [e, l] proves a day no later than l and no
 * earlier than e. So: from the earlier of the start's latest day and the confirmations'
 * latest days, to the later of the end's earliest day and the confirmations' earliest
 * days. Null when a bound is missing or the span is empty: a tenure announced for a
 * future date and never confirmed since has none.
 */
export function certainInterval(view: DatedView): ClosedInterval | null {
  const from = earlier(view.start?.latest ?? null, firstConfirmedOn(view));
  const to = later(view.end?.earliest ?? null, lastConfirmedOn(view));
  if (from === null || to === null || from > to) return null;
  return { from, to };
}

/**
 * The days on which the fact may have held: the start's earliest day to the end's latest
 * day, open where unknown, and always covering the certain interval (a confirmation that
 * contradicts a stated date widens it; `contradictedDates` reports that as a dispute).
 * Where sources end the fact before another starts it (a disputed start and end), the
 * days any of those dates allows: the fact never vanishes from the answers.
 */
export function possibleInterval(view: DatedView): Interval {
  const certain = certainInterval(view);
  const { start, end } = view;
  const from = start ? earlier(start.earliest, certain?.from ?? null) : null;
  const to = end ? later(end.latest, certain?.to ?? null) : null;
  if (start && end && from !== null && to !== null && from > to) return { from: earlier(from, end.earliest), to: later(to, start.latest) };
  return { from, to };
}

/** The date fields a confirmation contradicts: `start` when a source saw the fact current before it can have started, `end` likewise. */
export function contradictedDates(view: DatedView): ('start' | 'end')[] {
  const fields: ('start' | 'end')[] = [];
  const first = firstConfirmedOn(view);
  const last = lastConfirmedOn(view);
  if (view.start && first !== null && first < view.start.earliest) fields.push('start');
  if (view.end && last !== null && last > view.end.latest) fields.push('end');
  return fields;
}

function earlier(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a === null ? b : b === null ? a : a <= b ? a : b;
}

function later(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  return a === null ? b : b === null ? a : a >= b ? a : b;
}

/** CERTAIN inside the certain interval, POSSIBLE inside the possible one, null otherwise. */
export function certaintyAt(view: DatedView, day: IsoDate): Certainty | null {
  const certain = certainInterval(view);
  if (certain && certain.from <= day && day <= certain.to) return 'CERTAIN';
  const possible = possibleInterval(view);
  if ((possible.from === null || possible.from <= day) && (possible.to === null || day <= possible.to)) return 'POSSIBLE';
  return null;
}

/**
 * True when the fact was held, certainly or possibly, on at least one day of `span`
 * (an open end of `span` reaches without limit). The certain interval lies inside the
 * possible one, so overlapping the possible interval is exactly that.
 */
export function isHeldDuring(view: DatedView, span: Interval): boolean {
  const possible = possibleInterval(view);
  const startsInTime = possible.from === null || span.to === null || possible.from <= span.to;
  const endsInTime = possible.to === null || span.from === null || span.from <= possible.to;
  return startsInTime && endsInTime;
}

/**
 * PLANNED when a source states the intention and none gives a start; ANNOUNCED when
 * every source that counts was published (at the latest) before the earliest day the
 * tenure can start; REPORTED otherwise (including when the start is unknown).
 */
export function statusOf(view: Pick<Tenure, 'planned' | 'start' | 'citedOn'>): FactStatus {
  if (view.planned && !view.start) return 'PLANNED';
  const start = view.start?.earliest;
  if (start !== undefined && view.citedOn.every((known) => known < start)) return 'ANNOUNCED';
  return 'REPORTED';
}

/**
 * The certain gap between two consecutive facts: from the day after the earlier one's
 * possible end to the day before the later one's possible start. Null when either bound
 * is open or the span is empty (they touch or may overlap).
 */
export function vacancyBetween(previous: DatedView, next: DatedView): ClosedInterval | null {
  const before = possibleInterval(previous).to;
  const after = possibleInterval(next).from;
  if (before === null || after === null) return null;
  const from = addDays(before, 1);
  const to = addDays(after, -1);
  return from <= to ? { from, to } : null;
}

/** What the interval rules answer for a fact as known from one day on, until the next source. */
export interface KnowledgeEpoch {
  /** The first day this knowledge holds: a citing source's last possible publication day. */
  knownFrom: IsoDate;
  certain: ClosedInterval | null;
  possible: Interval;
}

/**
 * The fact's answers for each day on which what is known of it changes, ascending:
 * "as known on K" is the last epoch whose `knownFrom` is on or before K (none before the
 * first source). Stored with the fact so that a query can pick the epoch by day.
 */
export function knowledgeEpochs<V extends DatedView>(days: readonly IsoDate[], viewAt: (knownOn: IsoDate) => V | null): (KnowledgeEpoch & { view: V })[] {
  const epochs: (KnowledgeEpoch & { view: V })[] = [];
  for (const day of days) {
    const view = viewAt(day);
    if (view) epochs.push({ knownFrom: day, certain: certainInterval(view), possible: possibleInterval(view), view });
  }
  return epochs;
}
