import type { Role } from '../../domain/entities.js';
import type { DraftContext } from '../mentions/DraftContext.js';
import { findTemporalExpressions } from '../temporal/findTemporalExpressions.js';
import { capacityOf } from '../text/germanWords.js';
import { findHoldings, type Holding } from './findHoldings.js';
import { findLeadings, findPartOf, findStakes, findSuccessions, type Leading, type Succession } from './findStatements.js';
import { attachingPreposition, capacityWords, currentWords, notCurrentWords } from './patterns.js';
import { placeDates, placeDurations } from './placeDates.js';
import { cite, ProposalBook } from './ProposalBook.js';
import { tagSentence, type TaggedSentence } from './tagSentence.js';

/**
 * Turns the mentions of every sentence into proposals, in an order where each step
 * can use what the earlier ones found: holdings named with a role word; then
 * "leads X" statements whose organisation's kind names the role; then successions
 * (which give the other person a tenure on the same post); then the remaining
 * "leads" statements; then roles named without an organisation; then dates,
 * stakes and units.
 */
export function assembleProposals(context: DraftContext): ProposalBook {
  const book = new ProposalBook(context);
  const tagged = context.sentences.map((sentence) => {
    // A dateline ("[13.12.2021] Die …", "Talheim, 27. März 2024.") is the day of publication, not of an event.
    const temporals = findTemporalExpressions(sentence.text, context.published)
      .filter((e) => !(sentence.index < 6 && (/^\[/.test(sentence.text.slice(Math.max(0, e.start - 1))) || /^[\p{Lu}][\p{L} -]*, \d{1,2}\. \p{L}+ \d{4}\.?$/u.test(sentence.text))))
      .map((e) => ({ ...e, start: e.start + sentence.start, end: e.end + sentence.start }));
    return tagSentence(context, sentence.index, temporals);
  });
  const holdings = tagged.flatMap((t) => findHoldings(context, t));
  // A role named without its organisation takes the one its holder leaves or leads in the same sentence.
  for (const holding of holdings) {
    const member = holding.organizationId ? undefined : memberOrganization(tagged[holding.sentence]!, holding.personId);
    if (member) Object.assign(holding, { organizationId: member.organizationId, span: { start: Math.min(holding.span.start, member.start), end: Math.max(holding.span.end, member.end) } });
  }
  // A capacity word anywhere in a sentence with one holding belongs to it ("Ehrenamtlich engagiert sie sich als Vorsitzende …").
  for (const holding of holdings) {
    const alone = holdings.filter((h) => h.sentence === holding.sentence).length === 1;
    const sentence = context.sentences[holding.sentence]!;
    const word = alone ? capacityWords.exec(sentence.text) : null;
    if (word) holding.capacityWord = { text: word[0], span: { start: sentence.start + word.index, end: sentence.start + word.index + word[0].length } };
  }
  const orgless: Holding[] = [];
  for (const holding of holdings) {
    if (holding.organizationId) recordHolding(context, book, holding);
    else orgless.push(holding);
  }
  const leadings = tagged.flatMap((t) => findLeadings(context, t));
  const deferred = leadings.filter((leading) => !recordLeading(context, book, leading, false));
  const successions = tagged.flatMap((t) => findSuccessions(context, t));
  const waiting = successions.filter((succession) => !recordSuccession(context, book, succession, false));
  for (const leading of deferred) recordLeading(context, book, leading, true);
  for (const holding of orgless) placeOrgless(context, book, holding);
  // A succession whose post only a role placed from context names ("Sie löst Bernhard Giese ab").
  for (const succession of waiting) recordSuccession(context, book, succession, true);
  const stakes = tagged.flatMap((t) => findStakes(context, t));
  for (const stake of stakes) {
    const ownership = book.ownership(stake.ownerId, stake.ownedId);
    ownership.percentage ??= stake.percentage;
    const claims = stake.percentage === null ? ['existence', 'current'] : ['existence', 'percentage', 'current'];
    cite(ownership, [stake.span], claims as ('existence' | 'percentage' | 'current')[]);
  }
  for (const t of tagged) {
    placeDates(context, book, t, stakes);
    placeDurations(context, book, t);
    for (const part of findPartOf(context, t)) {
      const unit = context.organizations.get(part.unitId);
      if (unit && !unit.existing && !unit.partOf && part.parentId !== part.unitId) unit.partOf = { value: part.parentId, inference: '', span: part.span };
    }
  }
  return book;
}

function recordHolding(context: DraftContext, book: ProposalBook, holding: Holding): void {
  const { key, unsure } = book.roleKeyOf(holding.role);
  const tenure = book.tenure(holding.personId, holding.organizationId!, key, holding.sentence);
  if (unsure && tenure.support.length === 0) tenure.unsure = unsure;
  if (holding.organizationInference) tenure.inference ??= holding.organizationInference;
  const words = context.text.slice(holding.span.start, holding.span.end);
  const modifiers = holding.role.modifiers.map((m) => m.text).join(' ');
  const current = currentWords.test(`${modifiers} ${words}`) && !notCurrentWords.test(`${modifiers} ${words}`);
  cite(tenure, [holding.span], current ? ['existence', 'current'] : ['existence']);
  if (/(?<![\p{L}])(?:derzeitige|bisherige|bisher|zuletzt|ehemalige|frühere)/u.test(`${modifiers} ${words}`)) book.previousPosts.add(tenure.id);
  const capacity = [...holding.role.modifiers].reverse().find((m) => capacityOf(m.text)) ?? holding.capacityWord;
  if (capacity) book.setCapacity(tenure, capacityOf(capacity.text)!, { start: Math.min(capacity.span.start, holding.span.start), end: Math.max(capacity.span.end, holding.role.end) }, capacity.text);
  giveGender(context, holding);
}

/** A role label with a grammatical gender says the holder's gender, marked as an inference. */
function giveGender(context: DraftContext, holding: Holding): void {
  const person = context.people.get(holding.personId);
  if (!person || person.gender || !holding.role.gender) return;
  const word = context.text.slice(holding.role.start, holding.role.end);
  const value = holding.role.gender;
  person.gender = { value, inference: `The text calls ${value === 'female' ? 'her' : 'him'} ${word}, the ${value === 'female' ? 'feminine' : 'masculine'} form.`, span: holding.span };
}

/** The vocabulary role whose neutral label is `neutral` ("Leitung", "Geschäftsführung"). */
function roleByNeutral(roles: readonly Role[], neutral: string): Role | undefined {
  return roles.find((r) => r.de.neutral === neutral);
}

/**
 * "X leitet das Amt": attached to X's tenure at that organisation when there is one;
 * otherwise the organisation's kind names the role (the head of an office is its
 * Leiter, of a company its Geschäftsführer), marked as an inference. Returns false
 * when it could do neither and `final` is false, so that it can be tried again later.
 */
function recordLeading(context: DraftContext, book: ProposalBook, leading: Leading, final: boolean): boolean {
  const words = context.text.slice(leading.span.start, leading.span.end);
  const current = /(?<![\p{L}])(?:leitet|führt|steht)(?![\p{L}])/u.test(words);
  const existing = book.focus(leading.personId, leading.sentence, leading.organizationId);
  const organization = context.organizations.get(leading.organizationId);
  const role =
    organization?.kind === 'administrative-unit' ? roleByNeutral(context.graph.roles, 'Leitung') : organization?.kind === 'company' ? roleByNeutral(context.graph.roles, 'Geschäftsführung') : undefined;
  const adverb = capacityWords.exec(words);
  if (existing && existing.organizationId === leading.organizationId) {
    cite(existing, [leading.span], current ? ['existence', 'current'] : ['existence']);
    if (adverb) book.setCapacity(existing, capacityOf(adverb[0])!, leading.span, adverb[0]);
    return true;
  }
  if (!role && !final) return false;
  const person = context.people.get(leading.personId)?.name ?? leading.personId;
  if (!role) {
    book.unplaced.push({ text: words, span: leading.span, reason: `${person} "${leading.verb}" ${organization?.name ?? leading.organizationId}, but the text names no role for it.` });
    return true;
  }
  const tenure = book.tenure(leading.personId, leading.organizationId, role.key, leading.sentence);
  if (/(?<![\p{L}])(?:bislang|bisher|zuletzt|zuvor)(?![\p{L}])/u.test(words)) book.previousPosts.add(tenure.id);
  tenure.inference ??= `The text says ${person} "${leading.verb}" ${organization?.name}; the head of ${organization?.kind === 'company' ? 'a company is its Geschäftsführer' : 'an office or unit is its Leiter'}.`;
  cite(tenure, [leading.span], current ? ['existence', 'current'] : ['existence']);
  if (adverb) book.setCapacity(tenure, capacityOf(adverb[0])!, leading.span, adverb[0]);
  return true;
}

/**
 * A succession links two tenures of one post: the successor's new one (or, when the
 * successor's post is not named, the predecessor's) decides the post, and the other
 * person gets a tenure on it if the text gave none.
 */
function recordSuccession(context: DraftContext, book: ProposalBook, succession: Succession, final: boolean): boolean {
  const candidates = (personId: string) => book.tenures.filter((t) => t.personId === personId && !t.unsure);
  const successorPosts = candidates(succession.successorId).filter((t) => !book.previousPosts.has(t.id));
  const post = pickNearest(book, successorPosts, succession.sentence) ?? pickNearest(book, candidates(succession.predecessorId), succession.sentence);
  if (!post) {
    if (final) book.unplaced.push({ text: context.text.slice(succession.span.start, succession.span.end), span: succession.span, reason: 'A succession, but the text names the post of neither person.' });
    return false;
  }
  const successor = book.tenure(succession.successorId, post.organizationId, post.roleKey, succession.sentence);
  const predecessor = book.tenure(succession.predecessorId, post.organizationId, post.roleKey, succession.sentence);
  cite(successor, [succession.span], ['existence']);
  cite(predecessor, [succession.span], ['existence']);
  if (!successor.predecessor) {
    successor.predecessor = { tenureId: predecessor.id, span: succession.span };
    cite(successor, [succession.span], ['predecessor']);
  }
  return true;
}

function pickNearest(book: ProposalBook, tenures: ReturnType<ProposalBook['tenure']>[], sentence: number) {
  const distance = (t: (typeof tenures)[number]) => Math.min(...[...book.sentencesOf(t)].map((s) => Math.abs(s - sentence) + (s > sentence ? 0.5 : 0)));
  return [...tenures].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The organisation a role without one most likely belongs to: the only one its
 * sentence names, else the only one the sentence before names ("Bei der Sparkasse
 * Rabenfeld steht ein Wechsel an der Spitze bevor. Zum 1. Oktober übernimmt Kathrin
 * Wolff den Vorstandsvorsitz."). Not when words after the role attach it to
 * something the assistant did not recognise ("Jurymitglied im … Fachwettbewerb").
 */
function organizationNearby(context: DraftContext, holding: Holding, municipal: boolean): { id: string; inference: string } | undefined {
  const following = context.text.slice(holding.role.end, holding.role.end + 12);
  if (new RegExp(`^(?: \\([^)]*\\))? ${attachingPreposition} `).test(following)) return undefined;
  const fits = (id: string) => (context.organizations.get(id)?.kind === 'municipality') === municipal;
  const namedIn = (sentence: number) => [...new Set((context.organizationMentions[sentence] ?? []).map((m) => m.organizationId))].filter(fits);
  const word = context.text.slice(holding.role.start, holding.role.end);
  const own = namedIn(holding.sentence);
  if (own.length === 1) return { id: own[0]!, inference: `The text names no organisation with "${word}"; ${context.organizations.get(own[0]!)?.name} is the only one its sentence names.` };
  if (own.length > 0 || holding.sentence === 0) return undefined;
  const before = namedIn(holding.sentence - 1);
  if (before.length === 1) return { id: before[0]!, inference: `The text names no organisation with "${word}"; the sentence before is about ${context.organizations.get(before[0]!)?.name}.` };
  return undefined;
}

/** "Der bisherige Geschäftsführer Rainer Busch hat den Verband … verlassen": the organisation the holder leaves, leads or works at. */
function memberOrganization(tagged: TaggedSentence, personId: string): { organizationId: string; start: number; end: number } | undefined {
  const patterns = [
    /⟦P(?<p>\d+)⟧ (?:verlässt|verließ|leitet|leitete|führt|führte|stand|steht|arbeitet|arbeitete)(?: [a-zäöüß]+)*? (?:(?:an der Spitze|bei|beim) )?⟦O(?<o>\d+)⟧/gu,
    /⟦P(?<p>\d+)⟧ (?:hat|hatte) ⟦O(?<o>\d+)⟧(?: (?:[a-zäöüß]+|⟦T\d+⟧))*? (?:verlassen|geleitet|geführt)(?![\p{L}])/gu,
  ];
  for (const match of patterns.flatMap((p) => [...tagged.text.matchAll(p)])) {
    const person = tagged.tags[Number(match.groups!.p)];
    const organization = tagged.tags[Number(match.groups!.o)];
    if (person?.kind === 'P' && person.mention.personId === personId && organization?.kind === 'O') {
      return { organizationId: organization.mention.organizationId, start: person.mention.start, end: organization.mention.end };
    }
  }
  return undefined;
}

/** The municipality a text is about: the only one it names, or the one it names most often. */
function mainMunicipality(context: DraftContext): { id: string; name: string; why: string } | undefined {
  const counts = new Map<string, number>();
  for (const m of context.organizationMentions.flat()) {
    if (context.organizations.get(m.organizationId)?.kind === 'municipality') counts.set(m.organizationId, (counts.get(m.organizationId) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] >= first[1])) return undefined;
  const name = context.organizations.get(first[0])!.name;
  return { id: first[0], name, why: second ? `the municipality the text names most often (${first[1]} times)` : 'the only municipality the text names' };
}

const municipalOffice = /bürgermeister|landr[aä]t|kämmer|beigeordnet|dezernent|ortsvorsteher|stadtdirektor/i;

/**
 * A role named without its organisation ("Geschäftsführerin Lindner"): the person's
 * one tenure in that role in this draft or in the graph; for a municipal office, the
 * one municipality the text names; else it is listed as unplaced.
 */
function placeOrgless(context: DraftContext, book: ProposalBook, holding: Holding): void {
  const { key } = book.roleKeyOf(holding.role);
  const person = context.people.get(holding.personId)?.name ?? holding.personId;
  const word = context.text.slice(holding.role.start, holding.role.end);
  const drafted = book.tenures.filter((t) => t.personId === holding.personId && t.roleKey === key && !t.unsure);
  if (drafted.length === 1) return recordHolding(context, book, { ...holding, organizationId: drafted[0]!.organizationId });
  // "Geschäftsführer Clemens Wirth führt das Unternehmen gemeinsam mit Sonja Meister, die seit 2019 Geschäftsführerin ist."
  const sameSentence = [...new Set(book.tenures.filter((t) => t.roleKey === key && !t.unsure && book.sentencesOf(t).has(holding.sentence)).map((t) => t.organizationId))];
  if (sameSentence.length === 1) {
    const name = context.organizations.get(sameSentence[0]!)?.name ?? sameSentence[0];
    return recordHolding(context, book, { ...holding, organizationId: sameSentence[0]!, organizationInference: `The sentence names ${name} for the same role beside ${person}'s.` });
  }
  const inGraph = context.graph.tenures.filter((t) => t.personId === holding.personId && t.roleKey === key);
  if (inGraph.length === 1 && holding.role.roleKey) {
    const organization = context.graph.organizations.find((o) => o.id === inGraph[0]!.organizationId)?.name ?? inGraph[0]!.organizationId;
    return recordHolding(context, book, { ...holding, organizationId: inGraph[0]!.organizationId, organizationInference: `The sentence names no organisation; the graph holds ${person} as ${word} of ${organization} only.` });
  }
  const label = holding.role.roleKey ? (context.graph.roles.find((r) => r.key === holding.role.roleKey)?.de.masculine ?? '') : (holding.role.newRole?.masculine ?? '');
  const municipality = mainMunicipality(context);
  if (municipality && municipalOffice.test(label)) {
    return recordHolding(context, book, { ...holding, organizationId: municipality.id, organizationInference: `The sentence names no place for the ${word}; ${municipality.name} is ${municipality.why}.` });
  }
  const nearby = organizationNearby(context, holding, municipalOffice.test(label));
  if (nearby) return recordHolding(context, book, { ...holding, organizationId: nearby.id, organizationInference: nearby.inference });
  if (holding.role.newRole) book.roleKeyOf(holding.role);
  book.unplaced.push({ text: context.text.slice(holding.span.start, holding.span.end), span: holding.span, reason: `${person} is called ${word}, but the text names no organisation for it.` });
}

export type { TaggedSentence };
