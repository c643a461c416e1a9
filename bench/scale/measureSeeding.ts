import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { instancePaths } from '../../src/localNeo4j/paths.js';
import type { DatasetSize } from '../../src/synthetic/generateDataset.js';
import { peakResidentMiB, startNode } from './processes.js';
import { startScaleNeo4j, stopScaleNeo4j } from './scaleNeo4j.js';

export interface SeedingFigures {
  commit: 'once' | 'per-group';
  completed: boolean;
  tenures: number;
  seconds: number;
  tenuresPerSecond: number;
  seederPeakRssMiB: number;
  neo4jPeakRssMiB: number;
  /** Peak RSS of the seeder at each progress line: flat memory shows as a flat series. */
  rssSeries: { tenures: number; rssMiB: number }[];
}

/**
 * Runs `npm run seed:bulk` on a fresh instance of its own as a separate process and
 * watches it: throughput from its progress lines, peak memory (VmHWM) of the seeder
 * and of Neo4j. With `maxSeconds` the seed is stopped there and measured over what it did.
 */
export async function measureSeeding(size: DatasetSize, data: string, commit: 'once' | 'per-group', maxSeconds: number): Promise<SeedingFigures> {
  const instance = `bench-${size}-seed`;
  await stopScaleNeo4j(instance);
  if (existsSync(instancePaths(instance).home)) await rm(instancePaths(instance).home, { recursive: true, force: true });
  const neo4j = await startScaleNeo4j(instance, size);
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password };
  const started = performance.now();
  const child = startNode('src/cli/seedBulk.ts', [data, '--json', '--commit', commit], env, 'pipe');
  const figures: SeedingFigures = {
    commit,
    completed: false,
    tenures: 0,
    seconds: 0,
    tenuresPerSecond: 0,
    seederPeakRssMiB: 0,
    neo4jPeakRssMiB: 0,
    rssSeries: [],
  };
  let lastProgress = { tenures: 0, at: started };
  let stdout = '';
  const sample = () => {
    figures.seederPeakRssMiB = Math.max(figures.seederPeakRssMiB, peakResidentMiB(child.pid ?? 0) || 0);
    figures.neo4jPeakRssMiB = Math.max(figures.neo4jPeakRssMiB, peakResidentMiB(neo4j.pid) || 0);
  };
  const sampler = setInterval(sample, 500);
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => {
    for (const match of chunk.toString().matchAll(/(\d+) tenures/g)) {
      sample();
      lastProgress = { tenures: Number(match[1]), at: performance.now() };
      figures.rssSeries.push({ tenures: lastProgress.tenures, rssMiB: Math.round(figures.seederPeakRssMiB) });
    }
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), maxSeconds * 1000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  clearInterval(sampler);
  if (code === 0) {
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { tenures: number; seconds: number };
    Object.assign(figures, { completed: true, tenures: result.tenures, seconds: result.seconds });
  } else {
    // Stopped by the time box (or failed): measured up to its last progress line.
    Object.assign(figures, { tenures: lastProgress.tenures, seconds: (lastProgress.at - started) / 1000 });
  }
  figures.tenuresPerSecond = Math.round(figures.tenures / figures.seconds);
  figures.seederPeakRssMiB = Math.round(figures.seederPeakRssMiB);
  figures.neo4jPeakRssMiB = Math.round(figures.neo4jPeakRssMiB);
  await stopScaleNeo4j(instance);
  await rm(instancePaths(instance).home, { recursive: true, force: true });
  return figures;
}
