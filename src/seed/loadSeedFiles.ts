import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { PublicationDate } from '../domain/entities.js';
import type { SeedProblem } from '../domain/errors.js';
import { parsePartialDate } from '../domain/partialDate.js';
import { entrySchemas, factFileFrameSchema, factLists, roleFileSchema, type FactFile, type RoleFile } from './factFileSchema.js';
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
  /** The file's entries that passed their schema; the others are reported and left out. */
  data: FactFile;
  /** When its source was published, as the file states it. */
  published: PublicationDate;
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
  /**
   * Ids of entries left out for a problem of their own: a reference to one of them is
   * not reported again as unknown.
   */
  uncheckedIds: Set<string>;
  /** The source texts fact files name (resolved paths), whether or not the files passed. */
  referencedTexts: Set<string>;
  /** Whether some YAML file could not be read at all, so the texts it names are unknown. */
  unreadableFiles: boolean;
}

/**
 * Expands files and folders into the YAML files below them, sorted so that every run
 * reads them in the same order. A path that does not exist is a problem, not a crash.
 */
export async function findSeedFiles(paths: readonly string[]): Promise<{ files: string[]; texts: string[]; problems: SeedProblem[] }> {
  const files: string[] = [];
  const texts: string[] = [];
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
        else if (/\.txt$/.test(child)) texts.push(full);
      }
    } else {
      files.push(entry);
    }
  };
  for (const entry of paths) await walk(entry);
  return { files: [...new Set(files)], texts: [...new Set(texts)], problems };
}

/**
 * Reads every file: UTF-8 check, YAML parse, schema, then for fact files the source
 * text and the placement of each quote. Every problem is collected; a file with
 * problems at one stage is not taken to the next.
 */
export async function loadSeedFiles(files: readonly string[]): Promise<LoadedSeedFiles> {
  const loaded: LoadedSeedFiles = { factFiles: [], roleFiles: [], problems: [], uncheckedIds: new Set(), referencedTexts: new Set(), unreadableFiles: false };
  for (const file of files) {
    const read = await readUtf8(file);
    if ('problem' in read) {
      loaded.problems.push(read.problem);
      loaded.unreadableFiles = true;
      continue;
    }
    const { yaml, problems } = parseYaml(file, read.text);
    loaded.problems.push(...problems);
    if (problems.length > 0) {
      loaded.unreadableFiles = true;
      continue;
    }

    if (isRoleFile(yaml.data)) {
      const parsed = checkSchema(yaml, roleFileSchema, [], loaded.problems);
      if (parsed) loaded.roleFiles.push({ yaml, data: parsed });
      continue;
    }
    const named = (yaml.data as { source?: { textFile?: unknown } } | null)?.source?.textFile;
    if (typeof named === 'string') loaded.referencedTexts.add(path.resolve(path.dirname(file), named));
    const frame = checkSchema(yaml, factFileFrameSchema, [], loaded.problems);
    if (frame?.draft !== undefined) loaded.problems.push(yaml.problemAt(['draft'], draftMessage, { at: 'key' }));
    const entries = checkEntries(yaml, loaded);
    if (!frame || !entries) continue;
    const published = readPublication(yaml, frame.source.publishedOn, loaded.problems);
    const data: FactFile = { ...frame, ...entries };
    const textFile = path.resolve(path.dirname(file), data.source.textFile);
    const source = await readUtf8(textFile).catch(() => undefined);
    if (!source) {
      loaded.problems.push(
        yaml.problemAt(['source', 'textFile'], `The source text ${JSON.stringify(data.source.textFile)} does not exist (looked for ${textFile}).`),
      );
      continue;
    }
    if ('problem' in source) {
      loaded.problems.push(yaml.problemAt(['source', 'textFile'], `The source text is unusable: ${source.problem.message}`), source.problem);
      continue;
    }
    if (!published) continue;
    loaded.factFiles.push({ yaml, data, published, text: source.text, quotes: placeQuotes(yaml, data, source.text, loaded.problems) });
  }
  return loaded;
}

const draftMessage =
  'This fact file is a draft of proposals nobody has checked yet (written by npm run draft). Check every entry against the source, then delete the "draft:" line to load it.';

/**
 * Checks every entry of every list on its own, so that an unknown field in one entry
 * hides nothing of the others; returns the lists of the entries that passed. Entries
 * that did not are reported, and their ids remembered (see `uncheckedIds`).
 */
function checkEntries(yaml: YamlFile, loaded: LoadedSeedFiles): Pick<FactFile, (typeof factLists)[number]> | undefined {
  const data = (typeof yaml.data === 'object' && yaml.data !== null ? yaml.data : {}) as Record<string, unknown>;
  const lists = {} as Record<string, unknown[]>;
  for (const list of factLists) {
    const raw = data[list];
    if (!Array.isArray(raw)) {
      lists[list] = [];
      continue;
    }
    lists[list] = raw.flatMap((entry, index) => {
      const parsed = checkSchema(yaml, entrySchemas[list], [list, index], loaded.problems, entry);
      if (parsed) return [parsed];
      const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string') loaded.uncheckedIds.add(id);
      return [];
    });
  }
  return lists as unknown as Pick<FactFile, (typeof factLists)[number]>;
}

/** The source's publication date as stated: a year, month or day, or an unknown bounded by days. */
function readPublication(yaml: YamlFile, raw: FactFile['source']['publishedOn'], problems: SeedProblem[]): PublicationDate | undefined {
  if (typeof raw !== 'string') {
    const earliest = raw.earliest ?? null;
    if (earliest !== null && earliest > raw.latest) {
      problems.push(yaml.problemAt(['source', 'publishedOn', 'earliest'], `The earliest day (${earliest}) is after the latest (${raw.latest}).`));
      return undefined;
    }
    return { value: null, precision: null, earliest, latest: raw.latest };
  }
  const date = parsePartialDate(raw);
  if (!date || raw.includes('/')) {
    problems.push(
      yaml.problemAt(
        ['source', 'publishedOn'],
        `"${raw}" is no publication date; expected the date as the source states it (YYYY, YYYY-MM or YYYY-MM-DD), or { unknown: true, latest: YYYY-MM-DD } for a source without one.`,
      ),
    );
    return undefined;
  }
  return { value: date.value, precision: date.precision, earliest: date.earliest, latest: date.latest };
}

/** A vocabulary file has `roles` at its top and no `source`. */
function isRoleFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'roles' in data && !('source' in data);
}

/** Checks `value` (the whole document unless given) against `schema`; `at` is where the value sits in the document. */
function checkSchema<T extends z.ZodType>(
  yaml: YamlFile,
  schema: T,
  at: PropertyKey[],
  problems: SeedProblem[],
  value: unknown = yaml.data ?? {},
): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const issuePath = [...at, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(yaml.problemAt([...issuePath, key], `Unknown field "${key}"; see docs/fact-files.md for the fields of this entry.`, { at: 'key' }));
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      const field = String(issuePath.at(-1));
      const message = field === 'cite' ? 'Every fact must cite at least one quote: cite: { quote-name: [existence] }.' : `The field "${field}" is required.`;
      problems.push(yaml.problemAt(issuePath.slice(0, -1), message));
    } else {
      const field = issuePath.length > 0 ? `"${issuePath.map(String).join('.')}" ` : '';
      problems.push(yaml.problemAt(issuePath, `${field}${issue.message}`));
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
        yaml.problemAt(
          ['quotes', name],
          `Quote "${name}" occurs ${match.count} times in the source text (at ${match.places.join(', ')}); quote more of the sentence so that it names one place.`,
        ),
      );
    }
  }
  return placed;
}
