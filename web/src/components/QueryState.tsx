import { useView } from '../app/view.js';
import type { QueryResult } from '../graphql/useQuery.js';

/** Shows loading and failure of a query in the view's language; renders nothing once done. */
export function QueryState({ result }: { result: QueryResult<unknown> }) {
  const view = useView();
  if (result.status === 'loading') {
    return (
      <p class="status" role="status">
        {view.t('loading')}
      </p>
    );
  }
  if (result.status === 'error') {
    return (
      <div class="status status--error" role="alert">
        <p>
          {view.t('failed')}: {result.error.message}
        </p>
        <button type="button" onClick={result.retry}>
          {view.t('retry')}
        </button>
      </div>
    );
  }
  return null;
}
