import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLoad, type Sample } from './faultLoad.js';
import { faultNeo4j, startApiProcess, type ApiProcess } from './faultProcesses.js';

/**
 * SIGTERM while dashboards query the API: every request that was being answered gets
 * its whole answer, later ones are refused at the door (a clean connection error the
 * client can retry elsewhere), and the process exits with 0 within a few seconds.
 */

const neo4j = faultNeo4j();
let api: ApiProcess;
let samples: Sample[] = [];
let signalledAt = 0;
let exit: Awaited<ReturnType<ApiProcess['stop']>>;

beforeAll(async () => {
  api = await startApiProcess({ ...neo4j.env, SEED_ON_START: 'true' });
  await vi.waitFor(async () => expect(await api.ready(), 'the API to become ready').toBe(true), 60_000);
  const load = startLoad(api.url, { workers: 8, timeoutMs: 30_000 });
  await vi.waitFor(() => expect(load.samples.filter((s) => s.ok).length, 'answers before the signal').toBeGreaterThanOrEqual(100), 60_000);
  signalledAt = performance.now();
  exit = await api.stop('SIGTERM');
  samples = await load.stop();
}, 180_000);
afterAll(async () => {
  if (api?.child.exitCode === null) await api.stop('SIGKILL');
});

describe('SIGTERM under load', () => {
  it('exits with 0 within 5 s', () => {
    console.log(`exited ${exit.code} after ${Math.round(exit.ms)} ms; ${samples.length} requests`);
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(5_000);
  });

  it('gives every request in flight at the signal its whole answer', () => {
    const inFlight = samples.filter((s) => s.startedAt < signalledAt && s.endedAt >= signalledAt);
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.filter((s) => !s.ok).map((s) => s.transportError ?? s.body)).toEqual([]);
  });

  it('answers no request with a 5xx or a cut-off body; the rest are refused at the door', () => {
    expect(samples.filter((s) => s.status >= 500 || s.codes.includes('NOT_JSON'))).toEqual([]);
    const refused = samples.filter((s) => s.status === 0);
    for (const sample of refused) expect(sample.startedAt).toBeGreaterThanOrEqual(signalledAt);
    for (const sample of refused) expect(sample.transportError).toMatch(/ECONNREFUSED|ECONNRESET|other side closed|SocketError/);
  });
});
