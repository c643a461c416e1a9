import { parsePartialDate } from '../../domain/partialDate.js';
import type { FactFile } from '../../seed/factFileSchema.js';
import type { Draft } from '../model.js';

/** The categories a draft is scored in. */
export const categories = ['people', 'organizations', 'tenures', 'dates', 'predecessors', 'ownerships'] as const;
export type Category = (typeof categories)[number];

/** True positives, false positives and false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  counts: Record<Category, Counts>;
  /** Tenures written commented out as unsure, and how many of them the gold file has. */
  unsure: { proposed: number; right: number };
  /** Every proposal that was wrong or missing, for reading. */
  mistakes: string[];
}

interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Scores a draft's proposals against a hand-written gold fact file of the same
 * source. People and organisations match by id, or by a name or alias in common
 * (the assistant cannot know the gold file's choice of id for a new entity);
 * tenures match by person, organisation and role; a date is right only with its
 * precision and both bounds; a predecessor link and a stake (with its figure) must
 * join the same two entries. Proposals written commented out as unsure count as
 * not proposed; how many of them were right is reported beside the scores.
 */
export function scoreDraft(draft: Draft, gold: FactFile): Score {
  const mistakes: string[] = [];
  const counts = Object.fromEntries(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const people = matchEntities(draft.people, gold.people);
  const organizations = matchEntities(draft.organizations, gold.organizations);
  tally(counts.people, new Set(draft.people.map((p) => people.get(p.id) ?? `draft:${p.id}`)), new Set(gold.people.map((p) => p.id)), 'person', mistakes);
  tally(
    counts.organizations,
    new Set(draft.organizations.map((o) => organizations.get(o.id) ?? `draft:${o.id}`)),
    new Set(gold.organizations.map((o) => o.id)),
    'organisation',
    mistakes,
  );

  const keyOf = (person: string, organization: string, role: string) =>
    `${people.get(person) ?? person}/${organizations.get(organization) ?? organization}/${role}`;
  const active = draft.tenures.filter((t) => !t.unsure);
  const draftTenures = new Map(active.map((t) => [keyOf(t.personId, t.organizationId, t.roleKey), t]));
  const goldTenures = new Map(gold.tenures.map((t) => [`${t.person}/${t.organization}/${t.role}`, t]));
  tally(counts.tenures, new Set(draftTenures.keys()), new Set(goldTenures.keys()), 'tenure', mistakes);
  const goldKeys = new Set(goldTenures.keys());
  const unsure = draft.tenures.filter((t) => t.unsure);

  const draftKeyOfId = new Map(draft.tenures.map((t) => [t.id, keyOf(t.personId, t.organizationId, t.roleKey)]));
  const goldKeyOfId = new Map(gold.tenures.map((t) => [t.id, `${t.person}/${t.organization}/${t.role}`]));
  const draftDates = new Set<string>();
  const goldDates = new Set<string>();
  const dateKey = (key: string, field: string, value: string | undefined) => {
    const parsed = value === undefined ? undefined : parsePartialDate(value);
    return parsed ? `${key} ${field} ${parsed.earliest}..${parsed.latest} (${parsed.precision})` : undefined;
  };
  const valueOf = (date: { value: string } | null | undefined) => date?.value;
  for (const [key, t] of draftTenures) {
    for (const field of ['start', 'end'] as const) {
      const k = dateKey(key, field, t[field]?.date.value);
      if (k) draftDates.add(k);
    }
  }
  for (const [key, t] of goldTenures) {
    for (const field of ['start', 'end'] as const) {
      const k = dateKey(key, field, valueOf(t[field]));
      if (k) goldDates.add(k);
    }
  }
  const draftPredecessors = new Set(
    active.filter((t) => t.predecessor).map((t) => `${draftKeyOfId.get(t.id)} after ${draftKeyOfId.get(t.predecessor!.tenureId) ?? t.predecessor!.tenureId}`),
  );
  const goldPredecessors = new Set(
    gold.tenures.filter((t) => t.predecessor).map((t) => `${goldKeyOfId.get(t.id)} after ${goldKeyOfId.get(t.predecessor!) ?? t.predecessor}`),
  );

  const stakeKey = (owner: string, owned: string) => `${organizations.get(owner) ?? owner} owns ${organizations.get(owned) ?? owned}`;
  const draftStakes = new Set(draft.ownerships.filter((o) => !o.unsure).map((o) => `${stakeKey(o.ownerId, o.ownedId)} (${o.percentage ?? '?'} %)`));
  const goldStakes = new Set(gold.ownerships.map((o) => `${o.owner} owns ${o.owned} (${o.percentage ?? '?'} %)`));
  for (const o of draft.ownerships.filter((x) => !x.unsure)) {
    const k = dateKey(stakeKey(o.ownerId, o.ownedId), 'start', o.start?.date.value);
    if (k) draftDates.add(k);
  }
  for (const o of gold.ownerships) {
    const k = dateKey(`${o.owner} owns ${o.owned}`, 'start', valueOf(o.start));
    if (k) goldDates.add(k);
  }
  tally(counts.dates, draftDates, goldDates, 'date', mistakes);
  tally(counts.predecessors, draftPredecessors, goldPredecessors, 'predecessor', mistakes);
  tally(counts.ownerships, draftStakes, goldStakes, 'stake', mistakes);
  return {
    counts,
    unsure: { proposed: unsure.length, right: unsure.filter((t) => goldKeys.has(keyOf(t.personId, t.organizationId, t.roleKey))).length },
    mistakes,
  };
}

/** Draft id -> gold id, by id or by a name or alias the two share. */
function matchEntities(draft: readonly Named[], gold: readonly Named[]): Map<string, string> {
  const names = (e: Named) => new Set([e.name, ...e.aliases].map((n) => n.toLowerCase()));
  const matches = new Map<string, string>();
  for (const entity of draft) {
    const byId = gold.find((g) => g.id === entity.id);
    const mine = names(entity);
    const byName = gold.find((g) => [...names(g)].some((n) => mine.has(n)));
    const match = byId ?? byName;
    if (match) matches.set(entity.id, match.id);
  }
  return matches;
}

function tally(counts: Counts, proposed: Set<string>, expected: Set<string>, what: string, mistakes: string[]): void {
  for (const item of proposed) {
    if (expected.has(item)) counts.tp += 1;
    else {
      counts.fp += 1;
      mistakes.push(`wrong ${what}: ${item}`);
    }
  }
  for (const item of expected) {
    if (!proposed.has(item)) {
      counts.fn += 1;
      mistakes.push(`missed ${what}: ${item}`);
    }
  }
}
