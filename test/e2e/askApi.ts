import { inject } from 'vitest';

/** A JSON-shaped answer, for reading fields in assertions. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Asks the running API directly. The tests compare what the page shows with what the
 * API says, so they check the explorer's rendering rather than re-stating the graph.
 */
export async function askApi(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const { baseUrl } = inject('explorer');
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`The API answered with errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
