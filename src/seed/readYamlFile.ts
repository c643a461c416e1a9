import { readFile } from 'node:fs/promises';
import { isMap, isPair, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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

/** Reads a file as UTF-8 text, byte for byte; a file that is not UTF-8 is a located problem. */
export async function readUtf8(file: string): Promise<{ text: string } | { problem: SeedProblem }> {
  const bytes = await readFile(file);
  try {
    // ignoreBOM keeps a byte order mark in the text, so offsets count every byte of the file.
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, at).toString('utf8');
    const lines = before.split('\n');
    return {
      problem: {
        file,
        line: lines.length,
        column: (lines.at(-1)?.length ?? 0) + 1,
        message: `The file is not UTF-8: byte 0x${bytes[at]?.toString(16).padStart(2, '0')} at offset ${at} starts no valid character. Save it as UTF-8.`,
      },
    };
  }
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
 * Parses YAML text into data plus a locator. Syntax errors and duplicate keys are
 * returned as located problems; the data is then undefined.
 */
export function parseYaml(file: string, text: string): { yaml: YamlFile; problems: SeedProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): SeedProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => at(e.pos[0], yamlMessage(e.code, e.message)));
  const yaml: YamlFile = {
    file,
    data: problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined,
    problemAt: (path, message, options = {}) => at(offsetOf(doc, path, options.at ?? 'value'), message),
  };
  return { yaml, problems };
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
