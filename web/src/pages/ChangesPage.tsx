import { useDocumentMeta } from '../app/useDocumentMeta.js';
import { useView } from '../app/view.js';
import { publicationOf } from '../citations/citeText.js';
import { type CitedFact, createFactBuilder } from '../citations/facts.js';
import { organizationFacts, personFacts } from '../citations/pageFacts.js';
import { groupBySource } from '../citations/highlight.js';
import { type Change, compareKnowledge, type KnownFact } from '../changes/compareKnowledge.js';
import { organizationKnownFacts, personKnownFacts } from '../changes/knownFacts.js';
import { CitationDialog } from '../components/CitationDialog.js';
import { DateInput } from '../components/DateControls.js';
import { FactButtons } from '../components/FactButtons.js';
import { QueryState } from '../components/QueryState.js';
import { formatDate, formatPartialDate } from '../format/dates.js';
import { personDocument } from '../graphql/documents.js';
import type { Citation, PartialDate } from '../graphql/types.js';
import { type QueryResult, useQuery } from '../graphql/useQuery.js';
import { countOf, type MessageKey } from '../i18n/messages.js';
import { Link } from '../routing/Link.js';
import { type EntityKind, pathOf } from '../routing/viewState.js';
import { NotFoundPage } from './NotFoundPage.js';
import { useOrganizationData } from './useOrganizationData.js';

/** What one knowledge date gives the comparison: the entity's name and facts, and its cited facts for the dialog. */
interface Snapshot {
  result: QueryResult<unknown>;
  /** Null until loaded; `found: false` when the API knows no such entity. */
  entity: { found: boolean; name: string; known: KnownFact[]; cited: CitedFact[] } | null;
}

/** The day before the latest publication among the quotes: comparing with it shows what the latest source changed. */
function dayBeforeLatest(citations: Citation[]): string | null {
  // A source counts as known from the last day it can have appeared on.
  const latest = citations
    .map((citation) => citation.source.published.latest)
    .sort()
    .at(-1);
  if (!latest) return null;
  const day = new Date(`${latest}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

function usePersonSnapshot(id: string, lang: string, knownOn: string | null, skip: boolean): Snapshot {
  const view = useView();
  const result = useQuery(skip ? null : personDocument, { id, lang, knownOn });
  if (result.status !== 'done') return { result, entity: null };
  const { person, everything } = result.data;
  if (!everything) return { result, entity: { found: false, name: id, known: [], cited: [] } };
  // Known to no source yet on that day: nothing to compare but that everything is new.
  if (!person) return { result, entity: { found: true, name: everything.name, known: [], cited: [] } };
  const facts = createFactBuilder(view.state.lang);
  const cited = personFacts(facts, person).all;
  return { result, entity: { found: true, name: person.name, known: personKnownFacts(view.state.lang, facts, person), cited } };
}

function useOrganizationSnapshot(id: string, lang: string, knownOn: string | null, skip: boolean): Snapshot {
  const view = useView();
  const data = useOrganizationData(skip ? null : id, lang, knownOn, null);
  const { organization, everything, chains } = data;
  if (data.result.status !== 'done') return { result: data.result, entity: null };
  if (!everything) return { result: data.result, entity: { found: false, name: id, known: [], cited: [] } };
  if (!organization) return { result: data.result, entity: { found: true, name: everything.name, known: [], cited: [] } };
  if (chains === null) return { result: data.chainsResult, entity: null };
  const facts = createFactBuilder(view.state.lang);
  const tenures = chains.flat().map((step) => step.tenure);
  return {
    result: data.result,
    entity: {
      found: true,
      name: organization.name,
      known: organizationKnownFacts(view.state.lang, facts, organization, tenures),
      cited: organizationFacts(facts, organization, tenures).all,
    },
  };
}

/**
 * What became known about a person or organisation between two knowledge dates: facts
 * added, dates narrowed, statuses changed, disputes opened, each with the sources
 * published in between that brought the change. Both sides are the API's own answers
 * as known on each day; the later day defaults to today, the earlier to the day before
 * the latest source.
 */
export function ChangesPage({ kind, id }: { kind: EntityKind; id: string }) {
  const view = useView();
  const { lang, from, to } = view.state;
  const useSnapshot = kind === 'person' ? usePersonSnapshot : useOrganizationSnapshot;
  const later = useSnapshot(id, lang, to, false);
  const earlier = from ?? (later.entity ? dayBeforeLatest(later.entity.known.flatMap((fact) => fact.citations)) : null);
  const before = useSnapshot(id, lang, earlier, earlier === null);
  const name = later.entity?.name ?? id;
  const missing = later.entity?.found === false;
  useDocumentMeta(missing ? null : `${view.t('titleChanges', { name })} – ${view.t('titleSuffix')}`, view.t('metaChanges', { name }));

  if (missing) return <NotFoundPage message={view.t(kind === 'person' ? 'notFoundPerson' : 'notFoundOrganization')} />;
  const ready = later.entity && earlier !== null && before.entity;
  const changes = ready && later.entity && before.entity ? compareKnowledge(before.entity.known, later.entity.known) : [];
  const cited = later.entity?.cited ?? [];
  const openFact = cited.find((fact) => fact.key === view.state.cite) ?? null;

  return (
    <article class="entity changes" data-testid="changes-page">
      <header class="entity__header">
        <p class="entity__kind">{view.t('changesLink')}</p>
        <h1>{view.t('changesHeading', { name })}</h1>
        <p>
          <Link href={view.href(pathOf(kind, id))}>{name}</Link>
        </p>
        <p class="muted">{view.t('changeDatesHint')}</p>
        <form class="date-controls changes__dates" onSubmit={(event) => event.preventDefault()}>
          <DateInput param="from" label={view.t('changesFrom')} help={view.t('changeDatesHint')} fallback={earlier} />
          <DateInput param="to" label={view.t('changesTo')} help={view.t('changeDatesHint')} />
        </form>
      </header>
      {!ready && later.entity && earlier === null && <p class="notice">{view.t('notYetKnown', { date: to ? formatDate(lang, to) : view.t('today'), name })}</p>}
      {!ready && <QueryState result={later.entity ? before.result : later.result} />}
      {ready && earlier !== null && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">
            {formatDate(lang, earlier)} → {to ? formatDate(lang, to) : view.t('today')}: {countOf(lang, 'change', changes.length)}
          </h2>
          {changes.length === 0 ? (
            <p data-testid="no-changes">{view.t('changesNone', { from: formatDate(lang, earlier), to: to ? formatDate(lang, to) : view.t('today') })}</p>
          ) : (
            <ol class="changes__list" data-testid="changes">
              {changes.map((change, index) => (
                <ChangeItem
                  key={`${change.key}:${change.kind}:${change.field ?? ''}:${index}`}
                  change={change}
                  fact={cited.find((fact) => fact.key === change.key) ?? null}
                />
              ))}
            </ol>
          )}
        </section>
      )}
      <CitationDialog fact={openFact} missing={view.state.cite !== null && openFact === null && ready !== null} />
    </article>
  );
}

const kindWords: Record<Change['kind'], MessageKey> = {
  added: 'changeAdded',
  removed: 'changeRemoved',
  narrowed: 'changeNarrowed',
  date: 'changeDate',
  status: 'changeStatus',
  value: 'changeValue',
  disputed: 'changeDisputed',
  confirmed: 'changeConfirmed',
  corroborated: 'changeCorroborated',
};

/** One change: what kind, of which fact, from what to what, and the sources that brought it. */
function ChangeItem({ change, fact }: { change: Change; fact: CitedFact | null }) {
  const view = useView();
  const { lang } = view.state;
  const show = (value: PartialDate | string | null) => {
    if (value === null) return view.t('unknownDate');
    if (typeof value !== 'string') return formatPartialDate(lang, value);
    // A confirmation changes a day; every other value comes in words already.
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(lang, value) : value;
  };
  const field = change.field ? `${view.t(change.field === 'start' ? 'changeStart' : 'changeEnd')}: ` : '';
  const showsValues = change.kind !== 'added' && change.kind !== 'removed' && change.kind !== 'corroborated' && change.kind !== 'disputed';
  return (
    <li class={`change change--${change.kind}`} data-change={change.kind} data-fact={change.key}>
      <span class={`badge change__kind`}>{view.t(kindWords[change.kind])}</span> <span class="change__label">{change.label}</span>
      {showsValues && (
        <span class="change__values">
          {' '}
          ({field}
          {show(change.before)} → {show(change.after)})
        </span>
      )}
      {change.citations.length > 0 && (
        <span class="change__sources">
          {' '}
          {view.t('changesBy')}{' '}
          {groupBySource(change.citations).map(({ source }, index) => (
            <span key={source.id}>
              {index > 0 && '; '}
              <Link href={view.href(pathOf('source', source.id))}>{source.title}</Link> <span class="muted">({publicationOf(lang, source)})</span>
            </span>
          ))}
        </span>
      )}
      {fact && (
        <>
          {' '}
          <FactButtons fact={fact} />
        </>
      )}
    </li>
  );
}
