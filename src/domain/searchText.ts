import { nameWords } from './names.js';

/**
 * How names are found when people type them differently from how sources print them.
 * Names are indexed with their variants, and what a user types is cut into words the
 * same way, so "KL digital", "KL-digital", "kldigital" and "digital" all find
 * "KL.digital", and "Ausschuss" finds "Digitalisierungsausschuss".
 */

/** Runs of letters and digits as written (the index's analyzer folds them): the words of a name or query, whatever joins them. */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words of compounds shorter than this are indexed whole only. */
const minCompoundLength = 8;
/** The shortest tail of a compound that is indexed as a word of its own. */
const minTailLength = 4;

/**
 * The text to index for an entity named `names` (its name and aliases): each name as
 * printed; its words separated by spaces where punctuation joins them ("KL.digital"
 * gives "KL digital", since a tokenizer keeps "KL.digital" whole); its words run
 * together ("KLdigital"); and, with `compounds`, every tail of at least four letters of
 * each long word ("Digitalisierungsausschuss" gives "ausschuss" among others), so that
 * the last parts of German compounds are found as words. Each variant appears once.
 */
export function searchTextOf(names: readonly string[], options: { compounds?: boolean } = {}): string {
  const variants: string[] = [];
  const add = (variant: string) => {
    if (variant !== '' && !variants.includes(variant)) variants.push(variant);
  };
  for (const name of names) {
    const words = wordsOf(name);
    add(name);
    add(words.join(' '));
    add(words.join(''));
    if (options.compounds) add(words.flatMap(tailsOf).join(' '));
  }
  return variants.join('\n');
}

function tailsOf(word: string): string[] {
  const letters = [...word];
  if (letters.length < minCompoundLength) return [];
  return Array.from({ length: letters.length - minTailLength }, (_, i) => letters.slice(i + 1).join(''));
}

/** How well a name matches what was typed, best first: used to order search hits. */
export enum MatchQuality {
  /** The name is what was typed, apart from case and punctuation. */
  Exact = 0,
  /** Every typed word is a whole word of the name. */
  Words = 1,
  /** The name starts with what was typed. */
  Start = 2,
  /** Every typed word starts a word of the name. */
  WordStarts = 3,
  /** Anything else the index found: inside a compound, or with other spelling. */
  Other = 4,
}

/** How well the best of `names` matches `query`, comparing words folded as `nameWords` folds them. */
export function matchQualityOf(query: string, names: readonly string[]): MatchQuality {
  const typed = nameWords(query);
  if (typed.length === 0) return MatchQuality.Other;
  return Math.min(MatchQuality.Other, ...names.map((name) => qualityFor(typed, nameWords(name))));
}

function qualityFor(typed: readonly string[], words: readonly string[]): MatchQuality {
  if (words.join('') === typed.join('')) return MatchQuality.Exact;
  if (typed.every((word) => words.includes(word))) return MatchQuality.Words;
  if (words.join('').startsWith(typed.join(''))) return MatchQuality.Start;
  if (typed.every((word) => words.some((candidate) => candidate.startsWith(word)))) return MatchQuality.WordStarts;
  return MatchQuality.Other;
}
