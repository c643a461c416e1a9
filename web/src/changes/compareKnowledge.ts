import type { Citation, PartialDate } from '../graphql/types.js';

/**
 * What changed in what was known about an entity between two knowledge dates, from the
 * API's answers as known on each day. Pure, so every kind of change is tested without
 * a browser. A change names the quotes that arrived in between: the sources that made it.
 */

/** One fact as known on one day, in the terms a change is described in. */
export interface KnownFact {
  key: string;
  /** The fact in words: "Ilona Benz: Geschäftsführerin, KL.digital". */
  label: string;
  start: PartialDate | null;
  end: PartialDate | null;
  status: string | null;
  lastConfirmedOn: string | null;
  /** Any other value of the fact worth comparing (a share, a description), as shown. */
  value: string | null;
  /** True when its sources disagree, where the API says so. */
  disputed: boolean;
  citations: Citation[];
}

export type ChangeKind = 'added' | 'removed' | 'narrowed' | 'date' | 'status' | 'value' | 'disputed' | 'confirmed' | 'corroborated';

export interface Change {
  kind: ChangeKind;
  key: string;
  label: string;
  /** For date changes: which end moved. */
  field: 'start' | 'end' | null;
  before: PartialDate | string | null;
  after: PartialDate | string | null;
  /** The quotes published in between that back the fact: the sources that brought the change. */
  citations: Citation[];
}

const citationId = (citation: Citation) => `${citation.source.id}:${citation.startOffset}:${citation.endOffset}`;

/** Whether `inner` leaves fewer days possible than `outer` and none outside it. */
function narrows(outer: PartialDate, inner: PartialDate): boolean {
  return outer.earliest <= inner.earliest && inner.latest <= outer.latest && (outer.earliest !== inner.earliest || outer.latest !== inner.latest);
}

function sameDate(a: PartialDate | null, b: PartialDate | null): boolean {
  return a === b || (a !== null && b !== null && a.value === b.value && a.earliest === b.earliest && a.latest === b.latest);
}

/** The date change of one end, or null when that end is as it was. */
function dateChange(fact: KnownFact, field: 'start' | 'end', before: PartialDate | null, after: PartialDate | null, fresh: Citation[]): Change | null {
  if (sameDate(before, after)) return null;
  const narrowed = after !== null && (before === null || narrows(before, after));
  return { kind: narrowed ? 'narrowed' : 'date', key: fact.key, label: fact.label, field, before, after, citations: fresh };
}

/** The changes of a fact known on both days, most telling first. */
function changesOf(before: KnownFact, after: KnownFact): Change[] {
  const known = new Set(before.citations.map(citationId));
  const fresh = after.citations.filter((citation) => !known.has(citationId(citation)));
  const change = (kind: ChangeKind, from: string | null, to: string | null): Change => ({
    kind,
    key: after.key,
    label: after.label,
    field: null,
    before: from,
    after: to,
    citations: fresh,
  });
  const changes: Change[] = [];
  if (!before.disputed && after.disputed) changes.push(change('disputed', null, null));
  for (const field of ['start', 'end'] as const) {
    const moved = dateChange(after, field, before[field], after[field], fresh);
    if (moved) changes.push(moved);
  }
  if (before.status !== after.status) changes.push(change('status', before.status, after.status));
  if (before.value !== after.value) changes.push(change('value', before.value, after.value));
  if (changes.length === 0 && fresh.length > 0) {
    const confirmed = before.lastConfirmedOn !== after.lastConfirmedOn;
    changes.push(change(confirmed ? 'confirmed' : 'corroborated', before.lastConfirmedOn, after.lastConfirmedOn));
  }
  return changes;
}

/**
 * Every change between what was known on the earlier day (`before`) and on the later one
 * (`after`): facts added and no longer counted, dates narrowed or changed, statuses and
 * values changed, disputes opened, and facts confirmed or backed by another source.
 */
export function compareKnowledge(before: KnownFact[], after: KnownFact[]): Change[] {
  const earlier = new Map(before.map((fact) => [fact.key, fact]));
  const later = new Map(after.map((fact) => [fact.key, fact]));
  const changes: Change[] = [];
  for (const fact of after) {
    const was = earlier.get(fact.key);
    if (was) changes.push(...changesOf(was, fact));
    else changes.push({ kind: 'added', key: fact.key, label: fact.label, field: null, before: null, after: null, citations: fact.citations });
  }
  for (const fact of before) {
    if (!later.has(fact.key)) changes.push({ kind: 'removed', key: fact.key, label: fact.label, field: null, before: null, after: null, citations: [] });
  }
  return changes;
}
