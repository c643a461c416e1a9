import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import { projectRoot } from '../projectRoot.js';
import type { Repositories } from './Repositories.js';

/** Where `npm run build:web` puts the explorer and the IDE. */
export const defaultExplorerDir = path.join(projectRoot, 'web', 'dist');

/**
 * The explorer's client-side routes that name an entity, and what must exist for each:
 * the browser asks for them on reload or from a shared link, and an id nobody knows is
 * answered 404 (with the explorer's own page saying so), not 200.
 */
const entityRoutes = {
  '/person/*id': ['person'],
  '/organization/*id': ['organization'],
  '/changes/person/*id': ['person'],
  '/changes/organization/*id': ['organization'],
  '/network/*id': ['person', 'organization'],
  '/source/*id': ['source'],
} as const satisfies Record<string, readonly EntityKind[]>;

export type EntityKind = 'person' | 'organization' | 'source';

/** Whether an entity exists; answers from the graph, or throws when it cannot be reached. */
export type EntityLookup = (kind: EntityKind, id: string) => Promise<boolean>;

/** Looks entities up through the API's repositories (one indexed read each). */
export function lookupEntities(repositories: Pick<Repositories, 'people' | 'organizations' | 'sources'>): EntityLookup {
  const byKind = {
    person: (id: string) => repositories.people.getByIds([id]),
    organization: (id: string) => repositories.organizations.getByIds([id]),
    source: (id: string) => repositories.sources.getByIds([id]),
  } satisfies Record<EntityKind, (id: string) => Promise<unknown[]>>;
  return async (kind, id) => (await byKind[kind](id))[0] != null;
}

/**
 * The explorer and the IDE talk to this server only. The policy makes the browser
 * enforce it, so a page can never load anything from another host, even by mistake.
 * Inline styles are allowed because the timeline positions its bars with them.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface ExplorerOptions {
  distDir?: string;
  /** How entity routes learn whether their id exists; without it every id is served as found. */
  lookup?: EntityLookup;
}

/** Express 5 hands a `*id` wildcard over as its path segments. */
function idOf(request: Request): string {
  const id = (request.params as { id?: string | string[] }).id ?? '';
  return Array.isArray(id) ? id.join('/') : id;
}

/**
 * Serves the built explorer at `/` (with its routes falling back to `index.html`, so
 * `/person/ilona-benz` works on reload) and the GraphQL IDE at `/graphiql`. An unknown
 * id or path gets the explorer's page with 404, so it says "not found" in the page and
 * to crawlers and link checkers alike. When the bundle has not been built, those routes
 * say how to build it instead of failing blindly. Mount it after every other route.
 */
export function serveExplorer(app: Express, options: ExplorerOptions = {}): void {
  const distDir = options.distDir ?? defaultExplorerDir;
  const send = (res: Response, file: string, status: number) => {
    const filePath = path.join(distDir, file);
    if (!existsSync(filePath)) {
      res.status(503).type('text/plain').send('The explorer has not been built yet. Run `npm run build:web` (or `npm start`, which builds it).\n');
      return;
    }
    // The HTML names the hashed assets of one build, so it must never be cached past a rebuild.
    res.status(status).set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': contentSecurityPolicy });
    res.sendFile(filePath);
  };
  app.use('/assets', express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  app.get('/', (_req, res) => send(res, 'index.html', 200));
  for (const [route, kinds] of Object.entries(entityRoutes)) {
    app.get(route, async (req, res) => {
      const { lookup } = options;
      if (!lookup) return send(res, 'index.html', 200);
      const id = idOf(req);
      try {
        const found = await Promise.all(kinds.map((kind) => lookup(kind, id)));
        send(res, 'index.html', found.some(Boolean) ? 200 : 404);
      } catch {
        // The graph cannot say; the page will report what the API answers.
        send(res, 'index.html', 503);
      }
    });
  }
  app.get('/graphiql', (_req, res) => send(res, 'graphiql.html', 200));
  // Whatever else a browser asks for is no page of the explorer's: its own not-found page, with 404.
  app.get('/*path', (_req, res) => send(res, 'index.html', 404));
}
