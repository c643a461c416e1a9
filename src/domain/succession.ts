import type { Tenure } from './entities.js';
import { firstConfirmedOn, possibleInterval, vacancyBetween, type ClosedInterval } from './temporal.js';

/** One step of a succession chain: a tenure and the certain vacancy before it. */
export interface SuccessionStep {
  view: Tenure;
  vacancyBefore: ClosedInterval | null;
}

/**
 * Orders the tenures of one post into a chain. Tenures are ordered by start
 * (earliest possible day; for an unknown start, the first day a source saw the
 * tenure), then by the latest possible end, then by id for a stable order. Explicit
 * succession links from the sources win over that order: a tenure that a source
 * says succeeded another is placed directly after it.
 */
export function buildSuccessionChain(views: readonly Tenure[]): SuccessionStep[] {
  const byDate = [...views].sort(compareByStart);
  const ids = new Set(byDate.map((v) => v.id));
  const successorsOf = new Map<string, Tenure[]>();
  const linkedFollowers = new Set<string>();
  for (const view of byDate) {
    const predecessor = view.predecessorId;
    if (predecessor && ids.has(predecessor) && predecessor !== view.id) {
      successorsOf.set(predecessor, [...(successorsOf.get(predecessor) ?? []), view]);
      linkedFollowers.add(view.id);
    }
  }

  const ordered: Tenure[] = [];
  const placed = new Set<string>();
  const place = (view: Tenure) => {
    if (placed.has(view.id)) return;
    placed.add(view.id);
    ordered.push(view);
    for (const follower of successorsOf.get(view.id) ?? []) place(follower);
  };
  for (const view of byDate) if (!linkedFollowers.has(view.id)) place(view);
  // Links that form a cycle leave tenures unplaced; they keep their date order.
  for (const view of byDate) place(view);

  return ordered.map((view, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    return { view, vacancyBefore: previous ? vacancyBetween(previous, view) : null };
  });
}

/**
 * Where a tenure sits on the time line: its earliest possible start or, when the
 * start is unknown, the first day a source certainly saw it current, or its end.
 */
function anchor(view: Tenure): string {
  return view.start?.earliest ?? firstConfirmedOn(view) ?? view.end?.earliest ?? '';
}

function compareByStart(a: Tenure, b: Tenure): number {
  const aStart = anchor(a);
  const bStart = anchor(b);
  if (aStart !== bStart) return aStart < bStart ? -1 : 1;
  const aEnd = possibleInterval(a).to ?? '9999-12-31';
  const bEnd = possibleInterval(b).to ?? '9999-12-31';
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
