import { addDays, type IsoDate } from './calendar.js';
import type { Evidence, StatedDate, Tenure } from './entities.js';

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

/** The parts of a tenure that sources published on or before a day had stated. */
export interface TenureView {
  tenure: Tenure;
  start: StatedDate | null;
  end: StatedDate | null;
  predecessorId: string | null;
  /** Publication dates of the sources that count, ascending. */
  citedOn: IsoDate[];
  confirmedOn: IsoDate[];
}

/**
 * The parts of a dated fact (a tenure, an ownership) that the interval rules read.
 * Ownerships follow the same rules as tenures, so the rules take this narrower view.
 */
export type DatedView = Pick<TenureView, 'start' | 'end' | 'confirmedOn'>;

/**
 * What was known of a tenure on `knownOn`: null when no source published by then
 * mentions it; otherwise only the dates, confirmations and succession link stated by
 * sources published on or before that day. Without `knownOn`, everything counts.
 */
export function viewTenure(tenure: Tenure, knownOn?: IsoDate | null): TenureView | null {
  const known = (dates: IsoDate[]) => (knownOn ? dates.filter((d) => d <= knownOn) : dates);
  const citedOn = known(tenure.evidence.citedOn);
  if (citedOn.length === 0) return null;
  return {
    tenure,
    start: known(tenure.evidence.startCitedOn).length > 0 ? tenure.start : null,
    end: known(tenure.evidence.endCitedOn).length > 0 ? tenure.end : null,
    predecessorId: known(tenure.predecessorCitedOn).length > 0 ? tenure.predecessorId : null,
    citedOn,
    confirmedOn: known(tenure.evidence.confirmedOn),
  };
}

/** True when a fact backed by `evidence` was stated by a source published on or before `knownOn`. */
export function isKnownOn(evidence: Pick<Evidence, 'citedOn'>, knownOn?: IsoDate | null): boolean {
  return !knownOn || evidence.citedOn.some((d) => d <= knownOn);
}

/** Earliest publication date of a source reporting the tenure as current; null if none. */
export function firstConfirmedOn(view: DatedView): IsoDate | null {
  return view.confirmedOn[0] ?? null;
}

/** Latest publication date of a source reporting the tenure as current; null if none. */
export function lastConfirmedOn(view: DatedView): IsoDate | null {
  return view.confirmedOn.at(-1) ?? null;
}

/**
 * The days on which the tenure was held for certain: from `start.latest` (unknown:
 * the first confirmation) to `end.earliest` (unknown: the last confirmation). Null
 * when a needed bound is missing or the span is empty; so a tenure announced for a
 * future date and never confirmed since has none.
 */
export function certainInterval(view: DatedView): ClosedInterval | null {
  const from = view.start?.latest ?? firstConfirmedOn(view);
  const to = view.end?.earliest ?? lastConfirmedOn(view);
  if (from === null || to === null || from > to) return null;
  return { from, to };
}

/** The days on which the tenure may have been held: `start.earliest` to `end.latest`, open where unknown. */
export function possibleInterval(view: DatedView): Interval {
  return { from: view.start?.earliest ?? null, to: view.end?.latest ?? null };
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
 * PLANNED when a source states the intention without a date; ANNOUNCED when every
 * source that counts was published before the earliest day the tenure can start;
 * REPORTED otherwise (including when the start is unknown).
 */
export function statusOf(view: TenureView): FactStatus {
  if (view.tenure.planned) return 'PLANNED';
  const start = view.start?.earliest;
  if (start !== undefined && view.citedOn.every((published) => published < start)) return 'ANNOUNCED';
  return 'REPORTED';
}

/**
 * The certain gap between two consecutive tenures: from the day after the earlier
 * one's `end.latest` to the day before the later one's `start.earliest`. Null when
 * either bound is unknown or the span is empty (they touch or may overlap).
 */
export function vacancyBetween(previous: TenureView, next: TenureView): ClosedInterval | null {
  if (!previous.end || !next.start) return null;
  const from = addDays(previous.end.latest, 1);
  const to = addDays(next.start.earliest, -1);
  return from <= to ? { from, to } : null;
}
