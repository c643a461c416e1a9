import path from 'node:path';
import { SeedValidationError, type SeedProblem } from '../domain/errors.js';
import type { FactSet } from '../domain/FactSet.js';
import { assembleFactSet } from './assembleFactSet.js';
import { originsOf, type InputOrigin } from './attributeKeys.js';
import { findSeedFiles, loadSeedFiles } from './loadSeedFiles.js';

export interface LoadFactSetOptions {
  /**
   * The role vocabulary to use when none of `paths` is one, so that a single fact
   * file can be seeded or checked on its own. Default: none.
   */
  defaultVocabulary?: string;
}

/** A FactSet ready to write, and the files it came from. */
export interface LoadedFactSet {
  facts: FactSet;
  files: string[];
  /** Which file states what: what the seed manifest records. */
  origins: InputOrigin[];
}

/**
 * Reads, validates and merges the fact files found under `paths` (files or folders).
 * Throws a SeedValidationError listing every problem, sorted by place, when there is
 * any; nothing is written in that case because nothing has been written yet.
 */
export async function loadFactSet(paths: readonly string[], options: LoadFactSetOptions = {}): Promise<LoadedFactSet> {
  const found = await findSeedFiles(paths);
  const loaded = await loadSeedFiles(found.files);
  if (loaded.roleFiles.length === 0 && options.defaultVocabulary && !found.files.includes(options.defaultVocabulary)) {
    const vocabulary = await loadSeedFiles([options.defaultVocabulary]);
    loaded.roleFiles.push(...vocabulary.roleFiles);
    loaded.problems.push(...vocabulary.problems);
  }
  const { facts, problems } = assembleFactSet(loaded);
  const all = [...found.problems, ...problems, ...(loaded.unreadableFiles ? [] : unreferencedTexts(found.texts, loaded.referencedTexts))];
  if (all.length > 0) throw new SeedValidationError(sortProblems(all));
  if (loaded.factFiles.length === 0) {
    throw new SeedValidationError([{ file: paths.join(', ') || '.', line: 1, column: 1, message: 'No fact file found (a YAML file with a source:).' }]);
  }
  return { facts, files: found.files, origins: originsOf(loaded) };
}

/**
 * A source text in the seeded folders that no fact file names: its facts were never written
 * down, or its file was lost. Not checked while a YAML file is unreadable: it may be the one.
 */
function unreferencedTexts(texts: readonly string[], referenced: ReadonlySet<string>): SeedProblem[] {
  return texts
    .filter((text) => !referenced.has(path.resolve(text)))
    .map((file) => ({
      file,
      line: 1,
      column: 1,
      message: 'No fact file names this source text (source.textFile); add one, or move the text out of the seeded folders.',
    }));
}

/** By file, then line, then column; the same problem found twice is shown once. */
function sortProblems(problems: readonly SeedProblem[]): SeedProblem[] {
  const unique = new Map(problems.map((p) => [`${p.file}:${p.line}:${p.column}:${p.message}`, p]));
  return [...unique.values()].sort((a, b) => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.line - b.line || a.column - b.column));
}
