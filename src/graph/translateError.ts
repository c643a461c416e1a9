import { DatabaseConstraintError, DatabaseQueryError, DatabaseUnavailableError, RolegraphError } from '../domain/errors.js';

/** Driver error codes that mean "the server is not there (right now)". */
const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Cluster.NotALeader',
]);

const constraintViolation = 'Neo.ClientError.Schema.ConstraintValidationFailed';

/** True for a driver error saying a statement broke a uniqueness or existence constraint. */
export function isConstraintViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === constraintViolation;
}

const bookmarkTimeout = 'Neo.TransientError.Transaction.BookmarkTimeout';

/**
 * True for an error saying the database has not reached the bookmarks a transaction
 * waited for: it lags (a secondary), or its store was replaced and counts afresh. Takes
 * the driver's error or one of ours that wraps it.
 */
export function isBookmarkBehind(error: unknown): boolean {
  const cause = error instanceof RolegraphError ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && (cause as { code: unknown }).code === bookmarkTimeout;
}

/**
 * Translates a driver error into one of ours by its code, never by its message text.
 * The statement name is kept for the logs; the original error stays as the cause.
 */
export function translateError(error: unknown, statement: string): RolegraphError {
  if (error instanceof RolegraphError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (unavailableCodes.has(code) || code.startsWith('Neo.TransientError.')) {
    return new DatabaseUnavailableError(`Neo4j is unavailable (${code || 'no code'}) while running ${statement}.`, { cause: error });
  }
  if (code === constraintViolation) {
    return new DatabaseConstraintError(`A graph constraint was violated by ${statement}.`, { cause: error });
  }
  return new DatabaseQueryError(`Neo4j refused ${statement} (${code || 'no code'}).`, { cause: error });
}
