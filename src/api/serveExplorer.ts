import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Response } from 'express';
import { projectRoot } from '../projectRoot.js';

/** Where `npm run build:web` puts the explorer and the IDE. */
export const defaultExplorerDir = path.join(projectRoot, 'web', 'dist');

/** The explorer's client-side routes: the browser asks for them on reload or from a shared link. */
const explorerRoutes = ['/', '/person/*id', '/organization/*id'];

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

/**
 * Serves the built explorer at `/` (with its routes falling back to `index.html`, so
 * `/person/ilona-benz` works on reload) and the GraphQL IDE at `/graphiql`. When the
 * bundle has not been built, those routes say how to build it instead of failing blindly.
 */
export function serveExplorer(app: Express, distDir: string = defaultExplorerDir): void {
  const page = (file: string) => (_req: unknown, res: Response) => {
    const filePath = path.join(distDir, file);
    if (!existsSync(filePath)) {
      res.status(503).type('text/plain').send('The explorer has not been built yet. Run `npm run build:web` (or `npm start`, which builds it).\n');
      return;
    }
    // The HTML names the hashed assets of one build, so it must never be cached past a rebuild.
    res.set({ 'Cache-Control': 'no-cache', 'Content-Security-Policy': contentSecurityPolicy });
    res.sendFile(filePath);
  };
  app.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
  );
  app.get(explorerRoutes, page('index.html'));
  app.get('/graphiql', page('graphiql.html'));
}
