import cors from 'cors';
import type { RequestHandler } from 'express';

/** Browser origins whose pages may call the API: `*` for every origin, or a list (empty: none). */
export type AllowedOrigins = '*' | readonly string[];

/** Request headers a page on an allowed origin may send (besides the ones browsers always allow). */
export const corsRequestHeaders = [
  'content-type',
  'accept',
  'if-none-match',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/** Response headers such a page may read besides the safelisted ones. */
export const corsExposedHeaders = ['x-request-id', 'etag'];

/** How long a browser may reuse a preflight's answer, in seconds. */
export const corsPreflightMaxAgeSeconds = 600;

/** True when pages of `origin` may call the API. */
export function isOriginAllowed(allowed: AllowedOrigins, origin: string | undefined): boolean {
  return origin !== undefined && (allowed === '*' || allowed.includes(origin));
}

/**
 * Cross-origin resource sharing by the `cors` middleware (Express's own): a page of an
 * allowed origin gets `Access-Control-Allow-Origin` (its own origin, or `*` when every
 * origin is allowed), preflights are answered 204 with the methods and headers above,
 * and `x-request-id` is readable. A page of any other origin gets no such header, so
 * its browser neither sends the real request after a preflight nor lets it read answers.
 * No credentials: the API uses no cookies and no authentication.
 */
export function corsMiddleware(allowed: AllowedOrigins): RequestHandler {
  return cors({
    origin: allowed === '*' ? '*' : (origin, done) => done(null, isOriginAllowed(allowed, origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: corsRequestHeaders,
    exposedHeaders: corsExposedHeaders,
    maxAge: corsPreflightMaxAgeSeconds,
    optionsSuccessStatus: 204,
  });
}

/** Content types a browser sends cross-site without asking first (a "simple request"). */
const simpleContentTypes = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** Headers that force a preflight, as Apollo Server's CSRF prevention accepts them. */
const preflightHeaders = ['apollo-require-preflight', 'x-apollo-operation-name'];

/** What the guard passes to the error handler, by `type`, when it refuses a request. */
export const crossSiteRequestType = 'request.cross.site';

/**
 * Apollo Server's CSRF prevention, applied where it protects something. It refuses a
 * request that a browser could send from any page without a preflight (no content
 * type or a form's, and none of `preflightHeaders`), because such a request runs
 * before the browser checks CORS. It lets through:
 *
 * - every request from an allowed origin: the operator trusts those pages;
 * - a GET without an Origin header, as urql and other clients send queries by default
 *   from the API's own origin, and as curl sends them. GET only runs queries (Apollo
 *   refuses anything else over GET), queries change nothing, and the API has no
 *   cookies or logins a forged request could ride on; a page of another origin cannot
 *   read the answer, which CORS withholds. Browsers always send Origin with a POST,
 *   and with a cross-origin fetch, so those stay checked.
 *
 * Everything else keeps Apollo's rule: a simple request from an origin that is not
 * allowed, or a simple POST without an Origin, is answered 400 BAD_REQUEST.
 */
export function csrfGuard(allowed: AllowedOrigins): RequestHandler {
  return (req, _res, next) => {
    const origin = req.headers.origin;
    const exempt = origin === undefined ? req.method === 'GET' : isOriginAllowed(allowed, origin);
    if (exempt || req.method === 'OPTIONS' || !isSimpleRequest(req.headers)) {
      next();
      return;
    }
    next(Object.assign(new Error('Possible cross-site request forgery.'), { type: crossSiteRequestType }));
  };
}

function isSimpleRequest(headers: Record<string, string | string[] | undefined>): boolean {
  const contentType = headers['content-type'];
  if (typeof contentType === 'string' && !simpleContentTypes.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '')) return false;
  return !preflightHeaders.some((name) => {
    const value = headers[name];
    return typeof value === 'string' && value.length > 0;
  });
}
