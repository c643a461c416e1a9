import { useEffect, useRef } from 'preact/hooks';
import { useView } from '../app/view.js';
import { segmentText } from '../citations/highlight.js';
import { sourceTextDocument } from '../graphql/documents.js';
import { useQuery } from '../graphql/useQuery.js';
import { QueryState } from './QueryState.js';

interface Quote {
  quote: string;
  startOffset: number;
  endOffset: number;
}

/** The text with its quotes marked, scrolled (inside its own box only) to the first quote. */
export function MarkedText({ text, quotes, label }: { text: string; quotes: Quote[]; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    const mark = element?.querySelector('mark');
    // Scrolling the mark into view would also scroll the dialog, taking its close button off a phone's screen.
    if (element && mark) element.scrollTop = Math.max(0, mark.offsetTop - element.offsetTop - element.clientHeight / 3);
  }, [text]);
  return (
    <div ref={box} class="source-text" tabIndex={0} role="region" aria-label={label}>
      {segmentText(text, quotes).map((segment, index) => (segment.quote === null ? segment.text : <mark key={index}>{segment.text}</mark>))}
    </div>
  );
}

/** A source's full text, read from the API when shown, with the given quotes marked. */
export function SourceText({ sourceId, title, quotes }: { sourceId: string; title: string; quotes: Quote[] }) {
  const view = useView();
  const result = useQuery(sourceTextDocument, { id: sourceId });
  if (result.status !== 'done') return <QueryState result={result} />;
  const text = result.data.source?.text;
  if (text === undefined) return <p class="muted">{view.t('sourceNotFound')}</p>;
  return <MarkedText text={text} quotes={quotes} label={`${view.t('sourceText')}: ${title}`} />;
}
