import { useEffect, useRef } from 'preact/hooks';
import { useView } from '../app/view.js';
import { publicationOf } from '../citations/citeText.js';
import { evidenceCount } from '../citations/counts.js';
import type { CitedFact } from '../citations/facts.js';
import { groupBySource } from '../citations/highlight.js';
import { leaveDialog } from '../routing/location.js';
import { Link } from '../routing/Link.js';
import { pathOf } from '../routing/viewState.js';
import { CiteButton } from './CiteButton.js';
import { DisputeSummary, QuoteCorrections, SourceClaims, useCorrections, useDisputedClaims } from './Disputes.js';
import { InferenceReasons } from './InferenceReasons.js';
import { SourceText } from './SourceText.js';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/**
 * The proof of a fact: every quote that backs it, highlighted inside the full text of
 * its source, with the source's title, publisher and date, and where the sources
 * disagree, each source's own value beside its quotes. A modal dialog: focus stays
 * inside until Escape, Back or the close button, then returns to what opened it.
 */
export function CitationDialog({ fact, missing }: { fact: CitedFact | null; missing: boolean }) {
  const view = useView();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const open = fact !== null || missing;
  const disputes = useDisputedClaims(fact?.disputes ?? null);
  const claims = disputes.status === 'done' ? disputes.data : [];
  const corrections = useCorrections(fact?.person ?? null);

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    opener.current = document.activeElement;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      const target = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : document.getElementById('main');
      target?.focus();
    };
  }, [open, fact?.key]);

  if (!open) return null;

  const close = () => leaveDialog(view.hereWith({ cite: null }));

  // The native modal keeps the page inert; this keeps Tab cycling inside the dialog too.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(focusable)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      class="citation-dialog"
      aria-labelledby="citation-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={onKeyDown}
    >
      <div class="citation-dialog__head">
        <h2 id="citation-dialog-title">
          {view.t('sourcesOf')} {fact?.label ?? ''}
        </h2>
        <button type="button" class="close-button" onClick={close} autofocus>
          {view.t('close')}
        </button>
      </div>
      {fact !== null && (
        <p class="citation-dialog__summary">
          <span data-testid="evidence-count">{evidenceCount(view.state.lang, fact.citations)}</span> <CiteButton fact={fact} />
        </p>
      )}
      {fact !== null && <InferenceReasons reasons={fact.inferences} />}
      <DisputeSummary claims={claims} />
      {fact === null || fact.citations.length === 0 ? (
        <p>{view.t('citationMissing')}</p>
      ) : (
        groupBySource(fact.citations).map(({ source, citations }) => (
          <section class="citation-source" key={source.id} data-source-id={source.id}>
            <h3 class="citation-source__title">
              <Link href={view.href(pathOf('source', source.id))}>{source.title}</Link>
            </h3>
            <p class="citation-source__meta">
              {source.publisher && <span class="citation-source__publisher">{source.publisher}</span>}
              <time dateTime={source.published.value ?? undefined}>{publicationOf(view.state.lang, source)}</time>
              {source.url && (
                <a href={source.url} rel="noreferrer" target="_blank">
                  {view.t('openOriginal')}
                </a>
              )}
            </p>
            <SourceClaims claims={claims.filter((claim) => claim.sourceId === source.id)} />
            <ul class="citation-quotes">
              {citations.map((citation, index) => (
                <li key={index}>
                  <blockquote class="citation-quote">{citation.quote}</blockquote>
                  <QuoteCorrections quote={citation.quote} sourceId={source.id} corrections={corrections} />
                </li>
              ))}
            </ul>
            <h4 class="citation-source__text-heading">{view.t('sourceText')}</h4>
            <SourceText sourceId={source.id} title={source.title} quotes={citations} />
          </section>
        ))
      )}
    </dialog>
  );
}
