import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ApiContext } from './context.js';
import type { GraphStateCache } from './GraphStateCache.js';
import { schemaSource } from './typeDefs.js';

/**
 * HTTP caching of GET queries. The graph changes only when it is seeded, and every
 * answer is a function of the query, the graph and the contract, so the entity tag of
 * a GET answer is derived from the graph's version, the schema and the mode (what a
 * production server hides): it changes exactly when one of them does. A GET answer
 * without errors may be kept by browsers and shared caches for `maxAgeSeconds`, then
 * revalidated with `If-None-Match`, which the API answers 304 before parsing the query.
 * POST answers and answers with errors are never stored (`no-store`).
 */

export interface HttpCachingOptions {
  /** `Cache-Control: public, max-age=…` of cacheable answers, in seconds. */
  maxAgeSeconds: number;
  production: boolean;
}

/** The weak entity tag of every GET answer for one graph version (weak: compressed and plain bytes differ). */
export function entityTag(version: string, production: boolean): string {
  const digest = createHash('sha256')
    .update(`${version}\n${production ? 'production' : 'development'}\n${schemaSource}`)
    .digest('base64url');
  return `W/"${digest.slice(0, 27)}"`;
}

/** True when an `If-None-Match` header names `tag` (compared weakly, as RFC 9110 asks for GET). */
export function matchesEntityTag(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  const opaque = (value: string) => value.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => candidate.trim() === '*' || opaque(candidate) === opaque(tag));
}

const cacheControl = (maxAgeSeconds: number) => `public, max-age=${maxAgeSeconds}`;

/**
 * Hands each GraphQL request the graph state it is answered against (as
 * `res.locals.graphState`), and answers a GET whose `If-None-Match` names the current
 * tag with 304 at once: the query is neither parsed nor run.
 */
export function conditionalGet(states: GraphStateCache, options: HttpCachingOptions): RequestHandler {
  return (req, res, next) => {
    const state = states.current();
    res.locals.graphState = state;
    if (req.method !== 'GET') {
      next();
      return;
    }
    // The answer's content type follows Accept and its encoding Accept-Encoding (compression
    // names it only on answers it compresses; a 304 must vary as its 200 does); CORS adds Origin.
    res.vary('Accept');
    res.vary('Accept-Encoding');
    if (state.version !== null) {
      const tag = entityTag(state.version, options.production);
      if (matchesEntityTag(req.headers['if-none-match'], tag)) {
        res
          .status(304)
          .set({ etag: tag, 'cache-control': cacheControl(options.maxAgeSeconds) })
          .end();
        return;
      }
    }
    next();
  };
}

/** Marks GET answers without errors as cacheable with their tag, and everything else as not to be stored. */
export function httpCachingPlugin(options: HttpCachingOptions): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue }) {
          const { version } = contextValue.graph;
          const cacheable = request.http?.method === 'GET' && version !== null && response.body.kind === 'single' && !response.body.singleResult.errors?.length;
          if (cacheable) {
            response.http.headers.set('etag', entityTag(version, options.production));
            response.http.headers.set('cache-control', cacheControl(options.maxAgeSeconds));
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
