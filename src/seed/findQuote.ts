/** Where a named quote sits in its source text, or why it cannot be placed. */
export type QuoteMatch =
  { kind: 'found'; startOffset: number; endOffset: number } | { kind: 'missing'; hint: string } | { kind: 'ambiguous'; count: number; places: string[] };

/**
 * Finds `quote` in `text` as a verbatim substring (UTF-16 offsets, as JavaScript
 * strings count). A quote that occurs more than once is ambiguous: offsets typed by
 * hand would rot, so the analyst is asked for a longer quote instead.
 */
export function findQuote(text: string, quote: string): QuoteMatch {
  const first = text.indexOf(quote);
  if (first < 0) return { kind: 'missing', hint: describeMismatch(text, quote) };
  const starts = [first];
  for (let at = text.indexOf(quote, first + 1); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length > 1) return { kind: 'ambiguous', count: starts.length, places: starts.map((s) => placeOf(text, s)) };
  return { kind: 'found', startOffset: first, endOffset: first + quote.length };
}

/** `line:column` (1-based) of an offset in the text. */
function placeOf(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Says where the closest match stops agreeing: the longest start of the quote that
 * the text contains, found by halving (if a prefix occurs, every shorter one does).
 */
function describeMismatch(text: string, quote: string): string {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < Math.min(4, quote.length)) return 'no passage of the source starts like it.';
  const at = text.indexOf(quote.slice(0, low));
  const shown = (s: string) => JSON.stringify(s.slice(0, 20));
  return `the source (at ${placeOf(text, at)}) agrees for the first ${low} characters, then has ${shown(text.slice(at + low))} where the quote has ${shown(quote.slice(low))}.`;
}
