import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { createFactBuilder } from '../citations/facts.js';
import { identityDisputed } from '../citations/disputes.js';
import { personFacts } from '../citations/pageFacts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { DescribedFacts } from '../components/DescribedFacts.js';
import { FactButtons } from '../components/FactButtons.js';
import { FilterBanner } from '../components/FilterBanner.js';
import { PageActions } from '../components/PageActions.js';
import { QueryState } from '../components/QueryState.js';
import { DisputedBadge } from '../components/Disputes.js';
import { InferredBadge } from '../components/StatusBadges.js';
import { Timeline } from '../components/Timeline.js';
import { certaintyOn } from '../facts/certainty.js';
import { formatBirthYears } from '../format/dates.js';
import { personDocument } from '../graphql/documents.js';
import { useQuery } from '../graphql/useQuery.js';
import { NotFoundPage } from './NotFoundPage.js';
import { NotYetKnown } from './NotYetKnown.js';

/** A person: name, birth as known, and every tenure on a timeline with its sources. */
export function PersonPage({ id }: { id: string }) {
  const view = useView();
  const { asOf, knownOn, lang } = view.state;
  const result = useQuery(personDocument, { id, lang, knownOn });
  const person = result.status === 'done' ? result.data.person : null;
  const everything = result.status === 'done' ? result.data.everything : null;
  const name = everything?.name ?? id;
  const missing = result.status === 'done' && !everything;
  useDocumentMeta(missing ? null : `${name} – ${view.t('titleSuffix')}`, view.t('metaPerson', { name }));

  if (result.status !== 'done') return <QueryState result={result} />;
  if (!everything) return <NotFoundPage message={view.t('notFoundPerson')} />;
  if (!person) return <NotYetKnown kind="person" name={everything.name} />;

  const facts = createFactBuilder(lang);
  const { entity: entityFact, birth: birthFact, all: allFacts } = personFacts(facts, person);
  const activityFact = (activity: (typeof person.activities)[number]) => facts.described('activity', person.name, activity);
  const openFact = allFacts.find((fact) => fact.key === view.state.cite) ?? null;
  const notHeld = asOf ? person.tenures.filter((tenure) => certaintyOn(tenure, asOf) === null).length : 0;

  return (
    <article class="entity" data-testid="person-page">
      <header class="entity__header">
        <p class="entity__kind">{view.t('person')}</p>
        <h1>
          {person.honorific && <span class="entity__honorific">{person.honorific} </span>}
          {person.name}
        </h1>
        {identityDisputed(person) && (
          <p class="entity__disputed">
            <DisputedBadge /> <FactButtons fact={entityFact} />
          </p>
        )}
        {person.birth && birthFact && (
          <p class="entity__birth">
            <span data-testid="birth">
              {view.t('born')} {formatBirthYears(person.birth)}
            </span>{' '}
            {birthFact.inferences.length > 0 && <InferredBadge inferences={birthFact.inferences} />}
            {person.birth.disputed && <DisputedBadge />} <FactButtons fact={birthFact} />
          </p>
        )}
        {person.aliases.length > 0 && (
          <p class="entity__aliases">
            {view.t('aliases')}: {person.aliases.join(', ')}
          </p>
        )}
        <p class="entity__sources">
          {view.t('aboutPerson')}: <FactButtons fact={entityFact} />
        </p>
        <PageActions
          kind="person"
          id={person.id}
          name={person.name}
          page={{ ...entityFact, statement: `${person.name}: ${view.t('tenures')}`, citations: allFacts.flatMap((fact) => fact.citations) }}
          exportInput={{ entity: { kind: 'person', id: person.id, name: person.name }, roles: person.tenures, successions: [], stakes: [] }}
        />
      </header>
      <FilterBanner
        hidden={[
          { noun: 'role', n: everything.tenures.length - person.tenures.length },
          { noun: 'activity', n: everything.activities.length - person.activities.length },
          { noun: 'birth', n: everything.birth && !person.birth ? 1 : 0 },
          { noun: 'name', n: everything.aliases.length - person.aliases.length },
          { noun: 'quote', n: everything.sources.length - person.sources.length },
        ]}
        outOfDate={[{ noun: 'role', n: notHeld }]}
      />
      <section aria-labelledby="tenures-heading">
        <h2 id="tenures-heading">{view.t('tenures')}</h2>
        {person.tenures.length === 0 ? <p>{view.t('noTenures')}</p> : <Timeline tenures={person.tenures} factOf={facts.tenure} />}
      </section>
      <DescribedFacts id="activities" heading={view.t('activities')} facts={person.activities} factOf={activityFact} />
      <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null} />
    </article>
  );
}
