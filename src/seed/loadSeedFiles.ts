import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { SeedProblem } from '../domain/errors.js';
import { factFileSchema, roleFileSchema, type FactFile, type RoleFile } from './factFileSchema.js';
import { findQuote } from './findQuote.js';
import { parseYaml, readUtf8, type YamlFile } from './readYamlFile.js';

/** A quote placed in its source text. */
export interface PlacedQuote {
  quote: string;
  startOffset: number;
  endOffset: number;
}

/** A fact file that passed the schema, with its source text and its placed quotes. */
export interface LoadedFactFile {
  yaml: YamlFile;
  data: FactFile;
  text: string;
  /** Quotes that were found exactly once; the others are already reported. */
  quotes: Map<string, PlacedQuote>;
}

export interface LoadedRoleFile {
  yaml: YamlFile;
  data: RoleFile;
}

export interface LoadedSeedFiles {
  factFiles: LoadedFactFile[];
  roleFiles: LoadedRoleFile[];
  problems: SeedProblem[];
}

/**
 * Expands files and folders into the YAML files below them, sorted so that every run
 * reads them in the same order. A path that does not exist is a problem, not a crash.
 */
export async function findSeedFiles(paths: readonly string[]): Promise<{ files: string[]; problems: SeedProblem[] }> {
  const files: string[] = [];
  const problems: SeedProblem[] = [];
  const walk = async (entry: string): Promise<void> => {
    const info = await stat(entry).catch(() => undefined);
    if (!info) {
      problems.push({ file: entry, line: 1, column: 1, message: 'No such file or folder.' });
    } else if (info.isDirectory()) {
      const children = (await readdir(entry)).sort();
      for (const child of children) {
        const full = path.join(entry, child);
        if ((await stat(full)).isDirectory() || /\.ya?ml$/.test(child)) await walk(full);
      }
    } else {
      files.push(entry);
    }
  };
  for (const entry of paths) await walk(entry);
  return { files: [...new Set(files)], problems };
}

/**
 * Reads every file: UTF-8 check, YAML parse, schema, then for fact files the source
 * text and the placement of each quote. Every problem is collected; a file with
 * problems at one stage is not taken to the next.
 */
export async function loadSeedFiles(files: readonly string[]): Promise<LoadedSeedFiles> {
  const loaded: LoadedSeedFiles = { factFiles: [], roleFiles: [], problems: [] };
  for (const file of files) {
    const read = await readUtf8(file);
    if ('problem' in read) {
      loaded.problems.push(read.problem);
      continue;
    }
    const { yaml, problems } = parseYaml(file, read.text);
    loaded.problems.push(...problems);
    if (problems.length > 0) continue;

    if (isRoleFile(yaml.data)) {
      const parsed = checkSchema(yaml, roleFileSchema, loaded.problems);
      if (parsed) loaded.roleFiles.push({ yaml, data: parsed });
      continue;
    }
    const parsed = checkSchema(yaml, factFileSchema, loaded.problems);
    if (!parsed) continue;
    if (parsed.draft !== undefined) loaded.problems.push(yaml.problemAt(['draft'], draftMessage, { at: 'key' }));
    const textFile = path.resolve(path.dirname(file), parsed.source.textFile);
    const source = await readUtf8(textFile).catch(() => undefined);
    if (!source) {
      loaded.problems.push(yaml.problemAt(['source', 'textFile'], `The source text ${JSON.stringify(parsed.source.textFile)} does not exist (looked for ${textFile}).`));
      continue;
    }
    if ('problem' in source) {
      loaded.problems.push(yaml.problemAt(['source', 'textFile'], `The source text is unusable: ${source.problem.message}`), source.problem);
      continue;
    }
    loaded.factFiles.push({ yaml, data: parsed, text: source.text, quotes: placeQuotes(yaml, parsed, source.text, loaded.problems) });
  }
  return loaded;
}

const draftMessage =
  'This fact file is a draft of proposals nobody has checked yet (written by npm run draft). Check every entry against the source, then delete the "draft:" line to load it.';

/** A vocabulary file has `roles` at its top and no `source`. */
function isRoleFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'roles' in data && !('source' in data);
}

function checkSchema<T extends z.ZodType>(yaml: YamlFile, schema: T, problems: SeedProblem[]): z.output<T> | undefined {
  const result = schema.safeParse(yaml.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(yaml.problemAt([...issue.path, key], `Unknown field "${key}"; see docs/fact-files.md for the fields of this entry.`, { at: 'key' }));
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      const field = String(issue.path.at(-1));
      const message = field === 'cite' ? 'Every fact must cite at least one quote: cite: { quote-name: [existence] }.' : `The field "${field}" is required.`;
      problems.push(yaml.problemAt(issue.path.slice(0, -1), message));
    } else {
      const field = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}" ` : '';
      problems.push(yaml.problemAt(issue.path, `${field}${issue.message}`));
    }
  }
  return undefined;
}

function placeQuotes(yaml: YamlFile, file: FactFile, text: string, problems: SeedProblem[]): Map<string, PlacedQuote> {
  const placed = new Map<string, PlacedQuote>();
  for (const [name, quote] of Object.entries(file.quotes)) {
    const match = findQuote(text, quote);
    if (match.kind === 'found') {
      placed.set(name, { quote, startOffset: match.startOffset, endOffset: match.endOffset });
    } else if (match.kind === 'missing') {
      problems.push(yaml.problemAt(['quotes', name], `Quote "${name}" is not verbatim in the source text: ${match.hint}`));
    } else {
      problems.push(
        yaml.problemAt(['quotes', name], `Quote "${name}" occurs ${match.count} times in the source text (at ${match.places.join(', ')}); quote more of the sentence so that it names one place.`),
      );
    }
  }
  return placed;
}
