/**
 * Where each tenure's bar sits on the time axis and how its ends look. Pure, so the
 * rules for uncertain dates are tested without a browser:
 *
 * - an end known only to the year or month is *fuzzy*: the bar fades across the whole
 *   span the date may fall in (from `earliest` to `latest`);
 * - an unknown end is *open*: the bar is solid until the last day a source reported the
 *   tenure as current, then fades out, because nobody said it ended;
 * - an unknown start is open the same way, fading in towards the first known day.
 */

interface PartialDateLike {
  earliest: string;
  latest: string;
}

export interface TimelineFact {
  start: PartialDateLike | null;
  end: PartialDateLike | null;
  lastConfirmedOn: string | null;
}

export type EdgeKind = 'exact' | 'fuzzy' | 'open';

/** A bar in days since 1970-01-01, before it is placed on an axis. */
export interface BarSpan {
  outerStart: number;
  solidStart: number;
  solidEnd: number;
  outerEnd: number;
  startKind: EdgeKind;
  endKind: EdgeKind;
}

/** How far an open end fades out (or an open start fades in): one year. */
export const openFadeDays = 365;

const msPerDay = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / msPerDay);
}

/** One end of a bar: its outermost day, its last (or first) certain day, and how it looks. */
interface Edge {
  outer: number;
  solid: number;
  kind: EdgeKind;
}

/** A known start or end: the outer day is the one farther from the bar's middle. */
function knownEdge(date: PartialDateLike, side: 'start' | 'end'): Edge {
  const [outer, solid] = side === 'start' ? [date.earliest, date.latest] : [date.latest, date.earliest];
  return { outer: toDay(outer), solid: toDay(solid), kind: outer === solid ? 'exact' : 'fuzzy' };
}

/** Returns the bar of one tenure, or null when no date at all is known for it. */
export function spanOf(fact: TimelineFact): BarSpan | null {
  const confirmed = fact.lastConfirmedOn ? toDay(fact.lastConfirmedOn) : null;
  let start: Edge;
  if (fact.start) {
    start = knownEdge(fact.start, 'start');
  } else {
    const anchor = confirmed ?? (fact.end ? toDay(fact.end.earliest) : null);
    if (anchor === null) return null;
    start = { outer: anchor - openFadeDays, solid: anchor, kind: 'open' };
  }
  let end: Edge;
  if (fact.end) {
    end = knownEdge(fact.end, 'end');
  } else {
    const solid = Math.max(start.solid, confirmed ?? start.solid);
    end = { outer: solid + openFadeDays, solid, kind: 'open' };
  }
  let solidStart = start.solid;
  let solidEnd = end.solid;
  // Start and end may be known so loosely that no day is certain (both "2018"):
  // the bar is then all fade, meeting in the middle of the overlap.
  if (solidStart > solidEnd) {
    const middle = Math.round((solidStart + solidEnd) / 2);
    solidStart = middle;
    solidEnd = middle;
  }
  return { outerStart: start.outer, solidStart, solidEnd, outerEnd: end.outer, startKind: start.kind, endKind: end.kind };
}

export interface Axis {
  from: number;
  to: number;
  ticks: { year: number; left: number }[];
}

/**
 * An axis of whole years covering every bar and the as-of day. Ticks are thinned so
 * that there are at most about ten labels.
 */
export function axisOf(spans: BarSpan[], extraDays: number[] = []): Axis {
  const days = [...spans.flatMap((s) => [s.outerStart, s.outerEnd]), ...extraDays];
  const now = Math.floor(Date.now() / msPerDay);
  const minDay = days.length ? Math.min(...days) : now;
  const maxDay = days.length ? Math.max(...days) : now;
  const firstYear = new Date(minDay * msPerDay).getUTCFullYear();
  const lastYear = new Date(maxDay * msPerDay).getUTCFullYear() + 1;
  const from = toDay(`${firstYear}-01-01`);
  const to = toDay(`${lastYear}-01-01`);
  const step = Math.max(1, Math.ceil((lastYear - firstYear) / 10));
  const ticks: Axis['ticks'] = [];
  for (let year = firstYear; year < lastYear; year += step) {
    ticks.push({ year, left: percentOf(toDay(`${year}-01-01`), from, to) });
  }
  return { from, to, ticks };
}

function percentOf(day: number, from: number, to: number): number {
  return ((day - from) / (to - from)) * 100;
}

/** Where a day sits on the axis, in percent of its width (clamped to the axis). */
export function positionOf(axis: Axis, day: number): number {
  return Math.min(100, Math.max(0, percentOf(day, axis.from, axis.to)));
}

export interface BarGeometry {
  left: number;
  width: number;
  /** A CSS gradient for `mask-image`: opaque where the tenure is certain, fading where not. */
  mask: string;
}

/** The narrowest bar drawn, so that a one-day fact stays visible and clickable. */
const minWidthPercent = 0.8;

const edgeColor: Record<EdgeKind, string> = {
  exact: '#000',
  fuzzy: 'rgba(0, 0, 0, 0.25)',
  open: 'transparent',
};

/** Places a bar on the axis. */
export function geometryOf(axis: Axis, span: BarSpan): BarGeometry {
  const left = positionOf(axis, span.outerStart);
  const right = positionOf(axis, span.outerEnd);
  const width = Math.max(right - left, minWidthPercent);
  const outer = Math.max(span.outerEnd - span.outerStart, 1);
  const solidFrom = round(((span.solidStart - span.outerStart) / outer) * 100);
  const solidTo = round(((span.solidEnd - span.outerStart) / outer) * 100);
  const mask = `linear-gradient(to right, ${edgeColor[span.startKind]} 0%, #000 ${solidFrom}%, #000 ${solidTo}%, ${edgeColor[span.endKind]} 100%)`;
  return { left: round(left), width: round(width), mask };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
