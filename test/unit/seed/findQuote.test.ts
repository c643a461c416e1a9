import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../src/seed/findQuote.js';

const countOf = (text: string, quote: string) => {
  let count = 0;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) count++;
  return count;
};

describe('findQuote', () => {
  it('returns offsets whose slice of the text is exactly the quote, whenever the quote occurs once', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % text.length;
        const end = Math.min(text.length, start + 1 + (b % 12));
        const quote = text.slice(start, end);
        fc.pre(quote.length > 0);
        const match = findQuote(text, quote);
        const occurrences = countOf(text, quote);
        if (occurrences === 1) {
          expect(match.kind).toBe('found');
          if (match.kind === 'found') expect(text.slice(match.startOffset, match.endOffset)).toBe(quote);
        } else {
          expect(match).toMatchObject({ kind: 'ambiguous', count: occurrences });
        }
      }),
    );
  });

  it('counts offsets in UTF-16 code units, as JavaScript and Neo4j strings do', () => {
    const text = 'Grüße 🎉 an Ilona Benz.';
    expect(findQuote(text, 'Ilona Benz')).toEqual({ kind: 'found', startOffset: 12, endOffset: 22 });
  });

  it('never places a quote the text does not contain', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 10 }), (text, quote) => {
        fc.pre(!text.includes(quote));
        expect(findQuote(text, quote).kind).toBe('missing');
      }),
    );
  });
});
