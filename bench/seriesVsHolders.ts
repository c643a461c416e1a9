/**
 * npm run bench:series — what the dashboards' chart costs: the 108-month series of
 * posts held (2017-01 to 2025-12, every post of the graph) in one request, against one
 * `holders` call, on the seeded article, in the same run. The two requests alternate,
 * one at a time over loopback (POST, as the API would be asked without a cache), after a
 * warm-up; the ratio of their medians is the figure. Writes
 * bench/results/series-latest.json.
 *
 * Options: --requests N per kind (default 300), --warmup N per kind (default 50).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/projectRoot.js';
import { quantile, runRecord, startBenchEnvironment, timeGraphql } from './benchEnvironment.js';

const { values } = parseArgs({ options: { requests: { type: 'string', default: '300' }, warmup: { type: 'string', default: '50' } } });
const requests = Number(values.requests);
const warmup = Number(values.warmup);

const kinds = {
  series: {
    query: `query Series108 { series(from: "2017-01-01", to: "2025-12-31", step: MONTH) { at heldCertainly heldPossibly vacant } }`,
    check: (data: Record<string, unknown>) => (data.series as unknown[]).length === 108,
  },
  holders: {
    query: `query Holders { holders(organization: "kl-digital", role: "managing-director", at: "2022-03-01") { certainty tenure { id } } }`,
    check: (data: Record<string, unknown>) => Array.isArray(data.holders),
  },
};
type Kind = keyof typeof kinds;

const ask = (apiUrl: string, kind: Kind) => timeGraphql(`${apiUrl}/graphql`, kinds[kind].query, kinds[kind].check);
const round = (ms: number) => +ms.toFixed(2);

const bench = await startBenchEnvironment({ heapSize: '512m', pageCacheSize: '256m' });
try {
  for (let i = 0; i < warmup; i += 1) for (const kind of Object.keys(kinds) as Kind[]) await ask(bench.apiUrl, kind);
  const times: Record<Kind, number[]> = { series: [], holders: [] };
  const loadBefore = os.loadavg()[0] ?? 0;
  for (let i = 0; i < requests; i += 1) for (const kind of Object.keys(kinds) as Kind[]) times[kind].push(await ask(bench.apiUrl, kind));
  const stats = Object.fromEntries(
    (Object.keys(times) as Kind[]).map((kind) => {
      const all = times[kind];
      return [kind, { p50: round(quantile(all, 0.5)), p90: round(quantile(all, 0.9)), mean: round(all.reduce((s, t) => s + t, 0) / all.length) }];
    }),
  ) as Record<Kind, { p50: number; p90: number; mean: number }>;
  const result = {
    ...runRecord(`npm run bench:series -- --requests ${requests} --warmup ${warmup}`, loadBefore),
    requestsPerKind: requests,
    series108Months: stats.series,
    oneHoldersCall: stats.holders,
    ratioOfMedians: +(stats.series.p50 / stats.holders.p50).toFixed(2),
  };
  writeFileSync(path.join(projectRoot, 'bench', 'results', 'series-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
} finally {
  await bench.stop();
}
