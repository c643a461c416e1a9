import type { Statement } from './Executor.js';

/**
 * The Cypher of the fact writer. Labels, relationship types and property names come
 * from the closed sets below and are written into the statements here, once; every
 * value travels as a parameter. Nodes are matched on their stable key, never on
 * Neo4j's element id.
 */

export const nodeLabels = ['Source', 'Role', 'Person', 'Organization', 'Post', 'Tenure', 'Ownership', 'Plan', 'Activity', 'Citation'] as const;
export type NodeLabel = (typeof nodeLabels)[number];

/** How the writer stores one label: its key, and which properties Cypher must convert. */
export interface NodeSpec {
  label: NodeLabel;
  key: 'id' | 'key';
  /** Properties stored as Neo4j `date`, sent as ISO strings or null. */
  dates: readonly string[];
  /** Properties stored as lists of Neo4j `date`, sent as lists of ISO strings. */
  dateLists: readonly string[];
  /** Properties stored as integers: JavaScript numbers would arrive as floats. */
  integers: readonly string[];
}

const partialDates = (name: string) => [`${name}Earliest`, `${name}Latest`];
const bounds = ['possibleFrom', 'possibleTo', 'certainFrom', 'certainTo'];
const epochLists = ['epochs', 'possibleFroms', 'possibleTos', 'certainFroms', 'certainTos'];
const datedFact = { dates: [...partialDates('start'), ...partialDates('end'), ...bounds], dateLists: ['citedOn', ...epochLists], integers: [] };

export const nodeSpecs: Record<NodeLabel, NodeSpec> = {
  Source: { label: 'Source', key: 'id', dates: partialDates('published'), dateLists: [], integers: [] },
  Role: { label: 'Role', key: 'key', dates: [], dateLists: [], integers: [] },
  Person: { label: 'Person', key: 'id', dates: partialDates('birth'), dateLists: ['citedOn'], integers: [] },
  Organization: { label: 'Organization', key: 'id', dates: [], dateLists: ['citedOn'], integers: [] },
  Post: { label: 'Post', key: 'id', dates: [], dateLists: [], integers: [] },
  Tenure: { label: 'Tenure', key: 'id', ...datedFact },
  Ownership: { label: 'Ownership', key: 'id', ...datedFact },
  Plan: { label: 'Plan', key: 'id', dates: [], dateLists: ['citedOn'], integers: [] },
  Activity: { label: 'Activity', key: 'id', dates: [], dateLists: ['citedOn'], integers: [] },
  Citation: { label: 'Citation', key: 'id', dates: ['knownFrom'], dateLists: [], integers: ['startOffset', 'endOffset'] },
};

export const relationshipTypes = [
  'PART_OF',
  'IN',
  'OF_ROLE',
  'HOLDS',
  'OF_POST',
  'SUCCEEDED',
  'OWNS',
  'STAKE_IN',
  'CONCERNS',
  'ENGAGED_IN',
  'QUOTES',
  'CITED_BY',
] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/**
 * A relationship that belongs to one node (its owner): the writer makes the owner's
 * relationships of this type to `other` nodes exactly the listed targets. `in` means
 * the relationship points at the owner, as `(:Person)-[:HOLDS]->(:Tenure)` does.
 */
export interface RelationshipSpec {
  name: string;
  type: RelationshipType;
  owner: NodeLabel;
  other: NodeLabel;
  direction: 'out' | 'in';
}

const rel = (type: RelationshipType, owner: NodeLabel, other: NodeLabel, direction: 'out' | 'in' = 'out'): RelationshipSpec => ({
  name: `${owner}-${type}-${other}`,
  type,
  owner,
  other,
  direction,
});

/** The labels a citation can back; each gets its own CITED_BY statement so that lookups use the label's key. */
export const factLabels = ['Person', 'Organization', 'Post', 'Tenure', 'Ownership', 'Plan', 'Activity'] as const satisfies readonly NodeLabel[];
export type FactLabel = (typeof factLabels)[number];

export const relationshipSpecs: readonly RelationshipSpec[] = [
  rel('PART_OF', 'Organization', 'Organization'),
  rel('IN', 'Post', 'Organization'),
  rel('OF_ROLE', 'Post', 'Role'),
  rel('HOLDS', 'Tenure', 'Person', 'in'),
  rel('OF_POST', 'Tenure', 'Post'),
  rel('SUCCEEDED', 'Tenure', 'Tenure'),
  rel('OWNS', 'Ownership', 'Organization', 'in'),
  rel('STAKE_IN', 'Ownership', 'Organization'),
  rel('CONCERNS', 'Plan', 'Post'),
  rel('CONCERNS', 'Plan', 'Organization'),
  rel('ENGAGED_IN', 'Activity', 'Person', 'in'),
  rel('QUOTES', 'Citation', 'Source'),
  ...factLabels.map((label) => rel('CITED_BY', 'Citation', label, 'in')),
];

/** Counts how many of `$rows` would be created, updated or left unchanged. */
export function compareNodesStatement(spec: NodeSpec): Statement {
  return {
    name: `factWriter.compare${spec.label}`,
    cypher: `
      UNWIND $rows AS row
      OPTIONAL MATCH (n:${spec.label} {${spec.key}: row.key})
      RETURN count(CASE WHEN n IS NULL THEN 1 END) AS created,
             count(CASE WHEN n.contentHash IS NULL OR n.contentHash <> row.contentHash THEN n END) AS updated,
             count(CASE WHEN n.contentHash = row.contentHash THEN 1 END) AS unchanged`,
  };
}

/**
 * MERGEs `$rows` on their key and sets their properties only where the content hash
 * differs, so rewriting an unchanged fact touches nothing. `+=` with a null removes
 * the property, which is how a value that became unknown disappears.
 */
export function mergeNodesStatement(spec: NodeSpec): Statement {
  return {
    name: `factWriter.merge${spec.label}`,
    cypher: `
      UNWIND $rows AS row
      MERGE (n:${spec.label} {${spec.key}: row.key})
      WITH n, row WHERE n.contentHash IS NULL OR n.contentHash <> row.contentHash
      SET ${nodeSets(spec).join(',\n          ')}`,
  };
}

/** The assignments that store a row's properties on `n`, converting dates and integers. */
function nodeSets(spec: NodeSpec): string[] {
  return [
    'n += row.props',
    ...spec.dates.map((p) => `n.${p} = date(row.dates.${p})`),
    ...spec.dateLists.map((p) => `n.${p} = [d IN row.dateLists.${p} | date(d)]`),
    ...spec.integers.map((p) => `n.${p} = toInteger(row.integers.${p})`),
    'n.contentHash = row.contentHash',
  ];
}

/**
 * CREATEs `$rows`, for a load into a graph that holds none of them (the bulk seeder's
 * fresh load): no lookup before the write, and a key that exists after all breaks the
 * uniqueness constraint and fails the transaction instead of being merged unnoticed.
 */
export function createNodesStatement(spec: NodeSpec): Statement {
  return {
    name: `factWriter.create${spec.label}`,
    cypher: `
      UNWIND $rows AS row
      CREATE (n:${spec.label} {${spec.key}: row.key})
      SET ${nodeSets(spec).join(',\n          ')}`,
  };
}

function pattern(spec: RelationshipSpec, variable: string, other: string): string {
  return spec.direction === 'out' ? `(a)-[${variable}:${spec.type}]->(${other})` : `(a)<-[${variable}:${spec.type}]-(${other})`;
}

/** The parts both relationship statements share: the owners of `$rows`, and their relationships to drop. */
function relationshipParts(spec: RelationshipSpec, ownerClause: 'MATCH' | 'OPTIONAL MATCH') {
  const otherKey = nodeSpecs[spec.other].key;
  return {
    otherKey,
    owners: `UNWIND $rows AS row
      ${ownerClause} (a:${spec.owner} {${nodeSpecs[spec.owner].key}: row.key})`,
    // Relationships to nodes about to be pruned are counted with the pruning, not here; a null
    // $keep (the bulk seeder, which never prunes) means every other node. The OR also keeps the
    // planner from seeking all of $keep in the key index for every row instead of expanding from a.
    notListed: `${pattern(spec, 'r', `b:${spec.other}`)} WHERE NOT b.${otherKey} IN row.targets AND ($keep IS NULL OR b.${otherKey} IN $keep)`,
  };
}

/** Counts, per owner in `$rows` ({key, targets}), the relationships to create, keep and delete. */
export function compareRelationshipsStatement(spec: RelationshipSpec): Statement {
  const { otherKey, owners, notListed } = relationshipParts(spec, 'OPTIONAL MATCH');
  return {
    name: `factWriter.compare${spec.name}`,
    cypher: `
      ${owners}
      CALL (a, row) { OPTIONAL MATCH ${notListed} RETURN count(r) AS deleted }
      CALL (a, row) {
        UNWIND row.targets AS target
        OPTIONAL MATCH ${pattern(spec, 'r', `:${spec.other} {${otherKey}: target}`)}
        RETURN count(r) AS unchanged, count(CASE WHEN r IS NULL THEN 1 END) AS created
      }
      RETURN sum(created) AS created, sum(unchanged) AS unchanged, sum(deleted) AS deleted`,
  };
}

/**
 * Makes each owner's relationships exactly its `targets`: deletes the others, MERGEs
 * the listed ones. Returns the owners whose targets do not exist, so the writer can
 * refuse the whole transaction instead of silently dropping a link.
 */
export function mergeRelationshipsStatement(spec: RelationshipSpec): Statement {
  const { owners, notListed } = relationshipParts(spec, 'MATCH');
  return {
    name: `factWriter.merge${spec.name}`,
    cypher: `
      ${owners}
      CALL (a, row) { MATCH ${notListed} DELETE r }
      ${linkTargets(spec, 'MERGE')}`,
  };
}

/** Links `a` to each of `row.targets` with `verb`, then returns the owners whose targets do not exist. */
function linkTargets(spec: RelationshipSpec, verb: 'MERGE' | 'CREATE'): string {
  return `CALL (a, row) {
        UNWIND row.targets AS target
        OPTIONAL MATCH (b:${spec.other} {${nodeSpecs[spec.other].key}: target})
        FOREACH (x IN CASE WHEN b IS NULL THEN [] ELSE [b] END | ${verb} ${pattern(spec, '', 'x')})
        RETURN collect(CASE WHEN b IS NULL THEN target END) AS missing
      }
      WITH row, missing WHERE size(missing) > 0
      RETURN row.key AS owner, missing`;
}

/**
 * CREATEs each owner's relationships to its `targets`, for owners created in the same
 * fresh load (so they have none yet). Returns the owners whose targets do not exist,
 * as `mergeRelationshipsStatement` does.
 */
export function createRelationshipsStatement(spec: RelationshipSpec): Statement {
  return {
    name: `factWriter.create${spec.name}`,
    cypher: `
      ${relationshipParts(spec, 'MATCH').owners}
      ${linkTargets(spec, 'CREATE')}`,
  };
}

/**
 * Nodes of the writer's labels that the FactSet does not contain: `$keep` maps each
 * label to the keys it keeps. Every other label is left alone.
 */
const notKept = nodeLabels.map((label) => `(n:${label} AND NOT n.${nodeSpecs[label].key} IN $keep.${label})`).join('\n     OR ');

/** The statements that count and delete what a write prunes: the nodes `nodes` (a MATCH or CALL binding n) finds. */
export interface PruneStatements {
  countNodes: Statement;
  countRelationships: Statement;
  deleteNodes: Statement;
}

function pruneStatements(kind: string, nodes: string): PruneStatements {
  return {
    countNodes: { name: `factWriter.count${kind}Nodes`, cypher: `\n    ${nodes}\n    RETURN head(labels(n)) AS label, count(n) AS count` },
    // A relationship between two pruned nodes counts once.
    countRelationships: {
      name: `factWriter.count${kind}Relationships`,
      cypher: `\n    ${nodes}\n    MATCH (n)-[r]-()\n    WITH DISTINCT r\n    RETURN type(r) AS type, count(r) AS count`,
    },
    deleteNodes: { name: `factWriter.delete${kind}Nodes`, cypher: `\n    ${nodes}\n    DETACH DELETE n` },
  };
}

/** A full seed's pruning: every node of the writer's labels the FactSet lacks. */
export const pruneNotKept = pruneStatements('Pruned', `MATCH (n) WHERE ${notKept}`);

/** Whether any node of the writer's labels exists; one per label, each answered from its key index. */
export const countWriterNodes: Statement = {
  name: 'factWriter.countWriterNodes',
  cypher: `
    RETURN ${nodeLabels.map((label) => `COUNT { MATCH (n:${label}) }`).join(' + ')} AS count`,
};

export const countGraph: Statement = {
  name: 'factWriter.countGraph',
  cypher: `
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships`,
};

/** Empties the graph (data only; constraints and indexes stay) for `--reset`. */
export const wipeGraph: Statement = {
  name: 'factWriter.wipeGraph',
  cypher: `
    MATCH (n)
    DETACH DELETE n`,
};

/**
 * The nodes `$gone` names, by label (`$gone.Tenure` is a list of tenure ids): each found
 * through its label's key index, for an incremental seed that deletes what a changed or
 * removed file alone stated.
 */
const goneNodes = `CALL () {
      ${nodeLabels.map((label) => `UNWIND $gone.${label} AS key MATCH (n:${label} {${nodeSpecs[label].key}: key}) RETURN n`).join('\n      UNION ALL\n      ')}
    }`;

/** An incremental seed's pruning: the nodes `$gone` lists. */
export const pruneGone = pruneStatements('Gone', goneNodes);
