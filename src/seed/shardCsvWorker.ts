import { SeedValidationError, type SeedProblem } from '../domain/errors.js';
import { renderImportCsv, type ImportCsvPart } from '../graph/importCsv.js';
import { loadFactSet } from './loadFactSet.js';

/**
 * A worker thread of `exportShards`: reads, validates and renders one shard as CSV
 * text. Validation problems come back as data, since an error crossing the thread
 * boundary loses its class and its located problems.
 */
export interface ShardTask {
  shard: string;
  vocabulary: string;
}

export type ShardOutcome = { part: ImportCsvPart; tenures: number; citations: number } | { problems: SeedProblem[] };

export default async function renderShard({ shard, vocabulary }: ShardTask): Promise<ShardOutcome> {
  try {
    const { facts } = await loadFactSet([shard], { defaultVocabulary: vocabulary });
    return { part: renderImportCsv(facts), tenures: facts.tenures.length, citations: facts.citations.length };
  } catch (error) {
    if (error instanceof SeedValidationError) return { problems: [...error.problems] };
    throw error;
  }
}
