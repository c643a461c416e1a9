import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../domain/errors.js';
import { maskedMessage } from './apiErrors.js';
import { crossSiteRequestType } from './crossOrigin.js';
import type { Logger } from './createLogger.js';
import { httpStatusOf } from './errorStatus.js';

/** What the body parser reports, by its `type`, and what the client is told. */
const bodyProblems: Record<string, { code: ErrorCode; message: (limitBytes: number) => string }> = {
  'entity.too.large': {
    code: ErrorCode.PayloadTooLarge,
    message: (limit) => `The request body is larger than ${Math.round(limit / 1024)} kB. Send a shorter query, or page through the data.`,
  },
  'entity.parse.failed': { code: ErrorCode.BadRequest, message: () => 'The request body is not valid JSON.' },
  'encoding.unsupported': {
    code: ErrorCode.UnsupportedMediaType,
    message: () => 'The request body uses a content encoding the API does not accept (use identity, gzip or deflate).',
  },
  'charset.unsupported': { code: ErrorCode.UnsupportedMediaType, message: () => 'The request body must be UTF-8 JSON.' },
  'request.aborted': { code: ErrorCode.BadRequest, message: () => 'The request was aborted before its body arrived.' },
  'request.size.invalid': { code: ErrorCode.BadRequest, message: () => 'The request body is shorter or longer than its Content-Length says.' },
  [crossSiteRequestType]: {
    code: ErrorCode.BadRequest,
    message: () =>
      'This request has been blocked as a potential Cross-Site Request Forgery (CSRF): a browser could send it from any page without asking first. ' +
      "Send it with 'content-type: application/json' (or a non-empty 'apollo-require-preflight' header), or from an origin the API allows (CORS_ORIGINS).",
  },
};

/**
 * Answers what goes wrong before a request reaches GraphQL (a body too large, not
 * JSON, compressed in an unknown way) as a GraphQL-shaped JSON error with a 4xx. The
 * default Express handler would answer an HTML page, with a stack trace outside
 * production. Anything else is masked as a 500 with a request id that the log has too.
 */
export function bodyErrorHandler(logger: Logger, limitBytes: number): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : '';
    const known = bodyProblems[type];
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    if (known) {
      const status = httpStatusOf[known.code];
      logger.warn({ requestId, status, problem: type }, 'request refused before GraphQL');
      res.status(status).json({ errors: [{ message: known.message(limitBytes), extensions: { code: known.code } }] });
      return;
    }
    logger.error({ requestId, err: error }, 'request failed before GraphQL');
    res
      .status(httpStatusOf[ErrorCode.InternalServerError])
      .json({ errors: [{ message: maskedMessage, extensions: { code: ErrorCode.InternalServerError, requestId } }] });
  };
}
