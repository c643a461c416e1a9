import { DatabaseQueryError } from '../domain/errors.js';
import type { Executor, Statement } from './Executor.js';

/**
 * The constraints and indexes rolegraph relies on, declared once and asserted at
 * start-up and before every seed. Each statement is idempotent (`IF NOT EXISTS`), so
 * asserting an up-to-date graph changes nothing.
 */

/** One index or constraint, by the name Neo4j knows it under. */
interface SchemaItem {
  name: string;
  kind: 'constraint' | 'index';
  statement: Statement;
}

const unique = (name: string, label: string, key: string): SchemaItem => ({
  name,
  kind: 'constraint',
  statement: {
    name: `schema.${name}`,
    cypher: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.${key} IS UNIQUE`,
  },
});

const range = (name: string, label: string, property: string): SchemaItem => ({
  name,
  kind: 'index',
  statement: { name: `schema.${name}`, cypher: `CREATE RANGE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})` },
});

/**
 * The analyzer of the name index. Lucene's German analyzer folds umlauts and their
 * transliterations alike (GermanNormalizationFilter: "Württemberg", "Wuerttemberg"
 * and "Wurttemberg" become one term, "ß" becomes "ss"), and its light stemmer lets
 * the genitive that German articles put on names ("des Gemeindetags") find the name.
 * Stemming applies to queries and names alike, so an exact name always matches; its
 * stop words ("von", "der") are dropped from both sides, which costs little in names.
 * `standard-folding` would fold "ü" to "u" but not "ue", and keeps the genitive "s".
 */
export const entityNamesAnalyzer = 'german';

/** The full-text index over the names and aliases of people and organisations. */
export const entityNamesIndex = 'entityNames';

const fullText: SchemaItem = {
  name: entityNamesIndex,
  kind: 'index',
  statement: {
    name: `schema.${entityNamesIndex}`,
    // The analyzer name is a fixed constant of this module, not a value from outside.
    cypher: `CREATE FULLTEXT INDEX ${entityNamesIndex} IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.searchText]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: '${entityNamesAnalyzer}', \`fulltext.eventually_consistent\`: false } }`,
  },
};

/** Every constraint and index, in the order they are created. */
export const graphSchemaItems: readonly SchemaItem[] = [
  unique('source_id', 'Source', 'id'),
  unique('person_id', 'Person', 'id'),
  unique('organization_id', 'Organization', 'id'),
  unique('role_key', 'Role', 'key'),
  unique('post_id', 'Post', 'id'),
  unique('tenure_id', 'Tenure', 'id'),
  unique('ownership_id', 'Ownership', 'id'),
  unique('citation_id', 'Citation', 'id'),
  unique('plan_id', 'Plan', 'id'),
  unique('activity_id', 'Activity', 'id'),
  // The one node holding the graph's version: the constraint keeps two seeders at once from making two.
  unique('graph_version_id', 'GraphVersion', 'id'),
  // The seeder's manifest of what it loaded (SeedManifestStore.ts): one node, and one per input file.
  unique('seed_manifest_id', 'SeedManifest', 'id'),
  unique('seed_file_path', 'SeedFile', 'path'),
  range('tenure_start_earliest', 'Tenure', 'startEarliest'),
  range('tenure_end_latest', 'Tenure', 'endLatest'),
  range('post_organization_id', 'Post', 'organizationId'),
  range('post_role_key', 'Post', 'roleKey'),
  range('citation_known_from', 'Citation', 'knownFrom'),
  // Every fact's sources are found by the fact's id: without it, each lookup scans all citations.
  range('citation_fact_id', 'Citation', 'factId'),
  fullText,
];

const awaitIndexes: Statement = { name: 'schema.awaitIndexes', cypher: 'CALL db.awaitIndexes($seconds)' };

// SHOW commands cannot run inside subqueries, so constraints and indexes are listed apart.
const listConstraints: Statement = {
  name: 'schema.listConstraints',
  cypher: 'SHOW CONSTRAINTS YIELD name RETURN name',
};

const listIndexes: Statement = {
  name: 'schema.listIndexes',
  cypher: "SHOW INDEXES YIELD name, state, options RETURN name, state, options.indexConfig['fulltext.analyzer'] AS analyzer",
};

/** What `assertGraphSchema` needs of the executor. */
export type SchemaExecutor = Pick<Executor, 'read' | 'write'>;

/**
 * Creates every missing constraint and index, waits until they are online, and checks
 * that each exists under its name, with the German analyzer on `entityNames`. Throws
 * a DatabaseQueryError naming what is missing or different (an index created by hand
 * under one of these names is not silently accepted). What exists is listed first, in
 * two reads, so an up-to-date graph costs no schema transaction at all.
 */
export async function assertGraphSchema(executor: SchemaExecutor, options: { timeoutSeconds?: number } = {}): Promise<void> {
  const constraints = (await executor.read(listConstraints)).map((row) => String(row.name));
  const indexes = await executor.read(listIndexes);
  const present = new Set([...constraints, ...indexes.map((row) => String(row.name))]);
  const missing = graphSchemaItems.filter((item) => !present.has(item.name));
  // One statement per transaction: Neo4j keeps schema changes out of transactions that do anything else.
  for (const item of missing) await executor.write(item.statement);
  if (missing.length > 0 || indexes.some((row) => row.state !== 'ONLINE')) await executor.write(awaitIndexes, { seconds: options.timeoutSeconds ?? 60 });
  await checkGraphSchema(executor);
}

/**
 * Checks, in reads only, that every constraint and index exists and is online, with
 * the German analyzer on `entityNames`; throws a DatabaseQueryError naming what is
 * missing or different. The API runs this check first, so that on a graph the seeder
 * prepared it needs no write permission at all.
 */
export async function checkGraphSchema(executor: Pick<Executor, 'read'>): Promise<void> {
  const constraints = new Set((await executor.read(listConstraints)).map((row) => row.name));
  const indexes = new Map((await executor.read(listIndexes)).map((row) => [row.name, row]));
  const problems: string[] = [];
  for (const item of graphSchemaItems) {
    const present = item.kind === 'constraint' ? constraints.has(item.name) : indexes.get(item.name)?.state === 'ONLINE';
    if (!present) problems.push(`${item.kind} ${item.name} is missing or not online`);
  }
  const analyzer = indexes.get(entityNamesIndex)?.analyzer;
  if (analyzer !== undefined && analyzer !== entityNamesAnalyzer) {
    problems.push(
      `full-text index ${entityNamesIndex} uses analyzer ${JSON.stringify(analyzer)}, expected ${entityNamesAnalyzer}; drop it to have it recreated`,
    );
  }
  if (problems.length > 0) throw new DatabaseQueryError(`The graph schema is not as rolegraph needs it: ${problems.join('; ')}.`);
}
