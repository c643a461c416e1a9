import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { formatDate } from '../format/dates.js';
import type { ActivityView, DescribedFact } from '../graphql/types.js';
import { CitationButton } from './CitationButton.js';

interface DescribedFactsProps {
  id: string;
  heading: string;
  facts: (DescribedFact & Partial<Pick<ActivityView, 'lastConfirmedOn'>>)[];
  factOf: (fact: DescribedFact) => CitedFact;
}

/** A person's other activities or an organisation's plans: what the source says, with its sources. */
export function DescribedFacts({ id, heading, facts, factOf }: DescribedFactsProps) {
  const view = useView();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="described-facts" data-testid={id}>
        {facts.map((fact) => (
          <li class="described-fact" key={fact.id}>
            <span>{fact.description}</span>
            {fact.lastConfirmedOn && (
              <span class="muted">
                {view.t('lastConfirmed')} {formatDate(view.state.lang, fact.lastConfirmedOn)}
              </span>
            )}
            <CitationButton fact={factOf(fact)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
