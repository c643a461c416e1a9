import { readFile, stat } from 'node:fs/promises';
import jsYaml from 'js-yaml';
import { isMap, isPair, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { SeedProblem } from '../domain/errors.js';

/** A path into a YAML document: map keys and list indexes, as zod reports them. */
export type YamlPath = readonly PropertyKey[];

/** A parsed YAML file that can say where any part of it was written. */
export interface YamlFile {
  file: string;
  /** The document as plain data; undefined when it could not be parsed. */
  data: unknown;
  /** The problem at `path`: at its value, or at its key with `{ at: 'key' }`, or at its nearest written ancestor. */
  problemAt(path: YamlPath, message: string, options?: { at?: 'key' | 'value' }): SeedProblem;
}

/**
 * The largest fact file or source text the seeder reads: a long article is a few
 * hundred kB. Checked before the file is read, so a huge file costs no memory.
 */
export const maxSeedFileBytes = 4 * 1024 * 1024;

/**
 * Reads a file as UTF-8 text, byte for byte. A file that is too large, UTF-16 (with or
 * without a byte order mark) or not UTF-8 is a located problem, found before parsing.
 */
export async function readUtf8(file: string): Promise<{ text: string } | { problem: SeedProblem }> {
  const { size } = await stat(file);
  if (size > maxSeedFileBytes) {
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        message: `The file is ${mib(size)}; the seeder reads files of at most ${mib(maxSeedFileBytes)}. Split it into several files.`,
      },
    };
  }
  const bytes = await readFile(file);
  const utf16 = utf16Problem(file, bytes);
  if (utf16) return { problem: utf16 };
  try {
    // ignoreBOM keeps a byte order mark in the text, so offsets count every byte of the file.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      problem: {
        file,
        ...lineAndColumn(bytes, at),
        message: `The file is not UTF-8: byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at} starts no valid character. Save it as UTF-8.`,
      },
    };
  }
}

/**
 * UTF-16 shows as a byte order mark, or, without one, as NUL bytes between letters;
 * a NUL byte is never part of a fact file's text. Decoding UTF-16 as UTF-8 would not
 * always fail, so it is checked first.
 */
function utf16Problem(file: string, bytes: Uint8Array): SeedProblem | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { file, line: 1, column: 1, message: 'The file is UTF-16 (it starts with a UTF-16 byte order mark). Save it as UTF-8.' };
  }
  const nul = bytes.indexOf(0);
  if (nul < 0) return undefined;
  return {
    file,
    ...lineAndColumn(bytes, nul),
    message: `The file contains a NUL byte at offset ${nul}: it is UTF-16 or binary, not UTF-8 text. Save it as UTF-8.`,
  };
}

function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lines = Buffer.from(bytes.subarray(0, offset)).toString('utf8').split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, found by halving: decoding a prefix fails only once it reaches the bad byte.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}

/**
 * The deepest nesting a fact file may have. Real fact files nest four or five levels;
 * the YAML parser recurses per level and exhausts the stack or the memory of the
 * process on a few thousand (a 24 kB line of "- - - …" crashes it), so deeper text is
 * refused before the parser sees it.
 */
export const maxYamlNesting = 64;

/** Aliases (`*name`) one document may expand: a "billion laughs" file needs thousands. */
export const maxYamlAliases = 100;

/**
 * Parses YAML text into data plus a locator. Nesting beyond the limit, syntax errors,
 * duplicate keys and alias bombs are returned as located problems; the data is then
 * undefined.
 *
 * Two parsers, one answer. `yaml` keeps every node's position, which located problems
 * need, and costs five times what `js-yaml` does (0.46 s against 0.09 s for a shard of
 * 270 fact files), most of a bulk seed's validation. So a file without anchors or
 * aliases is read by `js-yaml` with the same YAML 1.2 core schema (no timestamps, no
 * merge keys, a duplicate key an error), and `yaml` parses it again only when a problem
 * must be located in it; anything `js-yaml` refuses, and every file with anchors (whose
 * expansion `yaml` limits), goes to `yaml` alone, which then reports the problem.
 * test/unit/seed/readYamlFile.test.ts holds the two to the same data on every YAML file
 * of the project.
 */
export function parseYaml(file: string, text: string): { yaml: YamlFile; problems: SeedProblem[] } {
  const tooDeep = findDeepNesting(text);
  if (tooDeep === undefined && !mayHoldAnchors(text)) {
    const data = loadFast(text);
    if (data !== failed) {
      let located: ReturnType<typeof locate> | undefined;
      const problemAt: YamlFile['problemAt'] = (path, message, options) => (located ??= locate(file, text)).yaml.problemAt(path, message, options);
      return { yaml: { file, data, problemAt }, problems: [] };
    }
  }
  return locate(file, tooDeep === undefined ? text : '', tooDeep);
}

const failed = Symbol('failed');

function loadFast(text: string): unknown {
  try {
    // An empty document is null to `yaml`, undefined to `js-yaml`.
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null;
  } catch {
    return failed;
  }
}

/** An `&` or `*` that may start an anchor or alias (or sits in a quote: then the slower parser reads the file). */
function mayHoldAnchors(text: string): boolean {
  return /[&*]/.test(text);
}

/** Parses with positions: the data, and a locator for any path in it. */
function locate(file: string, text: string, tooDeep?: { line: number; column: number }): { yaml: YamlFile; problems: SeedProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): SeedProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => at(e.pos[0], yamlMessage(e.code, e.message)));
  if (tooDeep !== undefined)
    problems.push({ file, ...tooDeep, message: `The YAML nests deeper than ${maxYamlNesting} levels here; a fact file needs a handful.` });
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: maxYamlAliases });
    } catch {
      // yaml throws a ReferenceError when aliases would expand past maxAliasCount.
      problems.push(
        at(firstAliasOffset(doc), `The aliases (*name) in this file would expand into more than ${maxYamlAliases} copies; write the values out instead.`),
      );
    }
  }
  const yaml: YamlFile = {
    file,
    data,
    problemAt: (path, message, options = {}) => at(offsetOf(doc, path, options.at ?? 'value'), message),
  };
  return { yaml, problems };
}

/**
 * The first place where block indentation (spaces and "- " markers) or flow brackets
 * nest deeper than allowed, counted without parsing. Brackets inside quotes count
 * too, which only matters for a quote with dozens of unclosed brackets.
 */
function findDeepNesting(text: string): { line: number; column: number } | undefined {
  const lines = text.split('\n');
  let flow = 0;
  for (const [index, line] of lines.entries()) {
    // Every block level takes at least two columns: two spaces, or "- ".
    const indent = /^[ \t]*(?:-[ \t]+)*/.exec(line)?.[0] ?? '';
    if (indent.length / 2 > maxYamlNesting) return { line: index + 1, column: 1 };
    for (let column = 0; column < line.length; column += 1) {
      const char = line[column];
      if (char === '[' || char === '{') flow += 1;
      else if ((char === ']' || char === '}') && flow > 0) flow -= 1;
      if (flow > maxYamlNesting) return { line: index + 1, column: column + 1 };
    }
  }
  return undefined;
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function yamlMessage(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'This key appears twice in the same mapping; YAML keeps only one, so say it once.';
  // The parser's own messages name line and column already; ours come first, so keep only the reason.
  return `YAML syntax: ${message.replace(/ at line \d+, column \d+.*$/s, '')}`;
}

/** Where `path` was written: the value (or key) node, or the closest ancestor that exists. */
function offsetOf(doc: Document, path: YamlPath, at: 'key' | 'value'): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const [index, segment] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && (p.key as { value?: unknown } | null)?.value === segment);
      if (!pair) return offset;
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (last && at === 'key' && key?.range) return key.range[0];
      offset = value?.range?.[0] ?? key?.range?.[0] ?? offset;
      node = value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item?.range) return offset;
      offset = item.range[0];
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}
