import { useView } from '../app/view.js';
import { evidenceCount } from '../citations/counts.js';
import type { CitedFact } from '../citations/facts.js';
import { navigate } from '../routing/location.js';

/**
 * Opens the dialog with a fact's citations by putting the fact's key into the URL. The
 * dialog gets a history entry of its own, so Back closes it as the close button does.
 */
export function CitationButton({ fact, class: className }: { fact: CitedFact; class?: string }) {
  const view = useView();
  const count = evidenceCount(view.state.lang, fact.citations);
  return (
    <button
      type="button"
      class={className ?? 'cite-button'}
      data-cite={fact.key}
      aria-haspopup="dialog"
      aria-label={`${view.t('sources')} (${count}): ${fact.label}`}
      onClick={() => navigate(view.hereWith({ cite: fact.key }), { dialog: true })}
    >
      {view.t('sources')} <span class="cite-button__count">({count})</span>
    </button>
  );
}
