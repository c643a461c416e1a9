import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { publicationOf, quoted } from '../citations/citeText.js';
import { type CitedFact, createFactBuilder } from '../citations/facts.js';
import { CiteButton } from '../components/CiteButton.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { FactButtons } from '../components/FactButtons.js';
import { QueryState } from '../components/QueryState.js';
import { MarkedText } from '../components/SourceText.js';
import { sourceDocument } from '../graphql/documents.js';
import type { Citation } from '../graphql/types.js';
import { useQuery } from '../graphql/useQuery.js';
import { countOf, type MessageKey } from '../i18n/messages.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { NotFoundPage } from './NotFoundPage.js';

/** The quotes of one source among a fact's quotes of every source. */
const fromSource = (sourceId: string, citations: Citation[]) => citations.filter((citation) => citation.source.id === sourceId);

/**
 * A source: where and when it appeared, a link to the original, its text with every
 * quote marked, and each fact taken from it, so a reader can check a source as a whole.
 * The counts keep sources and quotes apart: this is one source, with many quotes.
 */
export function SourcePage({ id }: { id: string }) {
  const view = useView();
  const { lang } = view.state;
  const result = useQuery(sourceDocument, { id, lang });
  const source = result.status === 'done' ? result.data.source : null;
  const title = source?.title ?? id;
  const missing = result.status === 'done' && !source;
  useDocumentMeta(
    missing ? null : `${view.t('titleSource', { title })} – ${view.t('titleSuffix')}`,
    view.t('metaSource', { title, publisher: source?.publisher ?? '' }),
  );

  if (result.status !== 'done') return <QueryState result={result} />;
  if (!source) return <NotFoundPage message={view.t('sourceNotFound')} />;

  const facts = createFactBuilder(lang);
  const { people, organizations, tenures, ownerships, plans, activities } = source.facts;
  const groups: { heading: MessageKey; id: string; facts: CitedFact[] }[] = [
    { heading: 'peopleFacts', id: 'source-people', facts: people.map((person) => facts.entity('person', person, null, person.sources)) },
    { heading: 'organizationFacts', id: 'source-organizations', facts: organizations.map((o) => facts.entity('organization', o, o.description, o.sources)) },
    { heading: 'roleFacts', id: 'source-roles', facts: tenures.map(facts.tenure) },
    { heading: 'stakeFacts', id: 'source-stakes', facts: ownerships.map(facts.ownership) },
    { heading: 'planFacts', id: 'source-plans', facts: plans.map((plan) => facts.described('plan', plan.organizations.map((o) => o.name).join(', '), plan)) },
    { heading: 'activityFacts', id: 'source-activities', facts: activities.map((activity) => facts.described('activity', activity.person.name, activity)) },
  ];
  const allFacts = groups.flatMap((group) => group.facts);
  const quotes = new Map<string, Citation>();
  for (const citation of allFacts.flatMap((fact) => fromSource(source.id, fact.citations)))
    quotes.set(`${citation.startOffset}:${citation.endOffset}`, citation);
  const openFact = allFacts.find((fact) => fact.key === view.state.cite) ?? null;
  const sourceFact: CitedFact = {
    key: `page:source:${source.id}`,
    label: source.title,
    statement: source.title,
    citations: [...quotes.values()],
    inferences: [],
    disputes: null,
    person: null,
  };

  return (
    <article class="entity source-page" data-testid="source-page">
      <header class="entity__header">
        <p class="entity__kind">{view.t('sourceHeading')}</p>
        <h1>{source.title}</h1>
        <p class="source-page__meta">
          {[
            source.publisher,
            publicationOf(lang, source),
            source.author && `${view.t('author')}: ${source.author}`,
            `${view.t('sourceLanguage')}: ${source.language}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <p data-testid="source-counts" class="source-page__counts">
          {countOf(lang, 'source', 1)} · {countOf(lang, 'quote', quotes.size)} · {countOf(lang, 'fact', allFacts.length)}
        </p>
        <p>
          {source.url ? (
            <a href={source.url} rel="noreferrer" target="_blank" data-testid="original-link">
              {view.t('openOriginal')}
            </a>
          ) : (
            <span class="muted">{view.t('noOriginal')}</span>
          )}{' '}
          <CiteButton fact={sourceFact} text={view.t('citeSource')} />
        </p>
      </header>
      <section aria-labelledby="source-text-heading">
        <h2 id="source-text-heading">{view.t('sourceText')}</h2>
        <MarkedText text={source.text} quotes={[...quotes.values()]} label={`${view.t('sourceText')}: ${source.title}`} />
        {source.photoCredit && (
          <p class="muted">
            {view.t('photoCredit')}: {source.photoCredit}
          </p>
        )}
      </section>
      <section aria-labelledby="source-facts-heading">
        <h2 id="source-facts-heading">{view.t('factsFromSource')}</h2>
        {groups
          .filter((group) => group.facts.length > 0)
          .map((group) => (
            <section key={group.id} aria-labelledby={group.id}>
              <h3 id={group.id}>
                {view.t(group.heading)} <span class="muted">({group.facts.length})</span>
              </h3>
              <ul class="described-facts" data-testid={group.id}>
                {group.facts.map((fact) => (
                  <li class="described-fact" key={fact.key} data-fact={fact.key}>
                    <FactLink fact={fact} />
                    <span class="muted">
                      {fromSource(source.id, fact.citations)
                        .map((citation) => quoted(lang, citation.quote))
                        .join(' · ')}
                    </span>
                    <FactButtons fact={fact} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
      </section>
      <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null} />
    </article>
  );
}

/** A fact in words, its subject linked where it has a page. */
function FactLink({ fact }: { fact: CitedFact }) {
  const view = useView();
  const [kind, ...rest] = fact.key.split(':');
  const id = rest.join(':');
  if (kind === 'person' || kind === 'organization') return <Link href={view.href(pathOf(kind, id))}>{fact.statement}</Link>;
  return <span>{fact.statement}</span>;
}
