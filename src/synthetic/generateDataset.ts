import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { generateCluster } from './generateCluster.js';
import { Random } from './Random.js';
import { syntheticRoles } from './syntheticRoles.js';
import { writeClusterArticles } from './writeClusterArticles.js';

/** The named sizes of the synthetic graph, in tenures. */
export const datasetSizes = { small: 1_000, medium: 100_000, large: 1_000_000 } as const;
export type DatasetSize = keyof typeof datasetSizes;

export interface GenerateOptions {
  tenures: number;
  seed: number;
  out: string;
  /** Clusters (towns) per shard folder; the bulk seeder validates and writes a shard at a time. Default 5 (about 1,000 tenures). */
  clustersPerShard?: number;
  onShard?: (progress: { shards: number; tenures: number }) => void;
}

/** What a generated folder holds, written to its manifest.json. */
export interface DatasetManifest {
  synthetic: true;
  generator: string;
  seed: number;
  tenures: number;
  people: number;
  organizations: number;
  ownerships: number;
  sources: number;
  shards: string[];
}

export const manifestFile = 'manifest.json';
export const vocabularyFile = 'roles.yaml';
const generatorVersion = 'rolegraph-synthetic/1';

/**
 * Writes a synthetic fact base of exactly `tenures` tenures to `out`: the role
 * vocabulary, then shard folders (`shard-00000/`, …) of fact files and source texts,
 * then the manifest. One cluster at a time is held in memory, so memory stays flat
 * however large the output. The same seed and size always give the same files.
 */
export async function generateDataset(options: GenerateOptions): Promise<DatasetManifest> {
  const clustersPerShard = options.clustersPerShard ?? 5;
  await rm(options.out, { recursive: true, force: true });
  await mkdir(options.out, { recursive: true });
  const vocabulary = `# SYNTHETIC role vocabulary of the rolegraph generator (${generatorVersion}).\n${stringify({ roles: syntheticRoles }, { lineWidth: 0 })}`;
  await writeFile(path.join(options.out, vocabularyFile), vocabulary);

  const manifest: DatasetManifest = {
    synthetic: true,
    generator: generatorVersion,
    seed: options.seed,
    tenures: 0,
    people: 0,
    organizations: 0,
    ownerships: 0,
    sources: 0,
    shards: [],
  };
  for (let index = 0; manifest.tenures < options.tenures; index++) {
    const shard = `shard-${String(Math.floor(index / clustersPerShard)).padStart(5, '0')}`;
    const folder = path.join(options.out, shard);
    if (manifest.shards.at(-1) !== shard) {
      options.onShard?.({ shards: manifest.shards.length, tenures: manifest.tenures });
      await mkdir(folder);
      manifest.shards.push(shard);
    }
    const cluster = generateCluster(options.seed, index, options.tenures - manifest.tenures);
    // Wording has its own stream, so a change of phrasing never reshapes the facts.
    const articles = writeClusterArticles(cluster, new Random(options.seed ^ 0x5eed, index));
    await Promise.all(
      articles.flatMap((article) => [
        writeFile(path.join(folder, `${article.sourceId}.txt`), article.text),
        writeFile(path.join(folder, `${article.sourceId}.yaml`), article.yaml),
      ]),
    );
    manifest.tenures += cluster.tenures.length;
    manifest.people += cluster.people.length;
    manifest.organizations += cluster.organizations.length;
    manifest.ownerships += cluster.ownerships.length;
    manifest.sources += articles.length;
  }
  await writeFile(path.join(options.out, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
