import { describe, expect, it } from 'vitest';
import { groupBySource, locateQuote, segmentText } from '../../../web/src/citations/highlight.js';

const text = 'Die KL.digital bekommt mit Ilona Benz eine neue Geschäftsführerin.';
const source = { id: 'kommune21', text };
const cite = (quote: string, startOffset = text.indexOf(quote)) => ({ quote, startOffset, endOffset: startOffset + quote.length, source });

describe('locateQuote', () => {
  it('trusts offsets that point at the quote', () => {
    expect(locateQuote(text, cite('Ilona Benz'))).toEqual([27, 37]);
  });

  it('falls back to the first verbatim occurrence when the offsets are off', () => {
    expect(locateQuote(text, cite('Ilona Benz', 3))).toEqual([27, 37]);
  });

  it('finds nothing for a quote that is not in the text', () => {
    expect(locateQuote(text, cite('Martin Verlage', 0))).toBeNull();
  });
});

describe('segmentText', () => {
  it('marks each quote where it stands and keeps every character of the text', () => {
    const segments = segmentText(text, [cite('neue Geschäftsführerin'), cite('KL.digital')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.quote !== null).map((s) => [s.text, s.quote])).toEqual([
      ['KL.digital', 1],
      ['neue Geschäftsführerin', 0],
    ]);
  });

  it('shows overlapping quotes as one marked stretch', () => {
    const segments = segmentText(text, [cite('mit Ilona Benz'), cite('Ilona Benz eine')]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(
      segments
        .filter((s) => s.quote !== null)
        .map((s) => s.text)
        .join(''),
    ).toBe('mit Ilona Benz eine');
  });
});

describe('groupBySource', () => {
  it('puts the quotes of one source together, in the order sources first appear', () => {
    const other = { id: 'other', text: 'x' };
    const groups = groupBySource([cite('Benz'), { quote: 'x', startOffset: 0, endOffset: 1, source: other }, cite('KL')]);
    expect(groups.map((g) => [g.source.id, g.citations.length])).toEqual([
      ['kommune21', 2],
      ['other', 1],
    ]);
  });
});
