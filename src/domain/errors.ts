/**
 * The error codes clients see, in `extensions.code` of a GraphQL error: the one public
 * list. Where Apollo Server has a code for the failure (`ApolloServerErrorCode`), the
 * value is Apollo's, so clients written for Apollo understand it; the rest are
 * rolegraph's. The API answers each code with one HTTP status (`src/api/errorStatus.ts`,
 * the README's table). A failure clients must not see in detail (a refused statement,
 * a broken configuration) carries `InternalServerError`: the API masks its message.
 */
export enum ErrorCode {
  /** Apollo's: something failed that the client cannot fix; the message is masked. */
  InternalServerError = 'INTERNAL_SERVER_ERROR',
  /** Apollo's: the query is not valid GraphQL syntax, or has more tokens than allowed. */
  GraphqlParseFailed = 'GRAPHQL_PARSE_FAILED',
  /** Apollo's: the query does not fit the schema, or breaks a depth, alias or directive limit. */
  GraphqlValidationFailed = 'GRAPHQL_VALIDATION_FAILED',
  /** Apollo's: an argument or variable breaks a rule; the message names it. */
  BadUserInput = 'BAD_USER_INPUT',
  /** Apollo's: the request names an operation the document does not contain. */
  OperationResolutionFailure = 'OPERATION_RESOLUTION_FAILURE',
  /** Apollo's: an automatic persisted query's hash is not known (yet); send the query with it. */
  PersistedQueryNotFound = 'PERSISTED_QUERY_NOT_FOUND',
  /** Apollo's: the request is malformed (body, batch, persisted-query hash, cross-site request). */
  BadRequest = 'BAD_REQUEST',
  /** The request uses an HTTP method the endpoint does not answer. */
  MethodNotAllowed = 'METHOD_NOT_ALLOWED',
  /** The request's `accept` header allows no media type the API answers with. */
  NotAcceptable = 'NOT_ACCEPTABLE',
  /** The request body (or a GET's content type) is in a form the API does not read. */
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  /** The request body is larger than the API reads. */
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  /** The query's estimated cost exceeds the limit. */
  QueryTooComplex = 'QUERY_TOO_COMPLEX',
  /** A fact the graph refers to is missing (the graph changed under the request). */
  NotFound = 'NOT_FOUND',
  /** Neo4j cannot be reached right now; retry shortly. */
  DatabaseUnavailable = 'DATABASE_UNAVAILABLE',
}

/**
 * The one base class for the failures rolegraph knows about. `code` is what a client
 * sees when the failure reaches the API.
 */
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
  readonly code = ErrorCode.InternalServerError;

  constructor(readonly problems: readonly SeedProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the fact files; nothing was written.\n` + problems.map(formatSeedProblem).join('\n'),
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
  readonly code = ErrorCode.InternalServerError;
}

/** Neo4j refused a statement for any other reason. */
export class DatabaseQueryError extends RolegraphError {
  readonly code = ErrorCode.InternalServerError;
}

/** The environment does not describe a usable configuration; lists every problem at once. */
export class ConfigurationError extends RolegraphError {
  readonly code = ErrorCode.InternalServerError;

  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The project's own local Neo4j could not be prepared, started or stopped. */
export class LocalNeo4jError extends RolegraphError {
  readonly code = ErrorCode.InternalServerError;
}

/** An offline import would replace a graph that holds facts: it loads an empty graph only. */
export class GraphNotEmptyError extends RolegraphError {
  readonly code = ErrorCode.BadUserInput;

  constructor(readonly facts: number) {
    super(
      `The graph already holds ${facts} fact nodes, and an offline import replaces the whole database. ` +
        'Add --reset to replace them (the old database is kept until the import completes), or merge into them with npm run seed:bulk without --import.',
    );
  }
}

/** A seed of files would mirror them over a graph loaded in bulk, deleting the bulk facts. */
export class BulkLoadedGraphError extends RolegraphError {
  readonly code = ErrorCode.BadUserInput;

  constructor() {
    super(
      'The graph was loaded in bulk (npm run seed:bulk), and a seed of files makes the graph mirror them, which would delete every bulk fact. ' +
        'Nothing was written. Add the files with npm run seed:bulk -- <folder> (it merges), or replace the whole graph with npm run seed -- --reset.',
    );
  }
}
