import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { navigate } from '../routing/location.js';

/**
 * Opens the dialog with a fact's citations by putting the fact's key into the URL.
 * The dialog is state of the view, not of the history: opening it replaces the entry.
 */
export function CitationButton({ fact, class: className }: { fact: CitedFact; class?: string }) {
  const view = useView();
  return (
    <button
      type="button"
      class={className ?? 'cite-button'}
      data-cite={fact.key}
      aria-haspopup="dialog"
      aria-label={`${view.t('sourcesOf')} ${fact.label} (${fact.citations.length})`}
      onClick={() => navigate(view.hereWith({ cite: fact.key }), { replace: true })}
    >
      {view.t('sources')} ({fact.citations.length})
    </button>
  );
}
