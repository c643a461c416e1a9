import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { schemaPath } from '../../../src/api/typeDefs.js';
import { startHttpApi } from '../hardening/httpApi.js';
import { fakeRepositories } from './fakeRepositories.js';
import { miniArticle } from './facts.js';

const repositories = fakeRepositories(miniArticle());
let version = 'version-1';
repositories.graph.getVersion = async () => version;
const api = await startHttpApi({ production: true, repositories, cacheMaxAgeSeconds: 120 });
afterAll(() => api.stop());

const small = '{ stats { people } }';
// Every tenure with its citations: well over 1 kB of JSON.
const large = '{ tenures(first: 100) { edges { node { id title start { value } sources { quote source { title } } } } } }';
const get = (query: string, headers: Record<string, string> = {}) => api.send({ method: 'GET', path: `/graphql?query=${encodeURIComponent(query)}`, headers });

/** The raw bytes and headers of a GET, without fetch's transparent decompression. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${api.base}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('compression', () => {
  const path = `/graphql?query=${encodeURIComponent(large)}`;

  it.each([
    ['gzip', gunzipSync],
    ['br', brotliDecompressSync],
  ] as const)('sends an answer over 1 kB %s-compressed when the client accepts it', async (encoding, decompress) => {
    const answer = await rawGet(path, { 'accept-encoding': encoding });
    expect(answer.headers['content-encoding']).toBe(encoding);
    const plain = decompress(answer.body);
    expect(plain.length).toBeGreaterThan(1024);
    expect(answer.body.length).toBeLessThan(plain.length / 2);
    expect(JSON.parse(plain.toString('utf8'))).toMatchObject({ data: { tenures: { edges: expect.any(Array) } } });
  });

  it('sends small answers and clients that accept no encoding the plain bytes', async () => {
    expect((await rawGet(`/graphql?query=${encodeURIComponent(small)}`, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
    expect((await rawGet(path, {})).headers['content-encoding']).toBeUndefined();
  });
});

describe('caching of GET queries', () => {
  it('marks a GET answer public for max-age seconds, tagged with the graph version', async () => {
    const answer = await get(small);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('public, max-age=120');
    expect(answer.headers.get('etag')).toMatch(/^W\/"[\w-]{27}"$/);
    expect(answer.headers.get('vary')).toMatch(/Accept/);
  });

  it('answers If-None-Match with the current tag by 304 without reading the graph', async () => {
    const first = await get(large);
    const tag = first.headers.get('etag') ?? '';
    const readsBefore = repositories.calls.get('tenures.listPage');
    const again = await get(large, { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=120');
    expect(repositories.calls.get('tenures.listPage')).toBe(readsBefore);
  });

  it('changes the tag when the graph changes, and answers the old tag in full', async () => {
    const before = (await get(small)).headers.get('etag') ?? '';
    version = 'version-2';
    await api.graphState.refresh();
    const after = await get(small, { 'if-none-match': before });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect((await get(small, { 'if-none-match': after.headers.get('etag') ?? '' })).status).toBe(304);
  });

  it('never stores a POST answer or an answer with errors', async () => {
    const post = await api.post({ query: small });
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect(post.headers.get('etag')).toBeNull();
    const failed = await get('{ people(first: 0) { edges { cursor } } }');
    expect(failed.status).toBe(400);
    expect(failed.headers.get('cache-control')).toBe('no-store');
    expect(failed.headers.get('etag')).toBeNull();
  });
});

describe('/schema.graphql', () => {
  it('serves the contract as written even in production, where introspection is off', async () => {
    const answer = await api.send({ method: 'GET', path: '/schema.graphql' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.text).toBe(readFileSync(schemaPath, 'utf8'));
    const tag = answer.headers.get('etag') ?? '';
    expect((await api.send({ method: 'GET', path: '/schema.graphql', headers: { 'if-none-match': tag } })).status).toBe(304);
    const introspection = await api.post({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.status).toBe(400);
  });
});
