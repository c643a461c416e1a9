import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, RolegraphError } from '../domain/errors.js';
import type { ApiContext } from './context.js';

/**
 * The API's one error boundary. RolegraphErrors a client can act on keep their code
 * and message; graphql-js's and Apollo's own errors (syntax, validation, variables)
 * pass as they are; everything else becomes INTERNAL_SERVER_ERROR with a fixed
 * message, so no driver, Cypher, host or stack text reaches a response. Internal
 * errors are logged with the request id, which the response carries too.
 */

export const maskedMessage = 'Internal server error. Quote the requestId when you report it.';
const unavailableMessage = 'The graph database is unavailable right now; try again shortly.';

/** Codes whose messages are written for clients and safe to show. */
const clientCodes = new Set<ErrorCode>([ErrorCode.BadUserInput, ErrorCode.NotFound]);

type Verdict =
  | { kind: 'client'; code: string }
  | { kind: 'unavailable'; cause: RolegraphError }
  | { kind: 'internal'; cause: unknown };

/**
 * Follows `originalError` down to what was really thrown and decides what the client
 * sees. Errors without a path come from parsing, validation or variable coercion:
 * they describe the request, so graphql-js's message is kept, with our code when one
 * of our errors lies underneath (the Date checks throw BadUserInputError).
 */
export function classifyError(error: unknown): Verdict {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  if (current instanceof RolegraphError) {
    if (clientCodes.has(current.code)) return { kind: 'client', code: current.code };
    if (current.code === ErrorCode.DatabaseUnavailable) return { kind: 'unavailable', cause: current };
    return { kind: 'internal', cause: current };
  }
  if (error instanceof GraphQLError && (error.path === undefined || current instanceof GraphQLError)) {
    const code = error.extensions.code ?? (current instanceof GraphQLError ? current.extensions.code : undefined);
    if (code !== undefined) return { kind: 'client', code: String(code) };
  }
  return { kind: 'internal', cause: current };
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
  return { message: maskedMessage, ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
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
            if (code === 'INTERNAL_SERVER_ERROR' || code === ErrorCode.DatabaseUnavailable) {
              Object.assign(error, { extensions: { ...error.extensions, requestId: contextValue.requestId } });
            }
          }
        },
      };
    },
  };
}
