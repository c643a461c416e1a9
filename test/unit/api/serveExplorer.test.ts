import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EntityLookup, lookupEntities, serveExplorer } from '../../../src/api/serveExplorer.js';
import { miniArticle } from './facts.js';
import { fakeRepositories } from './fakeRepositories.js';

/** The graph of the mini article: its people, organisations and source exist, nothing else. */
const articleLookup = lookupEntities(fakeRepositories(miniArticle()));

async function listen(distDir: string, lookup: EntityLookup = articleLookup): Promise<{ url: string; server: Server }> {
  const app = express();
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  serveExplorer(app, { distDir, lookup });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, server });
    });
  });
}

describe('serveExplorer', () => {
  let dist: string;
  let url: string;
  let server: Server;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'rolegraph-explorer-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<title>explorer</title>');
    await writeFile(path.join(dist, 'graphiql.html'), '<title>ide</title>');
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    ({ url, server } = await listen(dist));
  });

  afterAll(async () => {
    server.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the explorer at / with a policy that allows no other host', async () => {
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>explorer</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it.each([
    '/person/ilona-benz',
    '/organization/kl-digital',
    '/network/ilona-benz',
    '/network/kl-digital',
    '/changes/person/ilona-benz',
    '/changes/organization/kl-digital',
  ])('answers the client route %s with the explorer, so a shared link works on reload', async (route) => {
    const response = await fetch(`${url}${route}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>explorer</title>');
  });

  it('answers the page of a source that exists', async () => {
    const { sources } = miniArticle();
    expect((await fetch(`${url}/source/${sources[0]?.id}`)).status).toBe(200);
  });

  it.each([
    '/person/nobody',
    '/person/kl-digital',
    '/organization/ilona-benz',
    '/network/nobody',
    '/source/nothing',
    '/changes/person/kl-digital',
    '/person/with/slashes',
  ])('answers an id nobody knows, %s, with 404 and the explorer page that says so', async (route) => {
    const response = await fetch(`${url}${route}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>explorer</title>');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it.each(['/elsewhere', '/people/ilona-benz', '/person/', '/changes/source/x'])(
    'answers the unknown path %s with 404 and the explorer page, not a bare "Cannot GET"',
    async (route) => {
      const response = await fetch(`${url}${route}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('<title>explorer</title>');
    },
  );

  it('answers 503 with the page when the graph cannot say whether the id exists', async () => {
    const failing = await listen(dist, async () => {
      throw new Error('Neo4j is away');
    });
    try {
      const response = await fetch(`${failing.url}/person/ilona-benz`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('<title>explorer</title>');
    } finally {
      failing.server.close();
    }
  });

  it('serves the GraphQL IDE at /graphiql', async () => {
    const response = await fetch(`${url}/graphiql`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>ide</title>');
  });

  it('serves hashed assets as immutable and answers a missing one with 404', async () => {
    const asset = await fetch(`${url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  });

  it('leaves the routes mounted before it to the rest of the app', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('says how to build the explorer when web/dist is missing', async () => {
    const empty = await listen(path.join(dist, 'not-built'));
    try {
      const response = await fetch(`${empty.url}/person/ilona-benz`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:web');
    } finally {
      empty.server.close();
    }
  });
});
