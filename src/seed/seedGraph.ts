import {
  previewFactSet,
  unchangedReport,
  writeFactSet,
  type FactSummary,
  type FactWriteProgress,
  type FactWriteReport,
  type FactWriterExecutor,
} from '../graph/FactWriter.js';
import { assertGraphSchema, type SchemaExecutor } from '../graph/graphSchema.js';
import { readerOf, readSeedState } from '../graph/SeedManifestStore.js';
import { BulkLoadedGraphError } from '../domain/errors.js';
import { writeChangedFacts } from '../graph/writeChangedFacts.js';
import { attributeKeys, withTextChanges } from './attributeKeys.js';
import { loadFactSet, type LoadFactSetOptions } from './loadFactSet.js';
import { changedInputs, findSeedInputs, hashSeedInputs, isSeedUnchanged } from './seedInputs.js';

export interface SeedOptions extends LoadFactSetOptions {
  /** Validate and report what would change; write nothing (not even the schema). Default false. */
  dryRun?: boolean;
  /** Wipe the graph first, in the same transaction as the load. Default false. */
  reset?: boolean;
  onProgress?: (progress: FactWriteProgress) => void;
}

export interface SeedResult {
  /** The fact files seeded. */
  files: string[];
  sources: number;
  citations: number;
  report: FactWriteReport;
  /**
   * How the graph was brought up to date: `none` when the manifest showed every input
   * unchanged (one read, nothing parsed or written), `changes` when only what changed
   * inputs state was written, `full` when everything was compared and written.
   */
  write: 'none' | 'changes' | 'full';
  dryRun: boolean;
  durationMs: number;
}

/**
 * find and hash inputs -> (unchanged: done) -> parse -> validate -> FactSet -> write.
 *
 * The graph holds a manifest of the inputs it was seeded from (SeedManifestStore.ts).
 * When every input file hashes as recorded and the seeder is the same, the seed is one
 * read query. Otherwise every file is parsed and validated, as always, before anything
 * touches the graph: a SeedValidationError means the graph is exactly as it was. With
 * a manifest of the same seeder, only the nodes the changed files state (now or
 * before) are written; without one, or with `reset`, the schema is asserted and the
 * whole FactSet written. Either way in one transaction with the new manifest. A dry
 * run compares the whole FactSet with the graph in reads only.
 */
export async function seedGraph(executor: FactWriterExecutor & SchemaExecutor, paths: readonly string[], options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const done = (result: Omit<SeedResult, 'durationMs' | 'dryRun'>): SeedResult => ({
    ...result,
    dryRun: options.dryRun ?? false,
    durationMs: performance.now() - started,
  });
  const found = await findSeedInputs(paths, options.defaultVocabulary);
  // A dry run and a reset compare or replace everything, bulk load or not; any other seed reads the graph's state once.
  const state = options.dryRun || options.reset ? null : await readSeedState(readerOf(executor));
  if (state?.bulkLoaded) throw new BulkLoadedGraphError();
  const manifest = found.complete ? (state?.manifest ?? null) : null;
  if (manifest && (await isSeedUnchanged(manifest, found))) {
    const summary = JSON.parse(manifest.summary) as FactSummary;
    return done({ files: found.found, sources: summary.nodes.Source, citations: summary.nodes.Citation, report: unchangedReport(summary), write: 'none' });
  }

  const { facts, files, origins } = await loadFactSet(paths, options);
  const counts = { files, sources: facts.sources.length, citations: facts.citations.length };
  const writeOptions = { onProgress: options.onProgress };
  if (options.dryRun) return done({ ...counts, report: await previewFactSet(executor, facts, { reset: options.reset }), write: 'full' });

  const inputs = await hashSeedInputs([...found.paths, ...origins.flatMap((origin) => (origin.textFile === null ? [] : [origin.textFile]))]);
  const record = { version: inputs.version, files: inputs.files, records: attributeKeys(origins, facts, inputs.files) };
  if (manifest && manifest.version === inputs.version) {
    const changedPaths = withTextChanges(changedInputs(manifest, inputs), origins);
    return done({ ...counts, report: await writeChangedFacts(executor, facts, record, { basedOn: manifest, changedPaths }, writeOptions), write: 'changes' });
  }
  await assertGraphSchema(executor);
  return done({ ...counts, report: await writeFactSet(executor, facts, { ...writeOptions, reset: options.reset ?? false, manifest: record }), write: 'full' });
}
