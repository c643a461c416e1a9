import { createHash } from 'node:crypto';
import type { Dated, StatedDate } from '../domain/entities.js';
import { statedFactsByLabel, type FactSet } from '../domain/FactSet.js';
import { reconcileOwnership, reconcileTenure } from '../domain/reconcileFacts.js';
import { reasonIn, type Reason } from '../domain/reasons.js';
import { searchTextOf } from '../domain/searchText.js';
import { knowledgeDays } from '../domain/statements.js';
import { certainInterval, knowledgeEpochs, possibleInterval, statusOf, type ClosedInterval, type Interval, type KnowledgeEpoch } from '../domain/temporal.js';
import { factLabels, nodeLabels, relationshipSpecs, type FactLabel, type NodeLabel, type RelationshipSpec } from './factWriterCypher.js';

/**
 * Maps a FactSet to the parameter rows of the fact writer's statements: one row per
 * node with its properties (dates as ISO strings, turned into Neo4j dates in Cypher)
 * and a content hash, and per relationship kind one row per owner with its targets.
 */

type Scalar = string | number | boolean | null;
type PropValue = Scalar | string[];

export interface NodeRow {
  key: string;
  /** sha256 of everything below; equal hashes mean there is nothing to write. */
  contentHash: string;
  props: Record<string, PropValue>;
  dates: Record<string, string | null>;
  dateLists: Record<string, string[]>;
  integers: Record<string, number>;
}

export interface OwnerRow {
  key: string;
  targets: string[];
}

export interface FactRows {
  nodes: Record<NodeLabel, NodeRow[]>;
  relationships: { spec: RelationshipSpec; rows: OwnerRow[] }[];
  /** The keys of every label: the nodes the graph keeps. */
  keep: Record<NodeLabel, string[]>;
}

// Bump when the stored form of a node changes, so every node is rewritten once.
const hashVersion = 2;

function nodeRow(key: string, parts: Omit<NodeRow, 'key' | 'contentHash'>): NodeRow {
  const contentHash = createHash('sha256')
    .update(stableJson({ v: hashVersion, ...parts }))
    .digest('hex');
  return { key, contentHash, ...parts };
}

/** JSON with object keys sorted, so equal content always hashes alike. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const sortedDistinct = (dates: readonly string[]) => [...new Set(dates)].sort();

/**
 * Open ends of the stored bounds. The bounds exist for Cypher to pick facts by day
 * (`possibleFrom <= $at <= possibleTo`), and a list property cannot hold a null, so an
 * open possible end is stored as the first or last day Neo4j's calendar knows, and an
 * empty certain interval as the empty span from the last to the first. They are never
 * read back as dates of the world: the reconciled dates are.
 */
export const openPast = '0001-01-01';
export const openFuture = '9999-12-31';

/**
 * A reconciled reason as a property, for Cypher and Neo4j Browser: in English where it is
 * given in both languages. The API reads each language from the stored statements.
 */
const storedReason = (reason: Reason | null) => (reason === null ? null : reasonIn(reason, 'en'));

function statedDateProps(name: string, date: StatedDate | null) {
  return {
    props: {
      [`${name}Value`]: date?.value ?? null,
      [`${name}Precision`]: date?.precision ?? null,
      [`${name}Inference`]: storedReason(date?.inference ?? null),
    },
    dates: { [`${name}Earliest`]: date?.earliest ?? null, [`${name}Latest`]: date?.latest ?? null },
  };
}

/** The bounds of a fact as the interval rules give them, open ends as `openPast`/`openFuture`. */
function boundsOf(certain: ClosedInterval | null, possible: Interval) {
  return {
    possibleFrom: possible.from ?? openPast,
    possibleTo: possible.to ?? openFuture,
    certainFrom: certain?.from ?? openFuture,
    certainTo: certain?.to ?? openPast,
  };
}

/**
 * A dated fact's reconciled values and its bounds: with all sources (`possibleFrom`, …),
 * and per knowledge epoch as parallel lists (`epochs`, `possibleFroms`, …), so that a
 * query asking "as known on K" reads the entries of the last epoch on or before K.
 */
function datedRow<T extends Dated & { citedOn: string[]; disputed: string[]; statements: unknown[] }>(
  key: string,
  fact: T,
  epochs: (KnowledgeEpoch & { view: T })[],
  props: Record<string, PropValue>,
  extraLists: Record<string, string[]> = {},
) {
  const s = statedDateProps('start', fact.start);
  const e = statedDateProps('end', fact.end);
  const epochBounds = epochs.map((epoch) => boundsOf(epoch.certain, epoch.possible));
  return nodeRow(key, {
    props: { ...props, ...s.props, ...e.props, disputed: fact.disputed, statements: JSON.stringify(fact.statements), ...extraLists },
    dates: { ...s.dates, ...e.dates, ...boundsOf(certainInterval(fact), possibleInterval(fact)) },
    dateLists: {
      citedOn: sortedDistinct(fact.citedOn),
      epochs: epochs.map((epoch) => epoch.knownFrom),
      possibleFroms: epochBounds.map((b) => b.possibleFrom),
      possibleTos: epochBounds.map((b) => b.possibleTo),
      certainFroms: epochBounds.map((b) => b.certainFrom),
      certainTos: epochBounds.map((b) => b.certainTo),
    },
    integers: {},
  });
}

const noExtras = { dates: {}, dateLists: {}, integers: {} };

/** Builds the writer's rows from a validated FactSet. */
export function toFactRows(facts: FactSet): FactRows {
  const nodes: Record<NodeLabel, NodeRow[]> = {
    Source: facts.sources.map((s) =>
      nodeRow(s.id, {
        props: {
          title: s.title,
          publisher: s.publisher,
          url: s.url,
          author: s.author,
          language: s.language,
          text: s.text,
          photoCredit: s.photoCredit,
          publishedValue: s.published.value,
          publishedPrecision: s.published.precision,
        },
        dates: { publishedEarliest: s.published.earliest, publishedLatest: s.published.latest },
        dateLists: {},
        integers: {},
      }),
    ),
    Role: facts.roles.map((r) =>
      nodeRow(r.key, { props: { en: r.en, deMasculine: r.de.masculine, deFeminine: r.de.feminine, deNeutral: r.de.neutral }, ...noExtras }),
    ),
    Person: facts.people.map((p) => {
      const birth = statedDateProps('birth', p.birth);
      return nodeRow(p.id, {
        props: {
          name: p.name,
          aliases: p.aliases,
          misnamedAs: p.misnamings.map((m) => m.name),
          searchText: searchTextOf([p.name, ...p.aliases, ...p.misnamings.map((m) => m.name)]),
          honorific: p.honorific,
          gender: p.gender,
          genderInference: storedReason(p.genderInference),
          disputed: p.disputed,
          statements: JSON.stringify(p.statements),
          ...birth.props,
        },
        dates: birth.dates,
        dateLists: { citedOn: sortedDistinct(p.citedOn) },
        integers: {},
      });
    }),
    Organization: facts.organizations.map((o) =>
      nodeRow(o.id, {
        props: {
          name: o.name,
          aliases: o.aliases,
          searchText: searchTextOf([o.name, ...o.aliases], { compounds: true }),
          kind: o.kind,
          status: o.status,
          descriptionDe: o.description?.de ?? null,
          descriptionEn: o.description?.en ?? null,
          legalForm: o.legalForm,
          seat: o.seat,
          disputed: o.disputed,
          statements: JSON.stringify(o.statements),
          analystIdentifiers: JSON.stringify(o.identifiers.filter((i) => i.sourceId === null).map(({ scheme, value }) => ({ scheme, value }))),
        },
        dates: {},
        dateLists: { citedOn: sortedDistinct(o.citedOn) },
        integers: {},
      }),
    ),
    Post: facts.posts.map((p) => nodeRow(p.id, { props: { roleKey: p.roleKey, organizationId: p.organizationId }, ...noExtras })),
    Tenure: facts.tenures.map((t) => {
      const identity = { id: t.id, personId: t.personId, postId: t.postId, postOrganizationId: t.organizationId };
      const epochs = knowledgeEpochs(knowledgeDays(t.statements), (day) => reconcileTenure(identity, t.statements, day));
      return datedRow(
        t.id,
        t,
        epochs,
        { capacity: t.capacity, planned: t.planned, inference: storedReason(t.inference) },
        { statuses: epochs.map((epoch) => statusOf(epoch.view)) },
      );
    }),
    Ownership: facts.ownerships.map((o) => {
      const epochs = knowledgeEpochs(knowledgeDays(o.statements), (day) => reconcileOwnership(o, o.statements, day));
      return datedRow(o.id, o, epochs, { percentage: o.percentage });
    }),
    Plan: facts.plans.map((p) =>
      nodeRow(p.id, {
        props: { descriptionDe: p.description.de, descriptionEn: p.description.en, statements: JSON.stringify(p.statements) },
        dates: {},
        dateLists: { citedOn: sortedDistinct(p.citedOn) },
        integers: {},
      }),
    ),
    Activity: facts.activities.map((a) =>
      nodeRow(a.id, {
        props: { descriptionDe: a.description.de, descriptionEn: a.description.en, statements: JSON.stringify(a.statements) },
        dates: {},
        dateLists: { citedOn: sortedDistinct(a.citedOn) },
        integers: {},
      }),
    ),
    Citation: facts.citations.map((c) =>
      nodeRow(c.id, {
        props: { quote: c.quote, supports: c.supports, factId: c.factId },
        dates: { knownFrom: c.knownFrom },
        dateLists: {},
        integers: { startOffset: c.startOffset, endOffset: c.endOffset },
      }),
    ),
  };

  const factLabelOf = new Map<string, FactLabel>();
  const factKinds: [FactLabel, readonly { id: string }[]][] = [['Post', facts.posts], ...statedFactsByLabel(facts)];
  for (const [label, list] of factKinds) for (const fact of list) factLabelOf.set(fact.id, label);
  const uncited = facts.citations.find((c) => !factLabelOf.has(c.factId));
  // The seeder's validation rules this out; a FactSet built elsewhere must not lose a citation silently.
  if (uncited) throw new RangeError(`Citation ${uncited.id} backs ${JSON.stringify(uncited.factId)}, which is no fact of this FactSet.`);

  const postIds = new Set(facts.posts.map((p) => p.id));
  const targetsBySpec: Record<string, OwnerRow[]> = {
    'Organization-PART_OF-Organization': facts.organizations.map((o) => owner(o.id, o.partOfId)),
    'Post-IN-Organization': facts.posts.map((p) => owner(p.id, p.organizationId)),
    'Post-OF_ROLE-Role': facts.posts.map((p) => owner(p.id, p.roleKey)),
    'Tenure-HOLDS-Person': facts.tenures.map((t) => owner(t.id, t.personId)),
    'Tenure-OF_POST-Post': facts.tenures.map((t) => owner(t.id, t.postId)),
    'Tenure-SUCCEEDED-Tenure': facts.tenures.map((t) => owner(t.id, t.predecessorId)),
    'Ownership-OWNS-Organization': facts.ownerships.map((o) => owner(o.id, o.ownerId)),
    'Ownership-STAKE_IN-Organization': facts.ownerships.map((o) => owner(o.id, o.ownedId)),
    'Plan-CONCERNS-Post': facts.plans.map((p) => ({ key: p.id, targets: p.concerns.filter((id) => postIds.has(id)) })),
    'Plan-CONCERNS-Organization': facts.plans.map((p) => ({ key: p.id, targets: p.concerns.filter((id) => !postIds.has(id)) })),
    'Activity-ENGAGED_IN-Person': facts.activities.map((a) => owner(a.id, a.personId)),
    'Citation-QUOTES-Source': facts.citations.map((c) => owner(c.id, c.sourceId)),
  };
  for (const label of factLabels) {
    targetsBySpec[`Citation-CITED_BY-${label}`] = facts.citations.filter((c) => factLabelOf.get(c.factId) === label).map((c) => owner(c.id, c.factId));
  }

  return {
    nodes,
    relationships: relationshipSpecs.map((spec) => ({ spec, rows: targetsBySpec[spec.name] ?? [] })),
    keep: Object.fromEntries(nodeLabels.map((label) => [label, nodes[label].map((row) => row.key)])) as Record<NodeLabel, string[]>,
  };
}

function owner(key: string, target: string | null): OwnerRow {
  return { key, targets: target === null ? [] : [target] };
}
