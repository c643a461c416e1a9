import { afterAll, describe, expect, it } from 'vitest';
import { startHttpApi } from '../hardening/httpApi.js';

const dashboard = 'http://127.0.0.1:5182';
const stranger = 'https://elsewhere.example';
const query = '{ stats { people } }';
const getPath = `/graphql?query=${encodeURIComponent(query)}`;

const apis = {
  listed: await startHttpApi({ production: true, corsOrigins: [dashboard, 'https://charts.example.org'] }),
  any: await startHttpApi({ production: true, corsOrigins: '*' }),
  none: await startHttpApi({ production: true }),
};
afterAll(() => Promise.all(Object.values(apis).map((api) => api.stop())));

const preflight = (api: (typeof apis)[keyof typeof apis], origin: string) =>
  api.send({
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

describe('CORS with CORS_ORIGINS listing the dashboard', () => {
  it('answers the preflight of a listed origin with 204, the methods, the headers and how long to keep them', async () => {
    const answer = await preflight(apis.listed, dashboard);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(dashboard);
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(answer.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['content-type', 'apollo-require-preflight', 'if-none-match']),
    );
    expect(answer.headers.get('access-control-max-age')).toBe('600');
    expect(answer.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets a page of a listed origin read the answer and its x-request-id', async () => {
    const answer = await apis.listed.post({ query }, { origin: dashboard });
    expect(answer.status).toBe(200);
    expect(answer.json?.data).toEqual({ stats: { people: expect.any(Number) } });
    expect(answer.headers.get('access-control-allow-origin')).toBe(dashboard);
    expect(answer.headers.get('access-control-expose-headers')?.split(',')).toEqual(['x-request-id', 'etag']);
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives an origin it does not list no CORS header, so its browser withholds the answer', async () => {
    const answer = await preflight(apis.listed, stranger);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect((await apis.listed.post({ query }, { origin: stranger })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes a GET query without a content type or preflight header from a listed origin, as urql sends it', async () => {
    const get = await apis.listed.send({ method: 'GET', path: getPath, headers: { origin: dashboard } });
    expect(get.status, get.text).toBe(200);
  });

  it('still refuses a simple request from an origin it does not list as a possible CSRF', async () => {
    const post = await apis.listed.send({ method: 'POST', headers: { origin: stranger, 'content-type': 'text/plain' }, body: JSON.stringify({ query }) });
    expect(post.status).toBe(400);
    expect(post.json?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/Cross-Site Request Forgery/), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('CORS with CORS_ORIGINS=*', () => {
  it('lets every origin read answers, without credentials', async () => {
    const answer = await apis.any.post({ query }, { origin: stranger });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight(apis.any, stranger)).status).toBe(204);
  });
});

describe('CORS by default (no CORS_ORIGINS)', () => {
  it('allows no other origin', async () => {
    expect((await preflight(apis.none, dashboard)).headers.get('access-control-allow-origin')).toBeNull();
    expect((await apis.none.post({ query }, { origin: dashboard })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it("answers urql's default GET query (no content type, no preflight header) from the API's own origin or curl", async () => {
    const answer = await apis.none.send({ method: 'GET', path: getPath, headers: { accept: 'application/graphql-response+json, application/json' } });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.json?.data).toEqual({ stats: { people: expect.any(Number) } });
  });

  it('refuses a simple POST without an Origin, as Apollo does', async () => {
    const answer = await apis.none.send({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query }) });
    expect(answer.status).toBe(400);
    expect(answer.json?.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });
});
