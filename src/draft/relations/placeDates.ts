import { antecedent } from '../mentions/resolveReferences.js';
import type { DraftContext } from '../mentions/DraftContext.js';
import type { DraftDate, Span, TenureProposal } from '../model.js';
import { directionOf } from '../temporal/findTemporalExpressions.js';
import { numberOf, numberPattern, partialDateOf, yearRange } from '../temporal/germanCalendar.js';
import type { Stake } from './findStatements.js';
import { endWords, startWords } from './patterns.js';
import { cite, type ProposalBook } from './ProposalBook.js';
import type { TaggedSentence } from './tagSentence.js';

/**
 * Gives each resolved date of a sentence to the tenure (or stake) it dates: the
 * clause around the date names who (its first person, or the person a relative
 * clause or a possessive such as "ihrem Weggang" refers to) and whether something
 * begins or ends ("seit" and "ab" begin, "bis" ends, otherwise the clause's verbs
 * and nouns decide). A date that fits no proposal, or both a beginning and an end,
 * is listed as unplaced rather than guessed.
 */
export function placeDates(context: DraftContext, book: ProposalBook, tagged: TaggedSentence, stakes: Stake[]): void {
  const clauses = splitClauses(tagged.text);
  tagged.tags.forEach((tag, index) => {
    if (tag.kind !== 'T') return;
    const expression = tag.mention;
    const span: Span = { start: expression.start, end: expression.end };
    if (!expression.date) {
      book.unplaced.push({ text: expression.text, span, reason: expression.unresolved ?? 'unresolved' });
      return;
    }
    const date: DraftDate = { date: expression.date, span };
    const at = tagged.text.indexOf(`⟦T${index}⟧`);
    const clause = clauses.find((c) => c.start <= at && at < c.end)!;
    const words = tagged.text.slice(clause.start, clause.end);
    const stake = stakes.find((s) => s.sentence === tagged.index);
    if (
      stake &&
      !tagged.tags.some((t) => t.kind === 'P') &&
      (expression.relation === 'since' || expression.relation === 'from' || expression.relation === 'by')
    ) {
      const ownership = book.ownership(stake.ownerId, stake.ownedId);
      book.setDate(ownership, 'start', date, stake.span);
      return;
    }
    const possessive = /(?<![\p{L}])(?<owner>ihre[mnrs]?|seine[mnrs]?) (?<noun>Weggang|Ausscheiden|Abschied|Wechsel|Ruhestand|Amtsantritt|Wahl|Start)/u.exec(
      words,
    );
    const personId = possessive
      ? antecedent(context, tagged.sourceOffset(clause.start + possessive.index), possessive.groups!.owner!.startsWith('i') ? 'female' : 'male')
      : (subjectOf(context, tagged, clauses, clause) ?? book.announced.get(tagged.index));
    const kind = possessive
      ? /Amtsantritt|Wahl|Start/.test(possessive.groups!.noun!)
        ? 'start'
        : 'end'
      : kindOf(expression.relation, words, at - clause.start);
    if (!personId || !kind) {
      book.unplaced.push({
        text: expression.text,
        span,
        reason: personId ? 'The clause says neither that something begins nor that it ends.' : 'The clause names nobody the date could belong to.',
      });
      return;
    }
    // A date needs something in its clause to date: a role word, an organisation, or a word that begins or ends a tenure.
    if (!/⟦[RO]\d+⟧/.test(words) && !changesPost(words) && !possessive) {
      book.unplaced.push({ text: expression.text, span, reason: 'Its clause names no role, organisation or change of post.' });
      return;
    }
    const organization = organizationOfClause(tagged, words, kind, moveDestination(words) ? 'moves' : 'stays');
    // "Zum 1. Oktober übernehmen Anna Roth und Jan Beck …": a date of coordinated subjects dates each of them.
    for (const subject of [personId, ...coordinatedWith(tagged, words, personId)]) {
      placeOn(subject);
    }
    function placeOn(subject: string): void {
      const name = context.people.get(subject)?.name ?? subject;
      // A post the text calls present or past ("die derzeitige Leiterin") does not begin now, though it may have begun "seit 2018".
      const fits = (t: TenureProposal) => !(kind === 'start' && expression.relation !== 'since' && book.previousPosts.has(t.id));
      // "… ist Ende Juli an das Klinikum Rheinfeld gewechselt": a move ends the post the person had elsewhere, unless the text gives one at the destination.
      const moved = kind === 'start' && organization && moveDestination(words) && !book.focus(subject, tagged.index, organization.id, fits);
      const left = moved ? book.tenures.filter((t) => t.personId === subject && !t.unsure && t.organizationId !== organization.id) : [];
      if (moved && left.length === 1) {
        book.setDate(left[0]!, 'end', date, clauseSpan(tagged, clause, context));
        return;
      }
      // An organisation the clause names decides; one it only describes ("das Unternehmen") may have been resolved wrongly.
      const atOrganization = organization ? book.focus(subject, tagged.index, organization.id, fits) : undefined;
      const tenure = atOrganization ?? (!organization || organization.described ? book.focus(subject, tagged.index, null, fits) : undefined);
      if (!tenure) {
        book.unplaced.push({ text: expression.text, span, reason: `No proposed role of ${name} fits the date.` });
        return;
      }
      // "Wolff gehört dem Vorstand seit 2019 an": a role named after the person that is not the tenure's dates another post.
      const other = otherRoleInClause(tagged, words, tenure.roleKey);
      if (other) {
        book.unplaced.push({ text: expression.text, span, reason: `The date belongs to "${other}", which is not a proposed role of ${name}.` });
        return;
      }
      const claimSpan = clauseSpan(tagged, clause, context);
      if (book.setDate(tenure, kind!, date, claimSpan) && expression.relation === 'since') cite(tenure, [claimSpan, date.span], ['current']);
      if (kind === 'end') startFromDuration(book, tenure, words, date, claimSpan);
    }
  });
}

/**
 * "Nach 18 Jahren an der Spitze … hat sich X verabschiedet", "der den Verein 24 Jahre
 * lang geleitet hatte": a tenure that has ended (a successor follows it, in a past
 * tense) and lasted whole years began that many years before the article's year.
 * Approximate counts ("mehr als zwei Jahrzehnte") are left alone.
 */
export function placeDurations(context: DraftContext, book: ProposalBook, tagged: TaggedSentence): void {
  const published = context.published;
  if (!published || published.earliest.slice(0, 4) !== published.latest.slice(0, 4)) return;
  const clauses = splitClauses(tagged.text);
  for (const match of tagged.text.matchAll(
    new RegExp(`(?<![\\p{L}])(?:[Nn]ach (?:nur )?(?<after>${numberPattern}) Jahren|(?<long>${numberPattern}) Jahre lang)(?![\\p{L}])`, 'gu'),
  )) {
    const clause = clauses.find((c) => c.start <= match.index && match.index < c.end)!;
    const words = tagged.text.slice(clause.start, clause.end);
    if (directionOf('at', words) !== 'past') continue;
    const personId = subjectOf(context, tagged, clauses, clause);
    const tenure = personId ? book.focus(personId, tagged.index) : undefined;
    const succeeded = tenure && book.tenures.some((t) => t.predecessor?.tenureId === tenure.id);
    const count = numberOf(match.groups!.after ?? match.groups!.long ?? '');
    if (!tenure || !succeeded || tenure.start || !Number.isFinite(count)) continue;
    const year = Number(published.earliest.slice(0, 4)) - count;
    const span = { start: tagged.sourceOffset(match.index), end: tagged.sourceOffset(match.index + match[0].length - 1) + 1 };
    const date = partialDateOf(yearRange(year));
    book.setDate(
      tenure,
      'start',
      { date: { ...date, inference: `"${match[0]}" for a tenure that ended by the article of ${published.value}, so it began in ${year}.` }, span },
      clauseSpan(tagged, clause, context),
    );
  }
}

/** "nach sieben Jahren" beside an end: the tenure began that many years before it ended. */
function startFromDuration(book: ProposalBook, tenure: Parameters<ProposalBook['setDate']>[0], words: string, end: DraftDate, span: Span): void {
  const duration = new RegExp(`[Nn]ach (?:nur )?(?<count>${numberPattern}) Jahren`, 'u').exec(words);
  const count = duration ? numberOf(duration.groups!.count!) : Number.NaN;
  if (!Number.isFinite(count) || tenure.start) return;
  const endYear = Number(end.date.earliest.slice(0, 4));
  const date = partialDateOf(yearRange(endYear - count));
  book.setDate(tenure, 'start', { date: { ...date, inference: `It ends in ${endYear} "${duration![0]}", so it began in ${date.value}.` }, span }, span);
}

/**
 * Whether a date in a clause dates a beginning or an end: by its preposition, else
 * by the clause's words; when the clause has both ("verlässt … Mitte Januar und
 * wechselt …"), the nearest word before the date decides, else the nearest after.
 */
function kindOf(relation: string, words: string, at: number): 'start' | 'end' | null {
  if (relation === 'since' || relation === 'from') return 'start';
  if (relation === 'until') return 'end';
  const triggers = [
    ...[...words.matchAll(new RegExp(startWords.source, 'gu'))].map((m) => ({ at: m.index, kind: 'start' as const })),
    ...[...words.matchAll(new RegExp(endWords.source, 'gu'))].map((m) => ({ at: m.index, kind: 'end' as const })),
  ];
  const particle = separable(words);
  if (particle) triggers.push(particle);
  const kinds = new Set(triggers.map((t) => t.kind));
  // "Zum 1. August wird Corinna Lautenschläger Geschäftsführerin": becoming a role on the day a change takes effect begins it.
  if (kinds.size === 0 && relation === 'by' && /(?<![\p{L}])(?:wird|werden)(?![\p{L}])/u.test(words) && /⟦R\d+⟧/.test(words)) return 'start';
  if (kinds.size < 2) return [...kinds][0] ?? null;
  const before = triggers.filter((t) => t.at < at).sort((a, b) => b.at - a.at)[0];
  const after = triggers.filter((t) => t.at > at).sort((a, b) => a.at - b.at)[0];
  return (before ?? after)?.kind ?? null;
}

/**
 * A role word of the clause that is not `roleKey`, when none of its role words is:
 * after the clause's first person ("Wolff gehört dem Vorstand seit 2019 an"), or
 * anywhere when the clause names only other roles ("Geschäftsführer der … ist seit
 * Juni 2021 X" dates no other post of X's).
 */
function otherRoleInClause(tagged: TaggedSentence, words: string, roleKey: string): string | undefined {
  const person = words.search(/⟦P\d+⟧/);
  if (person < 0) return undefined;
  // "an die Spitze des Vorstands": a body whose head the person becomes, not another role of theirs.
  const roles = (from: number) =>
    [...words.slice(from).matchAll(/(?<head>Spitze (?:des|der) )?⟦R(\d+)⟧/g)]
      .filter((m) => !m.groups!.head)
      .map((m) => tagged.tags[Number(m[2])])
      .filter((t) => t?.kind === 'R');
  const other = (tags: ReturnType<typeof roles>) => tags.find((t) => t.kind === 'R' && t.mention.roleKey !== roleKey);
  const all = roles(0);
  const found = all.some((t) => t.kind === 'R' && t.mention.roleKey === roleKey) ? other(roles(person)) : other(all);
  return found?.kind === 'R' ? (found.mention.newRole?.word ?? found.mention.roleKey ?? undefined) : undefined;
}

/**
 * The organisation a date's clause is about: for a beginning, the one it moves to
 * ("zur KL.digital wechseln"); for an end, the first one it does not move to
 * ("verlässt das Unternehmen … und wechselt zur …"); else the first it names.
 */
function organizationOfClause(
  tagged: TaggedSentence,
  words: string,
  kind: 'start' | 'end',
  move: 'moves' | 'stays',
): { id: string; described: boolean } | null {
  const destination = move === 'moves' ? destinationOfMove : /(?<![\p{L}])(?:zur|zum|zu) ⟦O(\d+)⟧/u;
  const left = /(?<![\p{L}](?:zur|zum|zu) )⟦O(\d+)⟧/u;
  const target = kind === 'start' ? (destination.exec(words) ?? /⟦O(\d+)⟧/.exec(words)) : (left.exec(words) ?? /⟦O(\d+)⟧/.exec(words));
  const tag = target ? tagged.tags[Number(target[1])] : undefined;
  return tag?.kind === 'O' ? { id: tag.mention.organizationId, described: tag.mention.via === 'description' } : null;
}

/** Where a verb of moving takes the person: "wechselt zur …", "ist an das Klinikum … gewechselt", "geht nach …". */
const destinationOfMove = /(?<![\p{L}])(?:zur|zum|zu|an die|an das|an den|in die|in das|nach) ⟦O(\d+)⟧/u;
const moveVerb = /(?<![\p{L}])(?:gewechselt|wechselt|wechselte|wechseln)(?![\p{L}])/u;

function moveDestination(words: string): boolean {
  return moveVerb.test(words) && destinationOfMove.test(words);
}

/** The people joined to `personId` by "und" in a clause ("⟦P1⟧ und ⟦P2⟧"). */
function coordinatedWith(tagged: TaggedSentence, words: string, personId: string): string[] {
  const found: string[] = [];
  for (const m of words.matchAll(/⟦P(\d+)⟧ und (?:(?:Dr\.|Prof\.) )*⟦P(\d+)⟧/g)) {
    const ids = [m[1], m[2]].map((n) => tagged.tags[Number(n)]).map((t) => (t?.kind === 'P' ? t.mention.personId : undefined));
    if (ids.includes(personId)) found.push(...ids.filter((id): id is string => id !== undefined && id !== personId));
  }
  return found;
}

/** Words that begin or end a tenure, separable verbs ("tritt … an") and words for the post itself ("das Amt", "die Stelle"). */
function changesPost(words: string): boolean {
  return (
    startWords.test(words) ||
    endWords.test(words) ||
    separable(words) !== null ||
    /(?<![\p{L}])(?:Amt|Amtes|Stelle|Posten|Vorsitz|Amtsgeschäfte|Spitze)(?![\p{L}])/u.test(words)
  );
}

/** "tritt … an" begins, "tritt … ab", "gibt … ab", "tritt … zurück" end: the particle closes the clause. */
function separable(words: string): { at: number; kind: 'start' | 'end' } | null {
  const verb = words.search(/(?<![\p{L}])(?:tritt|trat|treten|gibt|gab)(?![\p{L}])/u);
  if (verb < 0) return null;
  if (/(?<![\p{L}])an[.,;]?\s*$/u.test(words) && !/(?<![\p{L}])(?:gibt|gab)(?![\p{L}])/u.test(words)) return { at: verb, kind: 'start' };
  if (/(?<![\p{L}])(?:ab|zurück)[.,;]?\s*$/u.test(words)) return { at: verb, kind: 'end' };
  return null;
}

interface Clause {
  start: number;
  end: number;
  /** Joined to the clause before by "und": it shares that clause's subject. */
  coordinated: boolean;
}

/** Clauses of a tagged sentence: between commas, semicolons, colons and dashes. */
function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  // "und" before a lowercase word joins two clauses ("tritt sein Amt am 1. März an und folgt auf …"), not two names.
  let coordinated = false;
  for (const match of text.matchAll(/[,;:–]| und (?=[a-zäöüß])/g)) {
    clauses.push({ start, end: match.index, coordinated });
    coordinated = match[0] === ' und ';
    start = match.index + (coordinated ? 4 : 1);
  }
  clauses.push({ start, end: text.length, coordinated });
  return clauses;
}

/** Who a clause is about: a relative clause's antecedent, else its first person, else the sentence's. */
function subjectOf(context: DraftContext, tagged: TaggedSentence, clauses: Clause[], clause: Clause): string | undefined {
  const words = tagged.text.slice(clause.start, clause.end);
  const position = clauses.indexOf(clause);
  // "der die Schule seit 2008 geführt hat und im Sommer in den Ruhestand geht": the second verb has the first one's subject.
  if (clause.coordinated && position > 0 && !/⟦P\d+⟧/.test(words)) return subjectOf(context, tagged, clauses, clauses[position - 1]!);
  const relative = /^ (?<pronoun>der|die|dessen|deren) /.exec(words);
  if (relative && position > 0) {
    // The relative pronoun refers to the last person of the clause before whose gender fits.
    const gender = /^d(?:ie|eren)$/.test(relative.groups!.pronoun!) ? 'female' : 'male';
    const previous = tagged.text.slice(clauses[position - 1]!.start, clauses[position - 1]!.end);
    const people = [...previous.matchAll(/⟦P(\d+)⟧/g)].map((m) => tagged.tags[Number(m[1])]).filter((t) => t?.kind === 'P');
    const fitting = people.reverse().find((t) => t.kind === 'P' && [gender, undefined].includes(context.people.get(t.mention.personId)?.gender?.value));
    if (fitting?.kind === 'P') return fitting.mention.personId;
  }
  const own = /⟦P(\d+)⟧/.exec(words);
  const tag = own ? tagged.tags[Number(own[1])] : undefined;
  if (tag?.kind === 'P') return tag.mention.personId;
  const first = tagged.tags.find((t) => t.kind === 'P' || (t.kind === 'R' && !t.mention.neutral));
  if (first?.kind === 'P') return first.mention.personId;
  // "Seitdem hatte der Chefarzt der Kardiologie, Dr. Yusuf Aydın, …": the name in apposition after the clause's role.
  const apposition = clauses[position + 1] ? /^ ⟦P(\d+)⟧$/.exec(tagged.text.slice(clauses[position + 1]!.start, clauses[position + 1]!.end)) : null;
  const named = apposition && /⟦R\d+⟧/.test(words) ? tagged.tags[Number(apposition[1])] : undefined;
  if (named?.kind === 'P') return named.mention.personId;
  if (first?.kind === 'R' && /^(?:Die|Der)(?: [a-zäöüß]+)* ⟦R/.test(tagged.text)) return antecedent(context, first.mention.start, first.mention.gender);
  return undefined;
}

function clauseSpan(tagged: TaggedSentence, clause: Clause, context: DraftContext): Span {
  const sentence = context.sentences[tagged.index]!;
  const start = tagged.sourceOffset(clause.start + (tagged.text.slice(clause.start).length - tagged.text.slice(clause.start).trimStart().length));
  const lastTag = /⟦[PORT](\d+)⟧\s*$/.exec(tagged.text.slice(clause.start, clause.end));
  const end = lastTag ? tagged.tags[Number(lastTag[1])]!.mention.end : tagged.sourceOffset(clause.end - 1) + 1;
  return { start: Math.max(start, sentence.start), end: Math.min(end, sentence.end) };
}
