import { createHash } from 'node:crypto';
import type { Evidence, StatedDate } from '../domain/entities.js';
import type { FactSet } from '../domain/FactSet.js';
import { searchTextOf } from '../domain/searchText.js';
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
const hashVersion = 1;

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

function statedDateProps(name: string, date: StatedDate | null) {
  return {
    props: {
      [`${name}Value`]: date?.value ?? null,
      [`${name}Precision`]: date?.precision ?? null,
      [`${name}Inference`]: date?.inference ?? null,
    },
    dates: { [`${name}Earliest`]: date?.earliest ?? null, [`${name}Latest`]: date?.latest ?? null },
  };
}

function evidenceLists(evidence: Evidence): Record<string, string[]> {
  return {
    citedOn: sortedDistinct(evidence.citedOn),
    confirmedOn: sortedDistinct(evidence.confirmedOn),
    startCitedOn: sortedDistinct(evidence.startCitedOn),
    endCitedOn: sortedDistinct(evidence.endCitedOn),
  };
}

function intervalRow(key: string, start: StatedDate | null, end: StatedDate | null, props: Record<string, PropValue>, dateLists: Record<string, string[]>) {
  const s = statedDateProps('start', start);
  const e = statedDateProps('end', end);
  return nodeRow(key, { props: { ...props, ...s.props, ...e.props }, dates: { ...s.dates, ...e.dates }, dateLists, integers: {} });
}

const noExtras = { dates: {}, dateLists: {}, integers: {} };

/** Builds the writer's rows from a validated FactSet. */
export function toFactRows(facts: FactSet): FactRows {
  const nodes: Record<NodeLabel, NodeRow[]> = {
    Source: facts.sources.map((s) =>
      nodeRow(s.id, {
        props: { title: s.title, publisher: s.publisher, url: s.url, author: s.author, language: s.language, text: s.text, photoCredit: s.photoCredit },
        dates: { publishedOn: s.publishedOn },
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
          searchText: searchTextOf([p.name, ...p.aliases]),
          honorific: p.honorific,
          gender: p.gender,
          genderInference: p.genderInference,
          ...birth.props,
        },
        dates: birth.dates,
        dateLists: {},
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
        },
        ...noExtras,
      }),
    ),
    Post: facts.posts.map((p) => nodeRow(p.id, { props: { roleKey: p.roleKey, organizationId: p.organizationId }, ...noExtras })),
    Tenure: facts.tenures.map((t) =>
      intervalRow(t.id, t.start, t.end, { capacity: t.capacity, planned: t.planned, inference: t.inference ?? null }, {
        ...evidenceLists(t.evidence),
        predecessorCitedOn: sortedDistinct(t.predecessorCitedOn),
      }),
    ),
    Ownership: facts.ownerships.map((o) => intervalRow(o.id, o.start, o.end, { percentage: o.percentage }, evidenceLists(o.evidence))),
    Plan: facts.plans.map((p) => nodeRow(p.id, { props: { descriptionDe: p.description.de, descriptionEn: p.description.en }, ...noExtras })),
    Activity: facts.activities.map((a) =>
      nodeRow(a.id, {
        props: { descriptionDe: a.description.de, descriptionEn: a.description.en },
        dates: {},
        dateLists: { confirmedOn: sortedDistinct(a.confirmedOn) },
        integers: {},
      }),
    ),
    Citation: facts.citations.map((c) =>
      nodeRow(c.id, {
        props: { quote: c.quote, supports: c.supports, factId: c.factId },
        dates: { publishedOn: c.publishedOn },
        dateLists: {},
        integers: { startOffset: c.startOffset, endOffset: c.endOffset },
      }),
    ),
  };

  const factLabelOf = new Map<string, FactLabel>();
  const factKinds: [FactLabel, { id: string }[]][] = [
    ['Person', facts.people],
    ['Organization', facts.organizations],
    ['Post', facts.posts],
    ['Tenure', facts.tenures],
    ['Ownership', facts.ownerships],
    ['Plan', facts.plans],
    ['Activity', facts.activities],
  ];
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
