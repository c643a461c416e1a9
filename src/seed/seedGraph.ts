import type { FactSet } from '../domain/FactSet.js';
import { previewFactSet, writeFactSet, type FactWriteProgress, type FactWriteReport, type FactWriterExecutor } from '../graph/FactWriter.js';
import { assertGraphSchema, type SchemaExecutor } from '../graph/graphSchema.js';
import { loadFactSet, type LoadFactSetOptions } from './loadFactSet.js';

export interface SeedOptions extends LoadFactSetOptions {
  /** Validate and report what would change; write nothing (not even the schema). Default false. */
  dryRun?: boolean;
  /** Wipe the graph first, in the same transaction as the load. Default false. */
  reset?: boolean;
  onProgress?: (progress: FactWriteProgress) => void;
}

export interface SeedResult {
  files: string[];
  facts: FactSet;
  report: FactWriteReport;
  dryRun: boolean;
  durationMs: number;
}

/**
 * parse -> validate -> FactSet -> write. Validation happens before anything touches
 * the graph: a SeedValidationError means the graph is exactly as it was. Then the
 * schema is asserted and the whole FactSet is written in one transaction (or, for a
 * dry run, compared with the graph in reads only).
 */
export async function seedGraph(executor: FactWriterExecutor & SchemaExecutor, paths: readonly string[], options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const { facts, files } = await loadFactSet(paths, options);
  const writeOptions = { reset: options.reset ?? false, onProgress: options.onProgress };
  let report: FactWriteReport;
  if (options.dryRun) {
    report = await previewFactSet(executor, facts, writeOptions);
  } else {
    await assertGraphSchema(executor);
    report = await writeFactSet(executor, facts, writeOptions);
  }
  return { files, facts, report, dryRun: options.dryRun ?? false, durationMs: performance.now() - started };
}
