import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { describedKey, tenureFact } from '../citations/facts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { DescribedFacts } from '../components/DescribedFacts.js';
import { QueryState } from '../components/QueryState.js';
import { Timeline } from '../components/Timeline.js';
import { formatBirthYears } from '../format/dates.js';
import type { DescribedFact, TenureView } from '../graphql/types.js';
import { type PersonData, personQuery } from '../graphql/queries.js';
import { useQuery } from '../graphql/useQuery.js';
import { NotFoundPage } from './NotFoundPage.js';

/** A person: name, birth as known, and every tenure on a timeline with its sources. */
export function PersonPage({ id }: { id: string }) {
  const view = useView();
  const { asOf, knownOn } = view.state;
  const result = useQuery<PersonData>(personQuery(asOf !== null), { id, lang: view.state.lang, knownOn, ...(asOf ? { asOf } : {}) });
  if (result.status !== 'done') return <QueryState result={result} />;
  const person = result.data.person;
  if (!person) return <NotFoundPage message={view.t('notFoundPerson')} />;

  const factOf = (tenure: TenureView): CitedFact => tenureFact(tenure, `${person.name}: ${tenure.titleDe}, ${tenure.organization.name}`);
  const activityFact = (activity: DescribedFact): CitedFact => ({
    key: describedKey('activity', activity),
    label: `${person.name}: ${activity.description}`,
    citations: activity.sources,
    inferences: [],
  });
  const facts = [...person.tenures.map(factOf), ...person.activities.map(activityFact)];
  const openFact = facts.find((fact) => fact.key === view.state.cite) ?? null;

  return (
    <article class="entity" data-testid="person-page">
      <header class="entity__header">
        <p class="entity__kind">{view.t('person')}</p>
        <h1>{person.name}</h1>
        {person.birth && (
          <p class="entity__birth" data-testid="birth">
            {view.t('born')} {formatBirthYears(person.birth)}
          </p>
        )}
        {person.aliases.length > 0 && (
          <p class="entity__aliases">
            {view.t('aliases')}: {person.aliases.join(', ')}
          </p>
        )}
      </header>
      <section aria-labelledby="tenures-heading">
        <h2 id="tenures-heading">{view.t('tenures')}</h2>
        {person.tenures.length === 0 ? <p>{view.t('noTenures')}</p> : <Timeline tenures={person.tenures} factOf={factOf} />}
      </section>
      <DescribedFacts id="activities" heading={view.t('activities')} facts={person.activities} factOf={activityFact} />
      <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null} />
    </article>
  );
}
