import type { CitedFact } from '../citations/facts.js';
import { CitationButton } from './CitationButton.js';
import { CiteButton } from './CiteButton.js';

/** The two actions every fact offers: open its sources, and copy a citation of it. */
export function FactButtons({ fact }: { fact: CitedFact }) {
  return (
    <span class="fact-buttons">
      <CitationButton fact={fact} />
      <CiteButton fact={fact} />
    </span>
  );
}
