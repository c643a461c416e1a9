import type { Executor, Statement, TransactionRunner } from './Executor.js';

/**
 * What the seeder last loaded, kept in the graph next to the facts: the version of the
 * seeder's rules and schema, and per input file (fact file, source text, role
 * vocabulary) its content hash and the nodes it stated. Written in the transaction
 * that writes the facts, so it always describes the graph as committed: a seed that
 * fails leaves the previous manifest, and the next seed redoes the work.
 *
 * Any other writer of facts (the bulk seeder, a FactSet written directly) deletes the
 * manifest in its transaction, since the graph then no longer mirrors a set of files.
 * The bulk seeders also leave a `BulkLoad` marker: a graph loaded in bulk is not one a
 * seed of files may mirror, since mirroring would delete the bulk facts.
 */

/** One input file as the seeder loaded it. */
export interface SeedFileRecord {
  /** Resolved path. */
  path: string;
  /** sha256 of the file's bytes. */
  hash: string;
  /** The nodes this file states, as `Label:key` (empty for a source text: its fact file names them). */
  keys: string[];
}

/** The manifest as the fast path reads it: one node, no keys. */
export interface SeedManifest {
  version: string;
  files: { path: string; hash: string }[];
  /** What the graph holds, as the seeder counted it when it wrote the manifest (JSON of the seeder's own shape). */
  summary: string;
}

const manifestId = 'seed';
const bulkLoadId = 'bulk';

export const seedManifestCypher = {
  // The manifest and the bulk marker in one read: the one statement of an unchanged seed.
  read: {
    name: 'seedManifest.read',
    cypher: `
      OPTIONAL MATCH (m:SeedManifest {id: $id})
      OPTIONAL MATCH (b:BulkLoad {id: $bulkId})
      RETURN m.version AS version, m.files AS files, m.hashes AS hashes, m.summary AS summary, b IS NOT NULL AS bulkLoaded`,
  },
  readKeys: {
    name: 'seedManifest.readKeys',
    cypher: `
      UNWIND $paths AS path
      MATCH (f:SeedFile {path: path})
      RETURN f.path AS path, f.keys AS keys`,
  },
  // The files no longer seeded lose their record; the changed ones get theirs (re)written.
  record: {
    name: 'seedManifest.record',
    cypher: `
      MERGE (m:SeedManifest {id: $id})
      SET m.version = $version, m.files = $files, m.hashes = $hashes, m.summary = $summary
      WITH m
      CALL (m) { MATCH (f:SeedFile) WHERE NOT f.path IN m.files DELETE f }
      UNWIND $records AS record
      MERGE (f:SeedFile {path: record.path})
      SET f.hash = record.hash, f.keys = record.keys`,
  },
  markBulkLoad: {
    name: 'seedManifest.markBulkLoad',
    // Only the marker: a bulk seed run twice leaves the graph exactly as the first run did.
    cypher: `
      MERGE (:BulkLoad {id: $id})`,
  },
  clear: {
    name: 'seedManifest.clear',
    cypher: `
      CALL () { MATCH (m:SeedManifest) DELETE m }
      CALL () { MATCH (f:SeedFile) DELETE f }`,
  },
} satisfies Record<string, Statement>;

/** Reads in a READ transaction of its own, as the fast path does: `readSeedManifest(readerOf(executor))`. */
export function readerOf(executor: Pick<Executor, 'read'>): TransactionRunner {
  return { run: (statement, params) => executor.read(statement, params) };
}

/**
 * What the seeder finds in the graph, in one read: the manifest (null when no seeder
 * recorded one, or another writer cleared it), and whether a bulk seeder loaded it.
 */
export async function readSeedState(tx: TransactionRunner): Promise<{ manifest: SeedManifest | null; bulkLoaded: boolean }> {
  const [row] = await tx.run(seedManifestCypher.read, { id: manifestId, bulkId: bulkLoadId });
  const bulkLoaded = row?.bulkLoaded === true;
  if (row?.version == null) return { manifest: null, bulkLoaded };
  const paths = row.files as string[];
  const hashes = row.hashes as string[];
  const manifest = { version: String(row.version), files: paths.map((path, i) => ({ path, hash: hashes[i] ?? '' })), summary: String(row.summary ?? '') };
  return { manifest, bulkLoaded };
}

/** The manifest alone (see `readSeedState`). One read. */
export async function readSeedManifest(tx: TransactionRunner): Promise<SeedManifest | null> {
  return (await readSeedState(tx)).manifest;
}

/** The keys each of `paths` stated when it was recorded; a path without a record is absent. */
export async function readSeedFileKeys(tx: TransactionRunner, paths: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await tx.run(seedManifestCypher.readKeys, { paths });
  return new Map(rows.map((row) => [String(row.path), (row.keys as string[] | null) ?? []]));
}

/**
 * Records the manifest inside the transaction that wrote the facts: `files` is every
 * input now seeded (path and hash), `records` the files whose keys are (re)written.
 */
export async function recordSeedManifest(
  tx: TransactionRunner,
  manifest: { version: string; files: readonly { path: string; hash: string }[]; summary: string },
  records: readonly SeedFileRecord[],
): Promise<void> {
  await tx.run(seedManifestCypher.record, {
    id: manifestId,
    version: manifest.version,
    files: manifest.files.map((f) => f.path),
    hashes: manifest.files.map((f) => f.hash),
    summary: manifest.summary,
    records,
  });
}

/** Deletes the manifest inside a transaction that changes facts some other way. */
export async function clearSeedManifest(tx: TransactionRunner): Promise<void> {
  await tx.run(seedManifestCypher.clear);
}

/** Inside a bulk load's transaction: the manifest goes, and the graph is marked as loaded in bulk. */
export async function recordBulkLoad(tx: TransactionRunner): Promise<void> {
  await clearSeedManifest(tx);
  await tx.run(seedManifestCypher.markBulkLoad, { id: bulkLoadId });
}
