import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import type { FactSet } from '../domain/FactSet.js';
import { toFactRows, type NodeRow } from './factRows.js';
import { nodeSpecs, type NodeLabel } from './factWriterCypher.js';

/**
 * The graph the fact writer would write, as CSV for Neo4j's offline importer
 * (`neo4j-admin database import full`): the rows come from the writer's own mapping
 * (`toFactRows`), so nodes, properties and relationships are the same; only the
 * loading differs.
 *
 * Two steps, so that the first can run on every core: `renderImportCsv` turns one fact
 * set into CSV text (pure, in a worker thread), and `ImportCsvFiles` appends the parts
 * in order to one data file per label and per relationship kind, writing each label's
 * header file at the end, once every property's type has been seen (a column that is
 * null in the first rows still gets its type from a later one).
 *
 * The importer stores an empty list as an absent property; rolegraph's mappers read
 * both alike.
 */

/** The importer's list separator: a control character no name, quote or date contains (checked). */
export const importArrayDelimiter = '\u001f';

type ColumnType = 'string' | 'string[]' | 'boolean' | 'double';

/** One fact set as CSV text: per label its columns and lines, per relationship kind its lines. */
export interface ImportCsvPart {
  nodes: Partial<Record<NodeLabel, { props: string[]; types: Record<string, ColumnType>; lines: string }>>;
  /** Roles apart, by key: every shard repeats the vocabulary, and the graph holds each role once. */
  roles: { key: string; line: string }[];
  relationships: Record<string, { header: string; lines: string }>;
}

/** The files of one export, as the importer takes them: a header file, then the data file. */
export interface ImportFiles {
  nodes: Record<string, string[]>;
  relationships: Record<string, string[]>;
}

function typeOf(value: unknown): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : 'string[]';
  if (typeof value === 'boolean') return 'boolean';
  // The driver sends a JavaScript number as a float; the importer must store the same.
  if (typeof value === 'number') return 'double';
  return 'string';
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** One CSV field: empty for null or an empty list (absent to the importer), quoted when it must be. */
function csvField(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  if (Array.isArray(value)) {
    if (value.some((v) => String(v).includes(importArrayDelimiter))) throw new RangeError('A list value holds the importer’s list separator (U+001F).');
    return quote(value.join(importArrayDelimiter));
  }
  const text = String(value);
  // Quoted, an empty string stays an empty string; unquoted it would be absent.
  return text === '' || /[",\n\r]/.test(text) ? quote(text) : text;
}

function nodeLine(label: NodeLabel, props: readonly string[], row: NodeRow): string {
  const spec = nodeSpecs[label];
  const values = [
    row.key,
    ...props.map((p) => row.props[p]),
    ...spec.dates.map((p) => row.dates[p]),
    ...spec.dateLists.map((p) => row.dateLists[p]),
    ...spec.integers.map((p) => row.integers[p]),
    row.contentHash,
  ];
  return `${values.map(csvField).join(',')}\n`;
}

/** Renders one fact set as CSV text; throws when a label's rows differ in shape or a column in type. */
export function renderImportCsv(facts: FactSet): ImportCsvPart {
  const rows = toFactRows(facts);
  const part: ImportCsvPart = { nodes: {}, roles: [], relationships: {} };
  for (const [label, labelRows] of Object.entries(rows.nodes) as [NodeLabel, NodeRow[]][]) {
    if (labelRows.length === 0) continue;
    const props = Object.keys(labelRows[0]!.props);
    const types: Record<string, ColumnType> = {};
    const lines: string[] = [];
    for (const row of labelRows) {
      assertShape(label, props, row);
      for (const p of props) {
        const type = mergeType(`${label}.${p}`, types[p], typeOf(row.props[p]));
        if (type) types[p] = type;
      }
      if (label === 'Role') part.roles.push({ key: row.key, line: nodeLine(label, props, row) });
      else lines.push(nodeLine(label, props, row));
    }
    part.nodes[label] = { props, types, lines: lines.join('') };
  }
  for (const { spec, rows: owners } of rows.relationships) {
    const [start, end] = spec.direction === 'out' ? [spec.owner, spec.other] : [spec.other, spec.owner];
    const lines: string[] = [];
    for (const owner of owners) {
      for (const target of owner.targets) {
        const [from, to] = spec.direction === 'out' ? [owner.key, target] : [target, owner.key];
        lines.push(`${csvField(from)},${csvField(to)},${spec.type}\n`);
      }
    }
    // Only kinds with rows: the importer rejects a file naming an id space no node file defines.
    if (lines.length > 0) part.relationships[spec.name] = { header: `:START_ID(${start}),:END_ID(${end}),:TYPE`, lines: lines.join('') };
  }
  return part;
}

function assertShape(label: NodeLabel, props: readonly string[], row: NodeRow): void {
  const keys = Object.keys(row.props);
  if (keys.length !== props.length || keys.some((k, i) => k !== props[i])) {
    throw new RangeError(
      `${label} ${row.key} has the properties ${keys.join(', ')}, not the ${props.join(', ')} of the other ${label} rows: the CSV export needs one shape per label.`,
    );
  }
}

function mergeType(column: string, seen: ColumnType | undefined, found: ColumnType | undefined): ColumnType | undefined {
  if (seen && found && seen !== found) throw new RangeError(`${column} is a ${seen} in one row and a ${found} in another.`);
  return seen ?? found;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (text !== '' && !stream.write(text)) await once(stream, 'drain');
}

interface OpenFile {
  stream: WriteStream;
  header: string;
}

/** Appends CSV parts, in the order given, to files under `out` (which must exist); `finish` writes the headers and lists the files. */
export class ImportCsvFiles {
  private readonly labels = new Map<NodeLabel, { file: OpenFile; props: string[]; types: Record<string, ColumnType> }>();
  private readonly relationships = new Map<string, OpenFile>();
  private readonly rolesWritten = new Set<string>();

  constructor(private readonly out: string) {}

  async add(part: ImportCsvPart): Promise<void> {
    for (const [label, nodes] of Object.entries(part.nodes) as [NodeLabel, NonNullable<ImportCsvPart['nodes'][NodeLabel]>][]) {
      let open = this.labels.get(label);
      if (!open) {
        open = { file: this.open(label, ''), props: nodes.props, types: {} };
        this.labels.set(label, open);
      }
      if (nodes.props.join(',') !== open.props.join(',')) {
        throw new RangeError(
          `${label} rows have the properties ${nodes.props.join(', ')} in one part and ${open.props.join(', ')} in another: the CSV export needs one shape per label.`,
        );
      }
      for (const [p, type] of Object.entries(nodes.types)) open.types[p] = mergeType(`${label}.${p}`, open.types[p], type)!;
      if (label !== 'Role') await write(open.file.stream, nodes.lines);
    }
    const roles = this.labels.get('Role');
    for (const { key, line } of part.roles) {
      if (this.rolesWritten.has(key)) continue;
      this.rolesWritten.add(key);
      await write(roles!.file.stream, line);
    }
    for (const [name, { header, lines }] of Object.entries(part.relationships)) {
      let file = this.relationships.get(name);
      if (!file) {
        file = this.open(name, header);
        this.relationships.set(name, file);
      }
      await write(file.stream, lines);
    }
  }

  /** Closes every file, writes the header files, and returns the files for the importer. */
  async finish(): Promise<ImportFiles> {
    for (const [label, { file, props, types }] of this.labels) {
      const spec = nodeSpecs[label];
      file.header = [
        `${spec.key}:ID(${label})`,
        ...props.map((p) => (types[p] === undefined || types[p] === 'string' ? p : `${p}:${types[p]}`)),
        ...spec.dates.map((p) => `${p}:date`),
        ...spec.dateLists.map((p) => `${p}:date[]`),
        ...spec.integers.map((p) => `${p}:long`),
        'contentHash',
      ].join(',');
    }
    const files: ImportFiles = { nodes: {}, relationships: {} };
    for (const [label, { file }] of this.labels) files.nodes[label] = await this.close(label, file);
    for (const [name, file] of this.relationships) files.relationships[name] = await this.close(name, file);
    return files;
  }

  private open(name: string, header: string): OpenFile {
    return { stream: createWriteStream(path.join(this.out, `${name}.csv`)), header };
  }

  private async close(name: string, file: OpenFile): Promise<string[]> {
    file.stream.end();
    await once(file.stream, 'finish');
    const headerFile = path.join(this.out, `${name}.header.csv`);
    await writeFile(headerFile, `${file.header}\n`);
    return [headerFile, path.join(this.out, `${name}.csv`)];
  }
}
