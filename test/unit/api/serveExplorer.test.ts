import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer } from '../../../src/api/serveExplorer.js';

async function listen(distDir: string): Promise<{ url: string; server: Server }> {
  const app = express();
  serveExplorer(app, distDir);
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

  it.each(['/person/ilona-benz', '/organization/kl-digital', '/person/with/slashes'])(
    'answers the client route %s with the explorer, so a shared link works on reload',
    async (route) => {
      const response = await fetch(`${url}${route}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>explorer</title>');
    },
  );

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

  it('leaves other paths to the rest of the app', async () => {
    expect((await fetch(`${url}/elsewhere`)).status).toBe(404);
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
