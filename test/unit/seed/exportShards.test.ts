import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeedValidationError } from '../../../src/domain/errors.js';
import { ImportCsvFiles, renderImportCsv, type ImportFiles } from '../../../src/graph/importCsv.js';
import { exportShards } from '../../../src/seed/exportShards.js';
import { loadFactSet } from '../../../src/seed/loadFactSet.js';
import { findShards } from '../../../src/seed/seedShards.js';
import { generateDataset } from '../../../src/synthetic/generateDataset.js';

let root: string;
const data = () => path.join(root, 'data');

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-export-'));
  // One town per shard: several shards, each repeating the vocabulary.
  await generateDataset({ tenures: 400, seed: 5, out: data(), clustersPerShard: 1 });
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

async function contents(files: ImportFiles): Promise<Record<string, string>> {
  const all = [...Object.values(files.nodes), ...Object.values(files.relationships)].flat();
  return Object.fromEntries(await Promise.all(all.map(async (file) => [path.basename(file), await readFile(file, 'utf8')] as const)));
}

describe('exporting shards for the offline importer', () => {
  it('renders every shard on worker threads into the same files, in the same order, as one shard after another on this thread', async () => {
    const shards = await findShards(data());
    expect(shards.length).toBeGreaterThan(2);
    const pooled = new ImportCsvFiles(await mkdtemp(path.join(root, 'pooled-')));
    const result = await exportShards(data(), pooled, { threads: 2 });
    const inline = new ImportCsvFiles(await mkdtemp(path.join(root, 'inline-')));
    for (const shard of shards) await inline.add(renderImportCsv((await loadFactSet([shard], { defaultVocabulary: path.join(data(), 'roles.yaml') })).facts));

    expect(result).toMatchObject({ shards: shards.length, tenures: 400, threads: 2 });
    expect(await contents(await pooled.finish())).toEqual(await contents(await inline.finish()));
  }, 60_000);

  it('stops at an invalid shard with its located problems', async () => {
    const [, second] = await findShards(data());
    const file = path.join(
      second!,
      (await readdir(second!)).find((f) => f.endsWith('.yaml'))!,
    );
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace(/^source:/m, 'source:\n  unexpectedField: 1'));
    try {
      const error = await exportShards(data(), new ImportCsvFiles(await mkdtemp(path.join(root, 'broken-'))), { threads: 2 }).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(SeedValidationError);
      expect((error as SeedValidationError).problems[0]).toMatchObject({ file, line: 2 });
    } finally {
      await writeFile(file, original);
    }
  }, 60_000);
});
