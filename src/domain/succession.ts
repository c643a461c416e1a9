import { vacancyBetween, type ClosedInterval, type TenureView } from './temporal.js';

/** One step of a succession chain: a tenure and the certain vacancy before it. */
export interface SuccessionStep {
  view: TenureView;
  vacancyBefore: ClosedInterval | null;
}

/**
 * Orders the tenures of one post into a chain. Tenures are ordered by start
 * (earliest possible day; for an unknown start, the first day a source saw the
 * tenure), then by the latest possible end, then by id for a stable order. Explicit
 * succession links from the sources win over that order: a tenure that a source
 * says succeeded another is placed directly after it.
 */
export function buildSuccessionChain(views: readonly TenureView[]): SuccessionStep[] {
  const byDate = [...views].sort(compareByStart);
  const ids = new Set(byDate.map((v) => v.tenure.id));
  const successorsOf = new Map<string, TenureView[]>();
  const linkedFollowers = new Set<string>();
  for (const view of byDate) {
    const predecessor = view.predecessorId;
    if (predecessor && ids.has(predecessor) && predecessor !== view.tenure.id) {
      successorsOf.set(predecessor, [...(successorsOf.get(predecessor) ?? []), view]);
      linkedFollowers.add(view.tenure.id);
    }
  }

  const ordered: TenureView[] = [];
  const placed = new Set<string>();
  const place = (view: TenureView) => {
    if (placed.has(view.tenure.id)) return;
    placed.add(view.tenure.id);
    ordered.push(view);
    for (const follower of successorsOf.get(view.tenure.id) ?? []) place(follower);
  };
  for (const view of byDate) if (!linkedFollowers.has(view.tenure.id)) place(view);
  // Links that form a cycle leave tenures unplaced; they keep their date order.
  for (const view of byDate) place(view);

  return ordered.map((view, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    return { view, vacancyBefore: previous ? vacancyBetween(previous, view) : null };
  });
}

/**
 * Where a tenure sits on the time line: its earliest possible start or, when the
 * start is unknown, the first day a source saw it (confirmation or end).
 */
function anchor(view: TenureView): string {
  return view.start?.earliest ?? view.confirmedOn[0] ?? view.end?.earliest ?? '';
}

function compareByStart(a: TenureView, b: TenureView): number {
  const aStart = anchor(a);
  const bStart = anchor(b);
  if (aStart !== bStart) return aStart < bStart ? -1 : 1;
  const aEnd = a.end?.latest ?? '9999-12-31';
  const bEnd = b.end?.latest ?? '9999-12-31';
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.tenure.id < b.tenure.id ? -1 : a.tenure.id > b.tenure.id ? 1 : 0;
}
