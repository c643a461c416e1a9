import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler } from 'express';
import { maskedMessage } from './apiErrors.js';
import type { Logger } from './createLogger.js';

/** What the body parser reports, by its `type`, and what the client is told. */
const bodyProblems: Record<string, { status: number; code: string; message: (limitBytes: number) => string }> = {
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: (limit) => `The request body is larger than ${Math.round(limit / 1024)} kB. Send a shorter query, or page through the data.`,
  },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON.' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'The request body uses a content encoding the API does not accept (use identity, gzip or deflate).' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: () => 'The request body must be UTF-8 JSON.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: () => 'The request was aborted before its body arrived.' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is shorter or longer than its Content-Length says.' },
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
      logger.warn({ requestId, status: known.status, problem: type }, 'request refused before GraphQL');
      res.status(known.status).json({ errors: [{ message: known.message(limitBytes), extensions: { code: known.code } }] });
      return;
    }
    logger.error({ requestId, err: error }, 'request failed before GraphQL');
    res.status(500).json({ errors: [{ message: maskedMessage, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
  };
}
