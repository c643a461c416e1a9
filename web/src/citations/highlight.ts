/**
 * Splits a source's full text into plain and quoted stretches, so the dialog can show
 * each quote where it stands in the source. Pure, for tests without a browser.
 */

interface CitationLike {
  quote: string;
  startOffset: number;
  endOffset: number;
  source: { id: string };
}

export interface Segment {
  text: string;
  /** The index of the quote this stretch belongs to, in the order given; null for plain text. */
  quote: number | null;
}

/**
 * Where a quote stands in the text. The offsets are UTF-16 code units, as JavaScript
 * counts; when they do not point at the quote (a source re-stored with other line
 * endings), its first verbatim occurrence is used instead, and null when there is none.
 */
export function locateQuote(text: string, citation: Pick<CitationLike, 'quote' | 'startOffset' | 'endOffset'>): [number, number] | null {
  if (text.slice(citation.startOffset, citation.endOffset) === citation.quote) return [citation.startOffset, citation.endOffset];
  const at = text.indexOf(citation.quote);
  return at >= 0 ? [at, at + citation.quote.length] : null;
}

/** The stretches of `text`, quotes marked; overlapping quotes are shown as one marked stretch. */
export function segmentText(text: string, quotes: Pick<CitationLike, 'quote' | 'startOffset' | 'endOffset'>[]): Segment[] {
  const ranges = quotes
    .map((citation, index) => ({ index, range: locateQuote(text, citation) }))
    .filter((entry): entry is { index: number; range: [number, number] } => entry.range !== null)
    .sort((a, b) => a.range[0] - b.range[0]);
  const segments: Segment[] = [];
  let position = 0;
  for (const { index, range } of ranges) {
    const [start, end] = range;
    if (end <= position) continue;
    const from = Math.max(start, position);
    if (from > position) segments.push({ text: text.slice(position, from), quote: null });
    segments.push({ text: text.slice(from, end), quote: index });
    position = end;
  }
  if (position < text.length) segments.push({ text: text.slice(position), quote: null });
  return segments;
}

/** Groups citations by source, keeping the order in which sources first appear. */
export function groupBySource<C extends CitationLike>(citations: C[]): { source: C['source']; citations: C[] }[] {
  const groups = new Map<string, { source: C['source']; citations: C[] }>();
  for (const citation of citations) {
    const group = groups.get(citation.source.id) ?? { source: citation.source, citations: [] as C[] };
    group.citations.push(citation);
    groups.set(citation.source.id, group);
  }
  return [...groups.values()];
}
