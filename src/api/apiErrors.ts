import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, RolegraphError } from '../domain/errors.js';
import type { ApiContext } from './context.js';
import { isErrorCode } from './errorStatus.js';

/**
 * The API's one error boundary. RolegraphErrors a client can act on keep their code
 * and message; graphql-js's and Apollo's own errors (syntax, validation, variables)
 * pass as they are; everything else becomes INTERNAL_SERVER_ERROR with a fixed
 * message, so no driver, Cypher, host or stack text reaches a response. Internal
 * errors are logged with the request id, which the response carries too.
 */

export const maskedMessage = 'Internal server error. Quote the requestId when you report it.';
const unavailableMessage = 'The graph database is unavailable right now; try again shortly.';

type Verdict = { kind: 'client'; code: ErrorCode } | { kind: 'unavailable'; cause: RolegraphError } | { kind: 'internal'; cause: unknown };

/**
 * Apollo's errors about the HTTP request itself carry BAD_REQUEST whatever their status;
 * each status gets its own public code, so that every code has one status.
 */
const codeOfRequestStatus: Readonly<Record<number, ErrorCode>> = {
  400: ErrorCode.BadRequest,
  405: ErrorCode.MethodNotAllowed,
  406: ErrorCode.NotAcceptable,
  415: ErrorCode.UnsupportedMediaType,
};

/**
 * Follows `originalError` down to what was really thrown and decides what the client
 * sees. Errors without a path come from parsing, validation or variable coercion:
 * they describe the request, so graphql-js's message is kept, with our code when one
 * of our errors lies underneath (the Date checks throw BadUserInputError). Apollo's
 * own request errors without a code (a persisted query whose hash does not match)
 * are BAD_REQUEST.
 */
export function classifyError(error: unknown): Verdict {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  if (current instanceof RolegraphError) {
    if (current.code === ErrorCode.DatabaseUnavailable) return { kind: 'unavailable', cause: current };
    if (current.code === ErrorCode.InternalServerError) return { kind: 'internal', cause: current };
    return { kind: 'client', code: current.code };
  }
  if (error instanceof GraphQLError && (error.path === undefined || current instanceof GraphQLError)) {
    const code = error.extensions.code ?? (current instanceof GraphQLError ? current.extensions.code : undefined);
    const status = httpStatusIn(error.extensions.http);
    if (code === ErrorCode.BadRequest || (code === undefined && status !== undefined)) {
      const requestCode = status === undefined ? ErrorCode.BadRequest : codeOfRequestStatus[status];
      if (requestCode) return { kind: 'client', code: requestCode };
    }
    if (isErrorCode(code) && code !== ErrorCode.InternalServerError) return { kind: 'client', code };
  }
  return { kind: 'internal', cause: current };
}

function httpStatusIn(http: unknown): number | undefined {
  if (typeof http !== 'object' || http === null || !('status' in http)) return undefined;
  return typeof http.status === 'number' ? http.status : undefined;
}

/** Apollo's `formatError`: translates once, and never lets a stack trace through. */
export function formatApiError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const verdict = classifyError(error);
  const { locations, path } = formatted;
  const where = { ...(locations ? { locations } : {}), ...(path ? { path } : {}) };
  if (verdict.kind === 'client') {
    // For variables, graphql-js prefixes our message with the variable's name: keep its wording.
    return { message: formatted.message, ...where, extensions: { code: verdict.code } };
  }
  if (verdict.kind === 'unavailable') return { message: unavailableMessage, ...where, extensions: { code: ErrorCode.DatabaseUnavailable } };
  return { message: maskedMessage, ...where, extensions: { code: ErrorCode.InternalServerError } };
}

/**
 * Logs what the boundary masks, with the request id, and hands the id to the client:
 * in the `x-request-id` header and on every masked error.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const verdict = classifyError(error);
            if (verdict.kind !== 'client') contextValue.logger.error({ err: verdict.cause, path: error.path }, `request failed: ${verdict.kind}`);
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (code === ErrorCode.InternalServerError || code === ErrorCode.DatabaseUnavailable) {
              Object.assign(error, { extensions: { ...error.extensions, requestId: contextValue.requestId } });
            }
          }
        },
      };
    },
  };
}
