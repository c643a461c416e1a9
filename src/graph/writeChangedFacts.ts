import type { FactSet } from '../domain/FactSet.js';
import type { TransactionRunner } from './Executor.js';
import {
  add,
  applyFactRows,
  recordOrClearManifest,
  type FactWriteOptions,
  type FactWriteReport,
  type FactWriterExecutor,
  type ManifestWrite,
} from './FactWriter.js';
import { nodeLabels, type NodeLabel } from './factWriterCypher.js';
import { toFactRows, type FactRows } from './factRows.js';
import { readSeedFileKeys, readSeedManifest, type SeedManifest } from './SeedManifestStore.js';

/**
 * The incremental seed's write: of a whole, validated FactSet it writes only the nodes
 * the changed input files state now or stated before (their keys come from the
 * manifest), with the relationships those nodes own, and deletes the ones no file
 * states any more. A fact stated by several files is rewritten whole, from all of
 * them, whenever one of them changes: its row is built from the whole FactSet, so
 * facts reconciled across files stay right. Everything runs in one WRITE transaction
 * with the new manifest.
 *
 * If the manifest in the graph is no longer the one the seeder compared its inputs
 * with (another seeder committed meanwhile), the write falls back to a full one, in
 * the same transaction.
 */
export interface ChangedInputs {
  /** The manifest the inputs were compared with. */
  basedOn: SeedManifest;
  /** Inputs changed, added or removed since `basedOn`: fact files whose source text changed count as changed. */
  changedPaths: readonly string[];
}

/** Writes what `changes` touch of `facts`, and the new manifest, in one transaction. */
export async function writeChangedFacts(
  executor: FactWriterExecutor,
  facts: FactSet,
  manifest: ManifestWrite,
  changes: ChangedInputs,
  options: Pick<FactWriteOptions, 'batchSize' | 'onProgress'> = {},
): Promise<FactWriteReport> {
  const rows = toFactRows(facts);
  return executor.writeTransaction('factWriter.writeChangedFacts', async (tx) => {
    const current = await readSeedManifest(tx);
    if (!current || !isSameManifest(current, changes.basedOn)) {
      const report = await applyFactRows(tx, rows, { mutate: true, prune: true, reset: null, ...options });
      await recordOrClearManifest(tx, rows, manifest);
      return report;
    }
    const touched = await touchedKeys(tx, rows, manifest, changes.changedPaths);
    const { selected, gone } = selectRows(rows, touched);
    const report = await applyFactRows(tx, selected, { mutate: true, prune: gone, reset: null, ...options });
    countUntouched(report, rows, touched);
    const changedRecords = new Set(changes.changedPaths);
    await recordOrClearManifest(tx, rows, { ...manifest, records: manifest.records.filter((record) => changedRecords.has(record.path)) });
    return report;
  });
}

function isSameManifest(a: SeedManifest, b: SeedManifest): boolean {
  return (
    a.version === b.version && a.files.length === b.files.length && a.files.every((file, i) => file.path === b.files[i]?.path && file.hash === b.files[i]?.hash)
  );
}

/**
 * `Label:key` of every node a changed input states now or stated before, and of every
 * node no input states (the seeder attributes each node to a file; one it could not
 * is rewritten every time rather than missed).
 */
async function touchedKeys(tx: TransactionRunner, rows: FactRows, manifest: ManifestWrite, changedPaths: readonly string[]): Promise<Set<string>> {
  const previous = await readSeedFileKeys(tx, changedPaths);
  const now = new Map(manifest.records.map((record) => [record.path, record.keys]));
  const touched = new Set<string>();
  for (const path of changedPaths) for (const key of [...(previous.get(path) ?? []), ...(now.get(path) ?? [])]) touched.add(key);
  const stated = new Set(manifest.records.flatMap((record) => record.keys));
  for (const label of nodeLabels) for (const row of rows.nodes[label]) if (!stated.has(`${label}:${row.key}`)) touched.add(`${label}:${row.key}`);
  return touched;
}

/** The rows of the touched nodes (with the relationships they own), and the touched keys no row has any more, by label. */
function selectRows(rows: FactRows, touched: ReadonlySet<string>): { selected: FactRows; gone: Record<NodeLabel, string[]> } {
  const nodes = Object.fromEntries(
    nodeLabels.map((label) => [label, rows.nodes[label].filter((row) => touched.has(`${label}:${row.key}`))]),
  ) as FactRows['nodes'];
  const present = new Set(nodeLabels.flatMap((label) => rows.nodes[label].map((row) => `${label}:${row.key}`)));
  const gone = Object.fromEntries(nodeLabels.map((label) => [label, [] as string[]])) as Record<NodeLabel, string[]>;
  for (const key of touched) {
    if (present.has(key)) continue;
    const colon = key.indexOf(':');
    gone[key.slice(0, colon) as NodeLabel]?.push(key.slice(colon + 1));
  }
  return {
    selected: {
      nodes,
      relationships: rows.relationships.map(({ spec, rows: owners }) => ({ spec, rows: owners.filter((owner) => touched.has(`${spec.owner}:${owner.key}`)) })),
      keep: rows.keep,
    },
    gone,
  };
}

/** What the write did not look at is unchanged, by the manifest's word. */
function countUntouched(report: FactWriteReport, rows: FactRows, touched: ReadonlySet<string>): void {
  for (const label of nodeLabels) {
    add(report.nodes[label], { unchanged: rows.nodes[label].filter((row) => !touched.has(`${label}:${row.key}`)).length });
  }
  for (const { spec, rows: owners } of rows.relationships) {
    const untouched = owners.filter((owner) => !touched.has(`${spec.owner}:${owner.key}`));
    add(report.relationships[spec.type], { unchanged: untouched.reduce((n, owner) => n + owner.targets.length, 0) });
  }
}
