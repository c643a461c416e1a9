/**
 * How names compare in search: case, diacritics and the German transliterations
 * ("ü" and "ue", "ß" and "ss") fold alike, and any run of punctuation separates words.
 */

/** A name folded for comparison: lower case, umlauts transliterated, other diacritics dropped. */
export function foldName(name: string): string {
  return name.toLocaleLowerCase('de').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The words of a name or query, folded. */
export function nameWords(text: string): string[] {
  return foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** True when every word of `query` begins a word of `name`. */
export function matchesName(query: string, name: string): boolean {
  const words = nameWords(name);
  const asked = nameWords(query);
  return asked.length > 0 && asked.every((word) => words.some((candidate) => candidate.startsWith(word)));
}

/**
 * The wrong name a search matched: the first misprinted name the query matches, when it
 * matches none of the names sources give correctly. Null otherwise.
 */
export function matchedMisnaming(query: string, names: readonly string[], misnamings: readonly string[]): string | null {
  if (names.some((name) => matchesName(query, name))) return null;
  return misnamings.find((name) => matchesName(query, name)) ?? null;
}
