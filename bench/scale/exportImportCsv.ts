import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { toFactRows, type NodeRow } from '../../src/graph/factRows.js';
import { nodeLabels, nodeSpecs, type NodeLabel } from '../../src/graph/factWriterCypher.js';
import { loadFactSet } from '../../src/seed/loadFactSet.js';
import { findShards } from '../../src/seed/seedShards.js';

/**
 * Writes the same graph the bulk seeder would write as CSV for `neo4j-admin database
 * import full`: every shard is validated and mapped by the seeder's own code
 * (loadFactSet, toFactRows), so nodes, properties and relationships are identical;
 * only the loading differs. One file per label and per relationship kind, header first.
 */

/** Column types the importer must be told; every other property is a string. */
const typedProps: Partial<Record<NodeLabel, Record<string, string>>> = {
  Person: { aliases: 'string[]' },
  Organization: { aliases: 'string[]' },
  Tenure: { planned: 'boolean' },
  Ownership: { percentage: 'double' },
  Citation: { supports: 'string[]' },
};

export interface CsvExport {
  nodes: Record<string, string>;
  relationships: Record<string, string>;
  tenures: number;
}

/**
 * One CSV field. An empty field is an absent property to the importer, so an empty
 * list is stored as no property, which rolegraph's mappers read as the empty list.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  const text = Array.isArray(value) ? value.join(';') : String(value);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function columnsOf(label: NodeLabel, row: NodeRow): { header: string[]; values: (row: NodeRow) => unknown[] } {
  const spec = nodeSpecs[label];
  const props = Object.keys(row.props);
  const types = typedProps[label] ?? {};
  const header = [
    `${spec.key}:ID(${label})`,
    ...props.map((p) => (types[p] ? `${p}:${types[p]}` : p)),
    ...spec.dates.map((p) => `${p}:date`),
    ...spec.dateLists.map((p) => `${p}:date[]`),
    ...spec.integers.map((p) => `${p}:long`),
    'contentHash',
  ];
  return {
    header,
    values: (r) => [
      r.key,
      ...props.map((p) => r.props[p]),
      ...spec.dates.map((p) => r.dates[p]),
      ...spec.dateLists.map((p) => r.dateLists[p]),
      ...spec.integers.map((p) => r.integers[p]),
      r.contentHash,
    ],
  };
}

async function write(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

/** Exports every shard under `root` to CSV files in `out`; one shard in memory at a time. */
export async function exportImportCsv(root: string, out: string): Promise<CsvExport> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const streams = new Map<string, WriteStream>();
  const files: CsvExport = { nodes: {}, relationships: {}, tenures: 0 };
  const open = (name: string, header: string) => {
    let stream = streams.get(name);
    if (!stream) {
      stream = createWriteStream(path.join(out, `${name}.csv`));
      stream.write(`${header}\n`);
      streams.set(name, stream);
    }
    return stream;
  };
  const columns = new Map<NodeLabel, ReturnType<typeof columnsOf>>();
  const rolesWritten = new Set<string>();
  for (const shard of await findShards(root)) {
    const { facts } = await loadFactSet([shard], { defaultVocabulary: path.join(root, 'roles.yaml') });
    files.tenures += facts.tenures.length;
    const rows = toFactRows(facts);
    for (const label of nodeLabels) {
      for (const row of rows.nodes[label]) {
        if (label === 'Role') {
          // Every shard carries the whole vocabulary; the graph holds each role once.
          if (rolesWritten.has(row.key)) continue;
          rolesWritten.add(row.key);
        }
        let shape = columns.get(label);
        if (!shape) {
          shape = columnsOf(label, row);
          columns.set(label, shape);
        }
        files.nodes[label] = path.join(out, `${label}.csv`);
        await write(open(label, shape.header.join(',')), `${shape.values(row).map(csvField).join(',')}\n`);
      }
    }
    for (const { spec, rows: owners } of rows.relationships) {
      const [start, end] = spec.direction === 'out' ? [spec.owner, spec.other] : [spec.other, spec.owner];
      for (const owner of owners) {
        for (const target of owner.targets) {
          // Opened at the first row: the importer rejects a file naming an id space no node file defines (no plans here).
          const stream = open(spec.name, `:START_ID(${start}),:END_ID(${end}),:TYPE`);
          files.relationships[spec.name] = path.join(out, `${spec.name}.csv`);
          const [from, to] = spec.direction === 'out' ? [owner.key, target] : [target, owner.key];
          await write(stream, `${csvField(from)},${csvField(to)},${spec.type}\n`);
        }
      }
    }
  }
  await Promise.all(
    [...streams.values()].map(async (stream) => {
      stream.end();
      await once(stream, 'finish');
    }),
  );
  return files;
}

/** The file that marks a finished export and lists its files; the benchmark reuses a finished export. */
export const csvExportFile = 'export.json';

/** Run alone (tsx bench/scale/exportImportCsv.ts DIR OUT), it exports DIR to OUT ahead of a benchmark. */
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root, out] = process.argv.slice(2);
  const started = performance.now();
  const result = await exportImportCsv(root!, out!);
  await writeFile(path.join(out!, csvExportFile), JSON.stringify(result));
  console.log(JSON.stringify({ tenures: result.tenures, seconds: (performance.now() - started) / 1000 }));
}
