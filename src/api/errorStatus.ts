import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../domain/errors.js';

/**
 * One HTTP status per error code, wherever the API detects the failure: while reading
 * the body, parsing, validating, coercing variables or resolving a field. The README's
 * table of error codes shows this record (a unit test keeps the two equal).
 */
export const httpStatusOf: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BadRequest]: 400,
  [ErrorCode.GraphqlParseFailed]: 400,
  [ErrorCode.GraphqlValidationFailed]: 400,
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.OperationResolutionFailure]: 400,
  [ErrorCode.QueryTooComplex]: 400,
  [ErrorCode.NotFound]: 404,
  // Not 400: Apollo Client's persisted-query link turns persisted queries off for good
  // after a 400, and it must instead resend the query with its hash.
  [ErrorCode.PersistedQueryNotFound]: 404,
  [ErrorCode.MethodNotAllowed]: 405,
  [ErrorCode.NotAcceptable]: 406,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.InternalServerError]: 500,
  [ErrorCode.DatabaseUnavailable]: 503,
};

const knownCodes = new Set<string>(Object.values(ErrorCode));

/** True when `code` is one of the public codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && knownCodes.has(code);
}

/**
 * The status of a response carrying these errors: the highest of their codes' statuses
 * (a failure of the server outweighs a mistake of the client); 200 without errors.
 */
export function statusForErrors(errors: readonly GraphQLFormattedError[] | undefined): number {
  let status = 200;
  for (const error of errors ?? []) {
    const code = error.extensions?.code;
    status = Math.max(status, isErrorCode(code) ? httpStatusOf[code] : httpStatusOf[ErrorCode.InternalServerError]);
  }
  return status;
}

/**
 * Sets the HTTP status of every GraphQL response from its errors' codes, so that, say,
 * BAD_USER_INPUT is 400 whether variable coercion or a resolver found the mistake.
 */
export function errorStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (errors?.length) response.http.status = statusForErrors(errors);
        },
      };
    },
  };
}
