import type { TypedDocumentString } from './generated/graphql.js';

/**
 * The explorer's whole GraphQL client: one POST to the same origin's /graphql. The
 * explorer reads nothing else, so it shows exactly what any API client would see.
 */

/** The API answered, but with errors (bad input, an unknown failure, a network problem). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const graphqlEndpoint = '/graphql';

/**
 * A document as codegen makes it (its text, typed by what it answers and takes), or a
 * query assembled at run time from typed fragments (see `queries.ts`), typed by its caller.
 */
export type Document<T, V> = TypedDocumentString<T, V> | (string & { readonly __answer?: T; readonly __variables?: V });

/** Runs one query; resolves with `data`, or rejects with every error message the API gave. */
export async function requestGraphQL<T, V>(document: Document<T, V>, variables: V, signal?: AbortSignal): Promise<T> {
  const response = await fetch(graphqlEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  if (body.errors?.length) {
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join('; '),
      body.errors.map((e) => e.extensions?.code ?? 'UNKNOWN'),
    );
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText}`, ['HTTP_' + response.status]);
  }
  return body.data;
}
