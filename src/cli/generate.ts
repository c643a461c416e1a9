/**
 * npm run generate -- (--size small|medium|large | --tenures N) [--seed S] --out DIR
 *
 * Writes a synthetic fact base (clearly marked as such) for tests and benchmarks;
 * never into seeds/. Exit code 0 when written, 2 on bad usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../projectRoot.js';
import { datasetSizes, generateDataset, type DatasetSize } from '../synthetic/generateDataset.js';
import { runCommand } from './runCommand.js';

const usage = `Usage: npm run generate -- (--size small|medium|large | --tenures N) [--seed S] --out DIR

  --size        small (${datasetSizes.small}), medium (${datasetSizes.medium}) or large (${datasetSizes.large}) tenures
  --tenures N   exactly N tenures instead
  --seed S      a whole number; the same seed and size give the same files (default 1)
  --out DIR     the folder to (re)create; not inside seeds/`;

function fail(message: string): number {
  console.error(`${message}\n\n${usage}`);
  return 2;
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: 'string' },
        tenures: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if ((values.size === undefined) === (values.tenures === undefined)) return fail('Give either --size or --tenures.');
  if (values.size !== undefined && !(values.size in datasetSizes)) return fail(`--size must be small, medium or large, not ${JSON.stringify(values.size)}.`);
  const tenures = values.size !== undefined ? datasetSizes[values.size as DatasetSize] : Number(values.tenures);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(tenures) || tenures < 1) return fail(`--tenures must be a whole number above 0, not ${JSON.stringify(values.tenures)}.`);
  if (!Number.isSafeInteger(seed)) return fail(`--seed must be a whole number, not ${JSON.stringify(values.seed)}.`);
  if (!values.out) return fail('--out is required.');
  const out = path.resolve(values.out);
  if (out === path.join(projectRoot, 'seeds') || out.startsWith(path.join(projectRoot, 'seeds') + path.sep)) {
    return fail('Synthetic data never goes into seeds/: that folder holds the curated, real sources.');
  }

  const started = performance.now();
  const manifest = await generateDataset({
    tenures,
    seed,
    out,
    onShard: ({ shards, tenures: done }) => {
      if (shards % 100 === 0 && shards > 0) process.stderr.write(`  ${done} of ${tenures} tenures (${shards} shards)\n`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Wrote ${manifest.tenures} tenures, ${manifest.people} people, ${manifest.organizations} organisations, ${manifest.sources} sources in ${manifest.shards.length} shards to ${out} ` +
      `in ${seconds.toFixed(1)} s (seed ${seed}).`,
  );
  return 0;
}

runCommand(main);
