import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpStatusOf } from '../../../src/api/errorStatus.js';
import type { ErrorCode } from '../../../src/domain/errors.js';
import { leakPattern } from '../../fixtures/leakPattern.js';
import { startLoad, type Sample } from './faultLoad.js';
import { failureBoundMs, faultNeo4j, startApiProcess, type ApiProcess } from './faultProcesses.js';

/**
 * Neo4j is killed (SIGKILL) and restarted while dashboards keep querying the API. Every
 * request gets an answer; failures are masked, each arrives within the read retry
 * window (plus the driver's last pause), they happen only while Neo4j is away, and the
 * same API process answers again once Neo4j is back.
 */

const neo4j = faultNeo4j();
let api: ApiProcess;
let samples: Sample[] = [];
const times = { killedAt: 0, restartedAt: 0 };

beforeAll(async () => {
  api = await startApiProcess({ ...neo4j.env, SEED_ON_START: 'true' });
  await vi.waitFor(async () => expect(await api.ready(), 'the API to become ready').toBe(true), 60_000);
  const load = startLoad(api.url, { workers: 4, timeoutMs: 30_000 });
  await vi.waitFor(() => expect(load.samples.filter((s) => s.ok).length, 'answers before the kill').toBeGreaterThanOrEqual(50), 30_000);
  times.killedAt = performance.now();
  await neo4j.kill();
  // Stay down for a few failing requests' worth before coming back, as a crash loop would.
  await vi.waitFor(
    () => expect(load.samples.filter((s) => s.startedAt > times.killedAt && !s.ok).length, 'failures while Neo4j is down').toBeGreaterThanOrEqual(8),
    60_000,
  );
  await neo4j.start();
  times.restartedAt = performance.now();
  await vi.waitFor(
    () => expect(load.samples.filter((s) => s.startedAt > times.restartedAt && s.ok).length, 'answers after the restart').toBeGreaterThanOrEqual(50),
    60_000,
  );
  samples = await load.stop();
}, 240_000);
afterAll(async () => {
  await api?.stop('SIGKILL');
});

describe('Neo4j killed and restarted under load', () => {
  it("leaves no request without an answer, and answers each failure with its code's one status (503 for DATABASE_UNAVAILABLE)", () => {
    expect(samples.filter((s) => s.status === 0).map((s) => s.transportError)).toEqual([]);
    const failed = samples.filter((s) => !s.ok);
    expect(
      failed.filter((s) => s.status !== Math.max(...s.codes.map((code) => httpStatusOf[code as ErrorCode] ?? 0))).map((s) => `${s.status} ${s.body}`),
    ).toEqual([]);
    expect(samples.filter((s) => s.ok && s.status !== 200)).toEqual([]);
  });

  it('masks every failure as DATABASE_UNAVAILABLE or a masked internal error, leaking nothing', () => {
    const failed = samples.filter((s) => !s.ok);
    expect(failed.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(failed.flatMap((s) => s.codes))].filter((code) => code !== 'DATABASE_UNAVAILABLE' && code !== 'INTERNAL_SERVER_ERROR')).toEqual([]);
    for (const sample of failed) expect(sample.body).not.toMatch(leakPattern);
  });

  it(`fails each request within ${failureBoundMs / 1000} s, never the driver's default 30 s`, () => {
    const slowest = Math.max(...samples.filter((s) => !s.ok).map((s) => s.endedAt - s.startedAt));
    console.log(`slowest failure ${Math.round(slowest)} ms; ${samples.length} requests, ${samples.filter((s) => !s.ok).length} failed`);
    expect(slowest).toBeLessThan(failureBoundMs);
  });

  it('fails only requests that overlapped the outage, and recovers in the same API process', () => {
    const outsideOutage = samples.filter((s) => !s.ok && (s.endedAt < times.killedAt || s.startedAt > times.restartedAt + failureBoundMs));
    expect(outsideOutage).toEqual([]);
    const recovered = samples.filter((s) => s.ok && s.startedAt > times.restartedAt);
    expect(recovered.length).toBeGreaterThanOrEqual(50);
    expect(api.child.exitCode).toBeNull();
    console.log(
      `down ${Math.round(times.restartedAt - times.killedAt)} ms; first answer ${Math.round(Math.min(...recovered.map((s) => s.endedAt)) - times.restartedAt)} ms after Neo4j was ready again`,
    );
  });
});
