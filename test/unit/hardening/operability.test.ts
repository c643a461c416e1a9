import { afterAll, describe, expect, it } from 'vitest';
import type { StatementEvent } from '../../../src/graph/Executor.js';
import { startHttpApi } from './httpApi.js';

/** The executor's side of the metrics, driven by hand: two transactions in flight, one statement seen. */
const listeners: ((event: StatementEvent) => void)[] = [];
const database = {
  statements: {
    activeTransactions: 2,
    observe(listener: (event: StatementEvent) => void) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  },
  maxPoolSize: 50,
  reconciledFacts: { stats: () => ({ hits: 7, misses: 3, entries: 3, bytes: 1200 }) },
};
const api = await startHttpApi({ production: true, database });
afterAll(() => api.stop());

const logLines = () => api.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the Prometheus endpoint', () => {
  it('counts requests, times operations by name and statements by name, and shows the pool in use and the fact cache', async () => {
    await api.post({ query: 'query DashboardStats { stats { people } }', operationName: 'DashboardStats' });
    for (const listener of listeners) listener({ name: 'stats.countAll', mode: 'READ', durationMs: 3, rows: 1, failed: false });
    const answer = await api.send({ method: 'GET', path: '/metrics' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(answer.text).toMatch(/rolegraph_http_requests_total\{method="POST",route="\/graphql",status="200"\} 1/);
    expect(answer.text).toMatch(/rolegraph_graphql_operation_duration_seconds_count\{operation="DashboardStats",outcome="ok"\} 1/);
    expect(answer.text).toMatch(/rolegraph_neo4j_statement_duration_seconds_count\{statement="stats.countAll",mode="READ",outcome="ok"\} 1/);
    expect(answer.text).toMatch(/rolegraph_neo4j_pool_in_use 2/);
    expect(answer.text).toMatch(/rolegraph_neo4j_pool_max 50/);
    expect(answer.text).toMatch(/rolegraph_fact_cache_hits_total 7/);
    expect(answer.text).toMatch(/rolegraph_fact_cache_misses_total 3/);
    expect(answer.text).toMatch(/rolegraph_fact_cache_bytes 1200/);
    expect(answer.text).toMatch(/rolegraph_process_resident_memory_bytes/);
  });

  it('keeps client-chosen operation names from growing the label set without bound', async () => {
    await api.post({ query: 'query x1 { stats { people } }' });
    await api.post({ query: `query ${'a'.repeat(80)} { stats { people } }` });
    const answer = await api.send({ method: 'GET', path: '/metrics' });
    expect(answer.text).not.toContain('a'.repeat(80));
  });
});

describe('the structured log', () => {
  it('writes one JSON line per operation with its request id, name, duration and outcome', async () => {
    const answer = await api.post({ query: 'query PersonPage { person(id: "nobody") { name } }' });
    const requestId = answer.headers.get('x-request-id');
    const line = logLines().find((entry) => entry.operation === 'PersonPage');
    expect(line).toMatchObject({ msg: 'graphql operation', requestId, outcome: 'ok' });
    expect(typeof line?.durationMs).toBe('number');
  });

  it('logs the codes of failed operations and the refusals that happen before GraphQL', async () => {
    await api.post({ query: 'query Broken { stats { nothing } }', operationName: 'Broken' });
    await api.post('{"query": ');
    const lines = logLines();
    expect(lines.find((entry) => entry.operation === 'Broken')).toMatchObject({ outcome: 'error', errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
    expect(lines.find((entry) => entry.msg === 'request refused before GraphQL')).toMatchObject({
      status: 400,
      problem: 'entity.parse.failed',
      requestId: expect.any(String),
    });
  });

  it('never writes the variables a client sent', async () => {
    await api.post({ query: 'query Find($q: String!) { search(query: $q) { id } }', variables: { q: 'private-search-term' } });
    expect(api.logs.join('\n')).not.toContain('private-search-term');
  });
});

describe('a stopping API', () => {
  it('still answers, but tells every client to close its connection and load balancers that it is not ready', async () => {
    const stopping = await startHttpApi({ production: true });
    try {
      expect((await stopping.send({ method: 'GET', path: '/readyz' })).status).toBe(200);
      stopping.startDraining();
      const answer = await stopping.post({ query: '{ stats { people } }' });
      expect(answer.status).toBe(200);
      expect(answer.json?.data).toBeDefined();
      expect(answer.headers.get('connection')).toBe('close');
      expect((await stopping.send({ method: 'GET', path: '/readyz' })).status).toBe(503);
    } finally {
      await stopping.stop();
    }
  });
});
