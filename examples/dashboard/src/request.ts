import type { TypedDocumentString } from './gql/graphql.js';

/** A GraphQL error as the API answers it; `extensions.code` is one of the README's table. */
interface ApiError {
  message: string;
  extensions?: { code?: string; requestId?: string };
}

/**
 * Asks the rolegraph API a typed question with a plain GET, as urql does by default:
 * no content type and no custom header, so the browser sends it without a preflight,
 * and browsers and caches may keep the answer (it carries an ETag and a max-age).
 * The API must list this page's origin in CORS_ORIGINS.
 */
export async function request<Result, Variables>(endpoint: string, document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const url = new URL(endpoint);
  url.searchParams.set('query', document.toString());
  url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { headers: { accept: 'application/graphql-response+json, application/json' } });
  const body = (await response.json()) as { data?: Result | null; errors?: ApiError[] };
  if (body.errors?.length || !body.data) {
    const reasons = (body.errors ?? []).map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    throw new Error(reasons.join('\n') || `The API answered ${response.status} without data.`);
  }
  return body.data;
}
