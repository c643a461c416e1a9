import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiOverHttp } from './apiTestServer.js';
import { connectTestGraph } from './testGraph.js';

const graph = connectTestGraph();
let api: Awaited<ReturnType<typeof startApiOverHttp>>;

beforeAll(async () => {
  api = await startApiOverHttp(graph.executor);
});
afterAll(async () => {
  await api?.stop();
  await graph.close();
});

describe('the GraphQL over HTTP audits of graphql-http', () => {
  it('pass every MUST against the live endpoint', async () => {
    const results = await Promise.all(serverAudits({ url: () => api.url }).map((audit) => audit.fn()));
    const summary = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const result of results) summary[result.status] += 1;
    const failures = results.filter((result) => result.status === 'error').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    const warnings = results.filter((result) => result.status === 'warn').map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    console.log(`graphql-http audits: ${JSON.stringify(summary)} of ${results.length}`);
    if (warnings.length > 0) console.log(`SHOULD audits not met:\n  ${warnings.join('\n  ')}`);
    expect(failures).toEqual([]);
    expect(results.every((result) => !result.name.startsWith('MUST') || result.status === 'ok')).toBe(true);
  });
});
