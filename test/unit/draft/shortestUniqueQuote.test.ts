import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestUniqueQuote } from '../../../src/draft/quotes/shortestUniqueQuote.js';
import { findQuote } from '../../../src/seed/findQuote.js';

const text = 'Ilona Benz leitet die Stabsstelle. Ilona Benz wechselt zur KL.digital. Benz bleibt Jurymitglied.';
const spanOf = (part: string, from = 0) => ({ start: text.indexOf(part, from), end: text.indexOf(part, from) + part.length });

describe('shortestUniqueQuote', () => {
  it('keeps a span that occurs once as it is', () => {
    const span = shortestUniqueQuote(text, [spanOf('Jurymitglied')])!;
    expect(text.slice(span.start, span.end)).toBe('Jurymitglied');
  });

  it('grows a span that occurs twice by the fewest words that make it unique', () => {
    const second = spanOf('Ilona Benz', 10);
    const span = shortestUniqueQuote(text, [second])!;
    expect(text.slice(span.start, span.end)).toBe('Ilona Benz wechselt');
  });

  it('covers every supporting span, from the first to the last, widened to whole words', () => {
    const span = shortestUniqueQuote(text, [spanOf('wechselt'), { start: text.indexOf('KL.digital') + 2, end: text.indexOf('KL.digital') + 5 }])!;
    expect(text.slice(span.start, span.end)).toBe('wechselt zur KL.digital');
  });

  it('returns a verbatim span that occurs exactly once and covers the given spans, for any text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Benz', 'leitet', 'die', 'Stelle', 'seit', '2018', 'Benz,', 'und', '\n'), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (words, a, b) => {
          const source = words.join(' ');
          const start = a % source.length;
          const end = Math.min(source.length, start + 1 + (b % 8));
          fc.pre(/\S/.test(source[start]!) && /\S/.test(source[end - 1]!));
          const span = shortestUniqueQuote(source, [{ start, end }])!;
          const quote = source.slice(span.start, span.end);
          expect(findQuote(source, quote).kind).toBe('found');
          expect(span.start).toBeLessThanOrEqual(start);
          expect(span.end).toBeGreaterThanOrEqual(/[,;:]/.test(source[end - 1]!) ? end - 1 : end);
          expect(quote).toBe(quote.trim());
        },
      ),
    );
  });
});
