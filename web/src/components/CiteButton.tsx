import { useView } from '../app/view.js';
import { citationText } from '../citations/citeText.js';
import type { CitedFact } from '../citations/facts.js';
import { todayIso } from '../format/dates.js';
import { copyText } from './CopyNotice.js';

/**
 * "Zitieren / Cite": copies a citation ready to paste into an article, with the fact in
 * words, its quotes and sources, and a permalink that reopens this view on its sources.
 * A key starting with `page:` cites the whole page: its sources and its permalink.
 */
export function CiteButton({ fact, text }: { fact: Pick<CitedFact, 'key' | 'label' | 'statement' | 'citations' | 'inferences'>; text?: string }) {
  const view = useView();
  const { lang, asOf, knownOn } = view.state;
  const copy = () => {
    const wholePage = fact.key.startsWith('page:');
    const permalink = new URL(view.hereWith({ cite: wholePage ? null : fact.key }), window.location.origin).href;
    void copyText(citationText(fact, { lang, permalink, retrievedOn: todayIso(), asOf, knownOn }, !wholePage));
  };
  const visible = text ?? view.t('cite');
  // The accessible name starts with the visible words, so speech input can say what it reads.
  return (
    <button type="button" class="cite-button cite-button--copy" data-copy-cite={fact.key} aria-label={`${visible}: ${fact.label}`} onClick={copy}>
      {visible}
    </button>
  );
}
