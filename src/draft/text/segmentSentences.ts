/** A sentence of a source text, with its place (UTF-16 offsets, as the seeder counts). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

/** Words after which a period does not end a sentence. */
const abbreviations = new Set([
  'Dr',
  'Prof',
  'St',
  'Nr',
  'bzw',
  'ca',
  'vgl',
  'z',
  'B',
  'u',
  'a',
  'e',
  'V',
  'Co',
  'Mio',
  'Mrd',
  'Jan',
  'Feb',
  'Febr',
  'Aug',
  'Sept',
  'Sep',
  'Okt',
  'Nov',
  'Dez',
  'med',
  'rer',
  'nat',
  'Dipl',
  'Ing',
  'h',
  'c',
  'Str',
  'inkl',
  'evtl',
  'ggf',
  'usw',
  'etc',
]);

/**
 * Splits a text into sentences: every line is one or more sentences (headlines and
 * rubrics have no period), and a line splits after ".", "!" or "?" (and a closing
 * quote) before a capital, a digit or a quote, unless the period ends an abbreviation
 * ("Dr.", "e.V.") or a day or ordinal number ("zum 1. Februar"). A four-digit year
 * before a period ends its sentence ("seit 2018. Sie …").
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    const boundary = /[.!?]["“”„'’)]?(?=\s+["„“'(]?[\p{Lu}\d])/gu;
    for (let match = boundary.exec(line); match; match = boundary.exec(line)) {
      if (line[match.index] === '.' && !endsSentence(line.slice(0, match.index))) continue;
      push(start, lineStart + match.index + match[0].length);
      start = lineStart + match.index + match[0].length;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

function endsSentence(before: string): boolean {
  const word = /([\p{L}\d]+)$/u.exec(before)?.[1];
  if (!word) return true;
  if (/^\d{1,3}$/.test(word)) return false;
  return !abbreviations.has(word);
}
