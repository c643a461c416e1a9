import { useEffect, useState } from 'preact/hooks';
import { type Document, requestGraphQL } from './client.js';

export type QueryResult<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error'; error: Error; retry: () => void } | { status: 'done'; data: T };

/**
 * Runs `query` whenever it or its variables change; a newer request aborts the older
 * one, so a slow answer never overwrites a newer view. A null query does nothing.
 */
export function useQuery<T, V>(document: Document<T, V> | null, variables: V): QueryResult<T> {
  const query = document === null ? null : document.toString();
  const [result, setResult] = useState<QueryResult<T>>({ status: query ? 'loading' : 'idle' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (!query) {
      setResult({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult({ status: 'loading' });
    requestGraphQL<T, V>(query as Document<T, V>, variables, controller.signal).then(
      (data) => setResult({ status: 'done', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setResult({ status: 'error', error: error instanceof Error ? error : new Error(String(error)), retry: () => setAttempt((a) => a + 1) });
      },
    );
    return () => controller.abort();
    // The variables are compared by their JSON, not by object identity.
  }, [query, key, attempt]);
  return result;
}
