import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { formatDate } from '../format/dates.js';
import type { DescribedFact } from '../graphql/types.js';
import { FactButtons } from './FactButtons.js';

interface DescribedFactsProps<F extends DescribedFact> {
  id: string;
  heading: string;
  facts: F[];
  factOf: (fact: F) => CitedFact;
}

/** A person's other activities or an organisation's plans: what the source says, with its sources. */
export function DescribedFacts<F extends DescribedFact>({ id, heading, facts, factOf }: DescribedFactsProps<F>) {
  const view = useView();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="described-facts" data-testid={id}>
        {facts.map((fact) => (
          <li class="described-fact" key={fact.id}>
            <span>{fact.description}</span>
            {'lastConfirmedOn' in fact && fact.lastConfirmedOn && (
              <span class="muted">
                {view.t('lastConfirmed')} {formatDate(view.state.lang, fact.lastConfirmedOn)}
              </span>
            )}
            <FactButtons fact={factOf(fact)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
