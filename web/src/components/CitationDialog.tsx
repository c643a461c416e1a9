import { useEffect, useRef } from 'preact/hooks';
import { useView } from '../app/view.js';
import type { CitedFact } from '../citations/facts.js';
import { groupBySource, segmentText } from '../citations/highlight.js';
import { formatDate } from '../format/dates.js';
import { navigate } from '../routing/location.js';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * The proof of a fact: every quote that backs it, highlighted inside the full text of
 * its source, with the source's title, publisher and date. A modal dialog: focus stays
 * inside until Escape or the close button, then returns to what opened it.
 */
export function CitationDialog({ fact, missing }: { fact: CitedFact | null; missing: boolean }) {
  const view = useView();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const open = fact !== null || missing;

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    opener.current = document.activeElement;
    if (!element.open) element.showModal();
    element.querySelector('mark')?.scrollIntoView({ block: 'center' });
    return () => {
      if (element.open) element.close();
      const target = opener.current instanceof HTMLElement && opener.current.isConnected ? opener.current : document.getElementById('main');
      target?.focus();
    };
  }, [open, fact?.key]);

  if (!open) return null;

  const close = () => navigate(view.hereWith({ cite: null }), { replace: true });

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
      {fact !== null && fact.inferences.length > 0 && (
        <section class="citation-inferences" data-testid="inferences">
          <h3>{view.t('inferenceHeading')}</h3>
          <ul>
            {fact.inferences.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      {fact === null || fact.citations.length === 0 ? (
        <p>{view.t('citationMissing')}</p>
      ) : (
        groupBySource(fact.citations).map(({ source, citations }) => (
          <section class="citation-source" key={source.id} data-source-id={source.id}>
            <h3 class="citation-source__title">
              {source.url ? (
                <a href={source.url} rel="noreferrer" target="_blank">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </h3>
            <p class="citation-source__meta">
              {source.publisher && <span class="citation-source__publisher">{source.publisher}</span>}
              <span>
                {view.t('publishedOn')} <time dateTime={source.publishedOn}>{formatDate(view.state.lang, source.publishedOn)}</time>
              </span>
            </p>
            <ul class="citation-quotes">
              {citations.map((citation, index) => (
                <li key={index}>
                  <blockquote class="citation-quote">
                    {citation.quote}
                  </blockquote>
                </li>
              ))}
            </ul>
            <h4 class="citation-source__text-heading">{view.t('sourceText')}</h4>
            <div class="source-text" tabIndex={0} aria-label={`${view.t('sourceText')}: ${source.title}`}>
              {segmentText(source.text, citations).map((segment, index) =>
                segment.quote === null ? segment.text : <mark key={index}>{segment.text}</mark>,
              )}
            </div>
          </section>
        ))
      )}
    </dialog>
  );
}
