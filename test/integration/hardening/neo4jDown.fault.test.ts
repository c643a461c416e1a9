import { afterAll, describe, expect, it } from 'vitest';
import { maskedMessage } from '../../../src/api/apiErrors.js';
import { leakPattern } from '../../fixtures/leakPattern.js';
import { failureBoundMs, faultNeo4j, startApiProcess, type ApiProcess } from './faultProcesses.js';
import { postGraphql } from './seededApi.js';

/**
 * Neo4j is down when the API starts (SEED_ON_START=true, an external NEO4J_URI): the
 * API starts anyway, says it is not ready, fails queries fast with a masked error, and
 * seeds and answers by itself once Neo4j is back, without being restarted.
 */

const neo4j = faultNeo4j();
let api: ApiProcess | undefined;
afterAll(async () => {
  await api?.stop('SIGKILL');
  await neo4j.start();
});

const statsQuery = { query: 'query Stats { stats { people tenures } }' };

describe('the API started while Neo4j is down', () => {
  it('starts, answers /readyz with 503 and fails queries fast with a masked error', async () => {
    await neo4j.kill();
    api = await startApiProcess({ ...neo4j.env, SEED_ON_START: 'true' });
    const readyz = await fetch(`${api.base}/readyz`);
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toEqual({ status: 'unavailable', neo4j: 'unreachable' });

    for (let i = 0; i < 2; i += 1) {
      const started = performance.now();
      const answer = await postGraphql(api.url, statsQuery, 30_000);
      const ms = performance.now() - started;
      // The driver retries for the read retry window, then the API answers: never the driver's default 30 s.
      expect(ms).toBeLessThan(failureBoundMs);
      expect(answer.status).toBe(503);
      expect(answer.json?.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(answer.json?.errors?.[0]?.message).not.toBe(maskedMessage);
      expect(answer.text).not.toMatch(leakPattern);
    }
  });

  it('seeds and answers by itself once Neo4j is back, in the same process', async () => {
    if (!api) throw new Error('The API did not start in the previous test.');
    const pid = api.child.pid;
    await neo4j.start();
    await expect.poll(() => api?.ready(), { timeout: 60_000, message: 'the API to become ready' }).toBe(true);
    const answer = await postGraphql(api.url, statsQuery);
    expect(answer.json?.errors).toBeUndefined();
    expect(answer.json?.data).toMatchObject({ stats: { people: expect.any(Number) } });
    expect((answer.json?.data as { stats: { people: number } }).stats.people).toBeGreaterThan(0);
    expect(api.child.pid).toBe(pid);
    expect(api.child.exitCode).toBeNull();
  });

  it('never wrote the database password into its logs, not even while the connection failed', () => {
    const output = api?.output() ?? '';
    expect(output).toMatch(/Neo4j is unreachable/);
    expect(output).not.toContain(neo4j.password);
    for (const line of output.split('\n').filter((l) => l.startsWith('{'))) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });
});
