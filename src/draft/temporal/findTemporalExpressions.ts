import type { PartialDate } from '../../domain/partialDate.js';
import { partialDateOf } from './germanCalendar.js';
import { temporalRules, yearLeftOpen, type Direction, type Reading } from './temporalRules.js';

/** How an expression relates its date to what the sentence says happens. */
export type TemporalRelation =
  /** "seit 2018": began then and still holds */
  | 'since'
  /** "ab März", "von … an": begins then */
  | 'from'
  /** "bis Ende 2026", "über das Jahresende hinaus": ends then */
  | 'until'
  /** "zum 1. Februar": the day a change takes effect */
  | 'by'
  /** "im Jahr 2003", "am Donnerstag": when it happened */
  | 'at';

/** A date as a fact file states it: a partial date, with why, when the text does not say it outright. */
export interface ResolvedDate extends PartialDate {
  inference: string | null;
}

/** A temporal expression found in a sentence, with the date it means or why it has none. */
export interface TemporalExpression {
  /** Offsets into the text that was searched, the relation's preposition included. */
  start: number;
  end: number;
  text: string;
  relation: TemporalRelation;
  date: ResolvedDate | null;
  /** Why `date` is null: the publication date is unknown, or not known to the day. */
  unresolved: string | null;
}

/**
 * Finds the temporal expressions of one sentence and resolves each against the
 * publication date, which may be known only to the month or year (or not at all):
 * an expression the text leaves relative ("kommenden Monat", "im Februar") is read
 * from the first and from the last day the article may have appeared, and the date
 * spans both readings. Overlapping matches keep the longest, as in HeidelTime.
 */
export function findTemporalExpressions(sentence: string, published: PartialDate | null): TemporalExpression[] {
  const found: { start: number; end: number; reading: Reading }[] = [];
  for (const rule of temporalRules) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(sentence); match; match = rule.pattern.exec(sentence)) {
      const reading = rule.read(match);
      if (reading) found.push({ start: match.index, end: match.index + match[0].length, reading });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const candidate of found) {
    const overlapping = kept.find((k) => candidate.start < k.end && k.start < candidate.end);
    if (!overlapping) kept.push(candidate);
    else if (candidate.end - candidate.start > overlapping.end - overlapping.start) kept.splice(kept.indexOf(overlapping), 1, candidate);
  }
  return kept.sort((a, b) => a.start - b.start).map(({ start, end, reading }) => describe(sentence, start, end, reading, published));
}

// JavaScript's \b does not see umlauts as letters, so words are bounded by (?<!\p{L}).
const prepositions: [RegExp, TemporalRelation][] = [
  [/(?<!\p{L})seit (?:dem |der |den )?$/iu, 'since'],
  [/(?<!\p{L})ab (?:dem |der |den )?$/iu, 'from'],
  [/(?<!\p{L})bis (?:zum |zur |Ende |spätestens )?$/iu, 'until'],
  [/(?<!\p{L})über (?:das |den |die )$/iu, 'until'],
  [/(?<!\p{L})(?:zum|zur) $/iu, 'by'],
];

function describe(sentence: string, matchStart: number, end: number, reading: Reading, published: PartialDate | null): TemporalExpression {
  let start = matchStart;
  let relation: TemporalRelation = 'at';
  const core = sentence.slice(matchStart, end);
  if (/^(?:zum|zur) /i.test(core)) relation = 'by';
  if (/^seit /.test(core)) relation = 'since';
  const before = sentence.slice(Math.max(0, matchStart - 24), matchStart);
  for (const [pattern, meaning] of prepositions) {
    const preposition = pattern.exec(before);
    if (relation === 'at' && preposition) {
      relation = meaning;
      start = matchStart - preposition[0].length;
    }
  }
  const text = sentence.slice(start, end);
  const base = { start, end, text, relation };
  if (reading.stated) {
    const range = reading.range('2000-01-01', 'same');
    return {
      ...base,
      date: range ? { ...partialDateOf(range), inference: null } : null,
      unresolved: range ? null : 'The expression names no date that exists.',
    };
  }
  if (!published) return { ...base, date: null, unresolved: `"${core}" needs the publication date, which is unknown; give it with --published.` };
  if (reading.needsDay && published.precision !== 'DAY')
    return { ...base, date: null, unresolved: `"${core}" needs the day of publication; it is known only as ${published.value}.` };
  const direction = directionOf(relation, clauseAround(sentence, matchStart, end));
  const first = reading.range(published.earliest, direction);
  const last = reading.range(published.latest, direction);
  if (!first || !last) return { ...base, date: null, unresolved: `"${core}" names no date that exists.` };
  const date = partialDateOf({ earliest: first.earliest, latest: last.latest });
  const explanation = typeof reading.explanation === 'function' ? reading.explanation(direction) : reading.explanation;
  const why = [explanation, reading.yearOpen ? yearLeftOpen(direction) : ''].filter(Boolean).join('; ');
  return { ...base, date: { ...date, inference: `"${core}" in an article of ${published.value}: ${why}, so ${date.value}.` }, unresolved: null };
}

/** The stretch of the sentence between the punctuation around the expression. */
function clauseAround(sentence: string, start: number, end: number): string {
  const before = sentence.slice(0, start);
  // Coordinated verbs carry their own tense: "stand seit 2014 … und scheidet zum 30. April aus".
  const conjunction = before.lastIndexOf(' und ');
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), conjunction < 0 ? -1 : conjunction + 4) + 1;
  const after = sentence.slice(end).search(/[,;:]| und /);
  return sentence.slice(from, after < 0 ? sentence.length : end + after);
}

const pastWords =
  /(?<![\p{L}])(?:war|waren|wurde|wurden|hatte|hatten|gewesen|worden|bisher|bislang|zuvor|vergangene[nmrs]?|letzte[nmrs]?|leitete|führte|übernahm|wechselte|wählte|wählten|trat|schied|verließ|kam|arbeitete|stand|ging|folgte|gab|gründete|begann|endete|kündigte|teilte|sagte|erklärte|betonte|stellte|nannte|berichtete|bestätigte|gratulierte|begrüßte|lobte|dankte|kandidierte|setzte|bestellte|ernannte|berief|beschloss|rückwirkend)(?![\p{L}])/iu;
/** A past participle: "gewechselt", "angetreten", "kandidiert", and those of verbs with an inseparable prefix ("entschieden", "verlassen"). */
const participle =
  '(?:(?:an|ab|auf|aus|ein|vor|zu|mit|nach|weg|zurück|über|ver|be)?ge(?!gen(?![\\p{L}])|nug|rade|lten|meinsam)[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert|(?!erneut)(?:ent|er|ver|zer|emp)[a-zäöüß]{3,}(?:t|en)|übernommen|bestellt|beschlossen|begonnen|berufen|ernannt|gewählt)';
/**
 * The perfect tense, with the auxiliary before the participle in a main clause
 * ("hat … entschieden") or after it at the end of a subordinate clause ("…, die Ende
 * Juli gewechselt ist").
 */
const perfect = new RegExp(
  `(?<![\\p{L}])(?:hat|haben|hatte|hatten|ist|sind)(?![\\p{L}]).*(?<![\\p{L}])${participle}(?![\\p{L}])|(?<![\\p{L}])${participle} (?:ist|sind|hat|haben|hatte|hatten|war|waren|worden)(?![\\p{L}])`,
  'u',
);

/**
 * Which way an open year points: "seit" always looks back; otherwise the clause's
 * tense decides, as in HeidelTime's news setting, where present and future tense
 * both look ahead: German news announce in the present ("übernimmt zum 1. Juli").
 */
export function directionOf(relation: TemporalRelation, clause: string): Direction {
  if (relation === 'since') return 'past';
  if (pastWords.test(clause) || perfect.test(clause)) return 'past';
  return 'future';
}
