import { chunks } from '../domain/chunks.js';
import { DatabaseConstraintError } from '../domain/errors.js';
import type { FactSet } from '../domain/FactSet.js';
import type { Executor, Row, Statement, TransactionRunner } from './Executor.js';
import { toFactRows, type FactRows } from './factRows.js';
import {
  compareNodesStatement,
  compareRelationshipsStatement,
  countGraph,
  countWriterNodes,
  createNodesStatement,
  createRelationshipsStatement,
  mergeNodesStatement,
  mergeRelationshipsStatement,
  nodeLabels,
  nodeSpecs,
  pruneGone,
  pruneNotKept,
  relationshipSpecs,
  relationshipTypes,
  wipeGraph,
  type PruneStatements,
  type NodeLabel,
  type RelationshipType,
} from './factWriterCypher.js';
import { recordGraphChange } from './GraphVersionRepository.js';
import { clearSeedManifest, recordSeedManifest, type SeedFileRecord } from './SeedManifestStore.js';
import { isConstraintViolation } from './translateError.js';

/**
 * Writes a whole FactSet in one write transaction: the graph afterwards holds the
 * previous state or the complete new one, never a mix. Every node carries a content
 * hash of its stored properties; a node whose hash matches is left untouched, which
 * is how a second run knows (and reports) that nothing changed. Relationships carry
 * no properties, so their existence is their whole content: they are created, kept
 * or deleted, never updated.
 *
 * Afterwards the graph's nodes of the writer's labels are exactly the FactSet's:
 * nodes it no longer contains are deleted with their relationships. The FactSet is
 * the whole fact base (the seeder merges every fact file into one), so evidence lists,
 * which are derived from all citations of a fact, never disagree with the citations
 * in the graph. Nodes of other labels are left alone.
 */

/** What happened, or would happen, to one kind of node or relationship. */
export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface FactWriteReport {
  nodes: Record<NodeLabel, ChangeCounts>;
  relationships: Record<RelationshipType, ChangeCounts>;
  /** What `reset` wiped before writing; null without `reset`. */
  reset: { nodes: number; relationships: number } | null;
  /** False when the graph was (or would be) left exactly as it was. */
  changed: boolean;
}

/** Progress through the rows of a large FactSet, reported after every batch. */
export interface FactWriteProgress {
  done: number;
  total: number;
}

export interface FactWriteOptions {
  /** Wipe every node and relationship first, inside the same transaction. Default false. */
  reset?: boolean;
  /** Rows per UNWIND statement. Default 500. */
  batchSize?: number;
  onProgress?: (progress: FactWriteProgress) => void;
  /**
   * The seeder's manifest of the files these facts come from, recorded in the same
   * transaction. Without it, any manifest is deleted: the graph then mirrors no files.
   */
  manifest?: ManifestWrite;
}

/** The manifest the seeder records with the facts (see SeedManifestStore.ts). */
export interface ManifestWrite {
  version: string;
  /** Every input now seeded. */
  files: readonly { path: string; hash: string }[];
  /** The files whose keys are (re)written: all of them after a full write. */
  records: readonly SeedFileRecord[];
}

/** What the graph holds after a seed, counted from its rows: what an unchanged seed reports without reading the facts. */
export interface FactSummary {
  nodes: Record<NodeLabel, number>;
  relationships: Record<RelationshipType, number>;
}

/** What the writer needs of the executor. */
export type FactWriterExecutor = Pick<Executor, 'read' | 'writeTransaction'>;

/** Writes `facts` in one WRITE transaction and reports what changed. */
export async function writeFactSet(executor: FactWriterExecutor, facts: FactSet, options: FactWriteOptions = {}): Promise<FactWriteReport> {
  const rows = toFactRows(facts);
  // The driver may retry the work after a transient failure: everything is counted afresh inside it.
  return executor.writeTransaction('factWriter.writeFactSet', async (tx) => {
    const reset = options.reset ? await wipe(tx) : null;
    // Into an empty graph (a first seed, or after the reset) nothing can compare equal or
    // be pruned: every node is created without a lookup, in half the statements.
    const fresh = await isGraphEmpty(tx);
    const report = await applyFactRows(tx, rows, { mutate: true, prune: !fresh, fresh, reset, batchSize: options.batchSize, onProgress: options.onProgress });
    await recordOrClearManifest(tx, rows, options.manifest);
    return report;
  });
}

/** Records `manifest` with the summary of `rows`, or deletes any manifest when there is none. */
export async function recordOrClearManifest(tx: TransactionRunner, rows: FactRows, manifest: ManifestWrite | undefined): Promise<void> {
  if (manifest) await recordSeedManifest(tx, { ...manifest, summary: JSON.stringify(summarize(rows)) }, manifest.records);
  else await clearSeedManifest(tx);
}

/** How many nodes and relationships `rows` make. */
function summarize(rows: FactRows): FactSummary {
  const summary: FactSummary = {
    nodes: Object.fromEntries(nodeLabels.map((label) => [label, rows.nodes[label].length])) as Record<NodeLabel, number>,
    relationships: Object.fromEntries(relationshipTypes.map((type) => [type, 0])) as Record<RelationshipType, number>,
  };
  for (const { spec, rows: owners } of rows.relationships) summary.relationships[spec.type] += owners.reduce((n, o) => n + o.targets.length, 0);
  return summary;
}

/** The report of a seed that found nothing to do: everything in `summary` unchanged. */
export function unchangedReport(summary: FactSummary): FactWriteReport {
  const report = emptyReport(null);
  for (const label of nodeLabels) report.nodes[label].unchanged = summary.nodes[label] ?? 0;
  for (const type of relationshipTypes) report.relationships[type].unchanged = summary.relationships[type] ?? 0;
  return report;
}

/**
 * Creates and updates the nodes and relationships of `facts` inside a transaction the
 * caller holds, and deletes nothing outside them: for the bulk seeder, which writes a
 * fact base one closed shard after another in a single transaction, so no shard may
 * prune what another wrote. With `reset`, the graph is wiped first in the same transaction.
 */
export async function mergeFactSetInTransaction(tx: TransactionRunner, facts: FactSet, options: MergeFactSetOptions = {}): Promise<FactWriteReport> {
  return applyFactRows(tx, toFactRows(facts), {
    mutate: true,
    prune: false,
    reset: null,
    fresh: options.fresh ?? false,
    batchSize: options.batchSize,
    onProgress: options.onProgress,
  });
}

export interface MergeFactSetOptions extends Omit<FactWriteOptions, 'reset'> {
  /**
   * The graph holds none of these facts yet (a load into an empty graph): skip the
   * comparisons, which would only find nothing, and report everything as created. Default false.
   */
  fresh?: boolean;
}

/** How many nodes of the writer's labels (facts, their sources and citations) the graph holds. */
export async function countFactNodes(tx: TransactionRunner): Promise<number> {
  const [row] = await tx.run(countWriterNodes);
  return Number(row?.count ?? 0);
}

/** Whether the graph holds no node of the writer's labels, i.e. a bulk load may run `fresh`. */
export async function isGraphEmpty(tx: TransactionRunner): Promise<boolean> {
  return (await countFactNodes(tx)) === 0;
}

/** Wipes the graph inside the caller's transaction; returns what it deleted. */
export async function wipeGraphInTransaction(tx: TransactionRunner): Promise<{ nodes: number; relationships: number }> {
  return wipe(tx);
}

/**
 * Reports what `writeFactSet` would change, reading the current graph and writing
 * nothing. With `reset`, everything counts as created after the reported wipe.
 */
export async function previewFactSet(executor: FactWriterExecutor, facts: FactSet, options: FactWriteOptions = {}): Promise<FactWriteReport> {
  const rows = toFactRows(facts);
  if (options.reset) {
    const [counts] = await executor.read(countGraph);
    return allCreated(rows, { nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) });
  }
  const reader: TransactionRunner = { run: (statement, params) => executor.read(statement, params) };
  return applyFactRows(reader, rows, { mutate: false, prune: true, reset: null, batchSize: options.batchSize, onProgress: options.onProgress });
}

async function wipe(tx: TransactionRunner): Promise<{ nodes: number; relationships: number }> {
  const [counts] = await tx.run(countGraph);
  await tx.run(wipeGraph);
  return { nodes: Number(counts?.nodes ?? 0), relationships: Number(counts?.relationships ?? 0) };
}

const compareNodes = mapLabels(compareNodesStatement);
const mergeNodes = mapLabels(mergeNodesStatement);
const createNodes = mapLabels(createNodesStatement);

/** The relationship statements of every spec, built once: the same text each time, so Neo4j plans each once. */
const relationshipStatements = new Map(
  relationshipSpecs.map((spec) => [
    spec.name,
    { compare: compareRelationshipsStatement(spec), merge: mergeRelationshipsStatement(spec), create: createRelationshipsStatement(spec) },
  ]),
);

function mapLabels(build: (spec: (typeof nodeSpecs)[NodeLabel]) => Statement): Record<NodeLabel, Statement> {
  return Object.fromEntries(nodeLabels.map((label) => [label, build(nodeSpecs[label])])) as Record<NodeLabel, Statement>;
}

export interface ApplyOptions extends Pick<FactWriteOptions, 'batchSize' | 'onProgress'> {
  /** False for a preview: the same comparisons, in READ transactions, without the writes. */
  mutate: boolean;
  /**
   * Delete the graph's nodes of the writer's labels that `rows` lacks (true), only
   * those listed by label and key (an incremental seed's), or none (false).
   */
  prune: boolean | Record<NodeLabel, string[]>;
  /**
   * The caller knows none of these nodes exists yet: count everything as created without
   * comparing, and CREATE instead of MERGE. Roles still merge: every group of a bulk load
   * carries the same vocabulary.
   */
  fresh?: boolean;
  reset: FactWriteReport['reset'];
}

/** Compares and (with `mutate`) writes `rows` inside the caller's transaction; see ApplyOptions. */
export async function applyFactRows(tx: TransactionRunner, rows: FactRows, options: ApplyOptions): Promise<FactWriteReport> {
  const report = emptyReport(options.reset);
  const batchSize = options.batchSize ?? 500;
  const total = nodeLabels.reduce((n, label) => n + rows.nodes[label].length, 0) + rows.relationships.reduce((n, r) => n + r.rows.length, 0);
  let done = 0;
  const advance = (count: number) => {
    done += count;
    options.onProgress?.({ done, total });
  };

  // Pruning first, so the comparisons below see only what stays; a preview excludes it with $keep instead.
  if (options.prune === true) await prune(tx, { statements: pruneNotKept, params: { keep: rows.keep } }, report, options.mutate);
  else if (options.prune) await prune(tx, { statements: pruneGone, params: { gone: options.prune } }, report, options.mutate);

  for (const label of nodeLabels) {
    const create = options.fresh && label !== 'Role';
    for (const batch of chunks(rows.nodes[label], batchSize)) {
      const [counts] = create ? [{ created: batch.length }] : await tx.run(compareNodes[label], { rows: batch });
      add(report.nodes[label], counts);
      if (options.mutate)
        await tx.run(create ? createNodes[label] : mergeNodes[label], { rows: batch }).catch((error: unknown) => {
          throw create && isConstraintViolation(error) ? alreadyInGraph(label, error) : error;
        });
      advance(batch.length);
    }
  }

  for (const { spec, rows: owners } of rows.relationships) {
    for (const batch of chunks(owners, batchSize)) {
      const targetKeys = { rows: batch, keep: options.prune === true ? rows.keep[spec.other] : null };
      const statements = relationshipStatements.get(spec.name)!;
      const [counts] = options.fresh ? [{ created: batch.reduce((n, o) => n + o.targets.length, 0) }] : await tx.run(statements.compare, targetKeys);
      add(report.relationships[spec.type], counts);
      if (options.mutate) {
        const missing = await tx.run(options.fresh ? statements.create : statements.merge, targetKeys);
        if (missing.length > 0) throw missingTargets(spec.name, missing);
      }
      advance(batch.length);
    }
  }

  report.changed = isChanged(report);
  // Readers tell a changed graph by its version (HTTP ETags): it changes with the facts, in their transaction.
  if (options.mutate && report.changed) await recordGraphChange(tx);
  return report;
}

async function prune(
  tx: TransactionRunner,
  { statements, params }: { statements: PruneStatements; params: Record<string, unknown> },
  report: FactWriteReport,
  mutate: boolean,
): Promise<void> {
  for (const row of await tx.run(statements.countNodes, params)) {
    const label = String(row.label) as NodeLabel;
    if (label in report.nodes) report.nodes[label].deleted += Number(row.count);
  }
  for (const row of await tx.run(statements.countRelationships, params)) {
    const type = String(row.type) as RelationshipType;
    if (type in report.relationships) report.relationships[type].deleted += Number(row.count);
  }
  if (mutate) await tx.run(statements.deleteNodes, params);
}

function allCreated(rows: FactRows, reset: { nodes: number; relationships: number }): FactWriteReport {
  const report = emptyReport(reset);
  for (const label of nodeLabels) report.nodes[label].created = rows.nodes[label].length;
  for (const { spec, rows: owners } of rows.relationships) {
    report.relationships[spec.type].created += owners.reduce((n, o) => n + o.targets.length, 0);
  }
  report.changed = isChanged(report);
  return report;
}

export function isChanged(report: FactWriteReport): boolean {
  const counts = [...Object.values(report.nodes), ...Object.values(report.relationships)];
  return (report.reset?.nodes ?? 0) > 0 || counts.some((c) => c.created + c.updated + c.deleted > 0);
}

export function emptyReport(reset: FactWriteReport['reset']): FactWriteReport {
  const zero = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });
  return {
    nodes: Object.fromEntries(nodeLabels.map((l) => [l, zero()])) as Record<NodeLabel, ChangeCounts>,
    relationships: Object.fromEntries(relationshipTypes.map((t) => [t, zero()])) as Record<RelationshipType, ChangeCounts>,
    reset,
    changed: false,
  };
}

export function add(target: ChangeCounts, counts: Row | undefined): void {
  target.created += Number(counts?.created ?? 0);
  target.updated += Number(counts?.updated ?? 0);
  target.unchanged += Number(counts?.unchanged ?? 0);
  target.deleted += Number(counts?.deleted ?? 0);
}

function alreadyInGraph(label: NodeLabel, cause: unknown): DatabaseConstraintError {
  return new DatabaseConstraintError(
    `Cannot create ${label} nodes: one of their ids is already in the graph. The shards of a bulk load into an empty graph must not share fact ids; nothing of this transaction was written.`,
    { cause },
  );
}

function missingTargets(relationship: string, rows: Row[]): DatabaseConstraintError {
  const detail = rows.map((row) => `${String(row.owner)} -> ${JSON.stringify(row.missing)}`).join('; ');
  return new DatabaseConstraintError(`Cannot link ${relationship}: the target nodes do not exist (${detail}); nothing was written.`);
}
