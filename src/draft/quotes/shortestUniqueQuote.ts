import { findQuote } from '../../seed/findQuote.js';
import type { Span } from '../model.js';

/**
 * The shortest stretch of `text` that covers every span, starts and ends on whole
 * words, and occurs exactly once in the text, as the seeder demands of a quote
 * (src/seed/findQuote.ts decides). It grows word by word on either side, trying
 * every split of the added words, so that the first unique stretch found is a
 * shortest one. Returns undefined when the spans cover only whitespace.
 */
export function shortestUniqueQuote(text: string, spans: readonly Span[]): Span | undefined {
  let start = Math.min(...spans.map((s) => s.start));
  let end = Math.max(...spans.map((s) => s.end));
  while (start > 0 && isWordCharacter(text[start - 1])) start -= 1;
  while (end < text.length && isWordCharacter(text[end])) end += 1;
  const left = wordStartsBefore(text, start);
  const right = wordEndsAfter(text, end);
  // Words on the right are tried first: a quote that reads on is easier to find than one that starts earlier.
  for (let added = 0; added <= left.length + right.length; added += 1) {
    for (let onLeft = Math.max(0, added - right.length); onLeft <= Math.min(added, left.length); onLeft += 1) {
      const from = onLeft === 0 ? start : left[onLeft - 1]!;
      const to = added - onLeft === 0 ? end : right[added - onLeft - 1]!;
      const trimmed = trim(text, from, to);
      if (trimmed.end > trimmed.start && findQuote(text, text.slice(trimmed.start, trimmed.end)).kind === 'found') return trimmed;
    }
  }
  return undefined;
}

function isWordCharacter(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Offsets where words begin, going left from `offset`, nearest first. */
function wordStartsBefore(text: string, offset: number): number[] {
  const starts: number[] = [];
  for (let at = offset - 1; at >= 0; at -= 1) {
    if (isWordCharacter(text[at]) && !isWordCharacter(text[at - 1])) starts.push(at);
    else if (!/\s/.test(text[at] ?? '') && !isWordCharacter(text[at]) && /\s/.test(text[at - 1] ?? '')) starts.push(at);
  }
  return starts;
}

/** Offsets where words end, going right from `offset`, nearest first. */
function wordEndsAfter(text: string, offset: number): number[] {
  const ends: number[] = [];
  for (let at = offset + 1; at <= text.length; at += 1) {
    const before = text[at - 1];
    if (before !== undefined && !/\s/.test(before) && (at === text.length || /\s/.test(text[at] ?? ''))) ends.push(at);
  }
  return ends;
}

/** Without whitespace at either end, and without a comma, semicolon or colon at its end. */
function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}
