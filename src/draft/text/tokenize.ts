/** A word or punctuation mark with its place in the full text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (with inner hyphens, apostrophes and dots, as in "KL.digital" or "Hamburg-Ost") and single punctuation marks. */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}'’]|[-.](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu)) {
    tokens.push({ text: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return tokens;
}
