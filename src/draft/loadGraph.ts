import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadFactSet } from '../seed/loadFactSet.js';
import { findSeedFiles } from '../seed/loadSeedFiles.js';
import { indexFactSet, type GraphIndex } from './mentions/DraftContext.js';

export interface LoadedGraph {
  graph: GraphIndex;
  /** The fact files read, and the drafts left out because the seeder would refuse them too. */
  files: string[];
  skippedDrafts: string[];
}

/**
 * What the graph holds, read from the fact files the seeder would load (the graph
 * mirrors them, so drafting needs no running Neo4j), with the seeder's own loader
 * and validation. Files still marked `draft:` are left out, as the seeder would
 * refuse them, and so is `exclude` (the file a draft is about to replace).
 */
export async function loadGraph(paths: readonly string[], options: { defaultVocabulary?: string; exclude?: string } = {}): Promise<LoadedGraph> {
  const { files } = await findSeedFiles(paths);
  const kept: string[] = [];
  const skippedDrafts: string[] = [];
  for (const file of files) {
    if (options.exclude && path.resolve(file) === path.resolve(options.exclude)) continue;
    const text = await readFile(file, 'utf8').catch(() => '');
    if (/^draft:/m.test(text)) skippedDrafts.push(file);
    else kept.push(file);
  }
  const loaded = await loadFactSet(kept, { defaultVocabulary: options.defaultVocabulary });
  return { graph: indexFactSet(loaded.facts), files: loaded.files, skippedDrafts };
}
