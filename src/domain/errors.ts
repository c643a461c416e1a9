/**
 * The error codes clients and operators see. Every failure rolegraph reports on
 * purpose carries one of these; anything else is an internal error and is masked
 * at the boundary (the API, the CLIs).
 */
export enum ErrorCode {
  BadUserInput = 'BAD_USER_INPUT',
  NotFound = 'NOT_FOUND',
  SeedValidation = 'SEED_VALIDATION_FAILED',
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
  DatabaseConstraint = 'DATABASE_CONSTRAINT_VIOLATED',
  DatabaseQuery = 'DATABASE_QUERY_FAILED',
  Configuration = 'CONFIGURATION_INVALID',
  LocalNeo4j = 'LOCAL_NEO4J_FAILED',
}

/** The one base class for the failures rolegraph knows about. */
export abstract class RolegraphError extends Error {
  abstract readonly code: ErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An argument broke a rule; the message states the rule and shows the bad value. */
export class BadUserInputError extends RolegraphError {
  readonly code = ErrorCode.BadUserInput;

  /**
   * @param argument the name of the argument as the caller wrote it, e.g. `at`
   * @param expected the rule in words, e.g. `a calendar date in the form YYYY-MM-DD`
   * @param value the value received, shown back to the caller
   */
  constructor(
    readonly argument: string,
    readonly expected: string,
    readonly value: unknown,
  ) {
    super(`Argument "${argument}" must be ${expected}; got ${JSON.stringify(value)}.`);
  }
}

/** Something that was asked for by id does not exist. */
export class NotFoundError extends RolegraphError {
  readonly code = ErrorCode.NotFound;

  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id ${JSON.stringify(id)}.`);
  }
}

/** A problem in a fact file, located to the character. */
export interface SeedProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** Fact files failed validation; nothing was written. Carries every problem found. */
export class SeedValidationError extends RolegraphError {
  readonly code = ErrorCode.SeedValidation;

  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the fact files; nothing was written.\n` +
        problems.map(formatSeedProblem).join('\n'),
    );
  }
}

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function formatSeedProblem(problem: SeedProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

/** Neo4j could not be reached (down, restarting, wrong address or credentials). */
export class DatabaseUnavailableError extends RolegraphError {
  readonly code = ErrorCode.DatabaseUnavailable;
}

/** A write broke a uniqueness or existence constraint. */
export class DatabaseConstraintError extends RolegraphError {
  readonly code = ErrorCode.DatabaseConstraint;
}

/** Neo4j refused a statement for any other reason. */
export class DatabaseQueryError extends RolegraphError {
  readonly code = ErrorCode.DatabaseQuery;
}

/** The environment does not describe a usable configuration; lists every problem at once. */
export class ConfigurationError extends RolegraphError {
  readonly code = ErrorCode.Configuration;

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The project's own local Neo4j could not be prepared, started or stopped. */
export class LocalNeo4jError extends RolegraphError {
  readonly code = ErrorCode.LocalNeo4j;
}
