import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { matchesEntityTag } from './httpCaching.js';
import { schemaSource } from './typeDefs.js';

/**
 * Serves the API contract, schema.graphql, as written: with its descriptions, and
 * whether or not introspection is on (it is off in production). Code generators load
 * it by URL (`schema: 'https://…/schema.graphql'`). It changes only with a release, so
 * it is cacheable and revalidated by its ETag.
 */
export function serveSchema(maxAgeSeconds: number): RequestHandler {
  const tag = `"${createHash('sha256').update(schemaSource).digest('base64url').slice(0, 27)}"`;
  return (req, res) => {
    res.set({ etag: tag, 'cache-control': `public, max-age=${maxAgeSeconds}`, 'content-type': 'text/plain; charset=utf-8' });
    if (matchesEntityTag(req.headers['if-none-match'], tag)) res.status(304).end();
    else res.send(schemaSource);
  };
}
