import type { Role } from '../../domain/entities.js';
import type { DraftContext } from '../mentions/DraftContext.js';
import { capacityOf } from '../text/germanWords.js';
import type { Holding } from './findHoldings.js';
import type { Leading, Succession } from './findStatements.js';
import { capacityWords, currentWords, notCurrentWords } from './patterns.js';
import { cite, type ProposalBook } from './ProposalBook.js';

/**
 * Each kind of statement the relation rules find, written into the proposal book:
 * a holding becomes (or adds to) a tenure, a "leads X" statement does where the
 * organisation's kind names the role, and a succession links two tenures of a post.
 */

export function recordHolding(context: DraftContext, book: ProposalBook, holding: Holding): void {
  const { key, unsure } = book.roleKeyOf(holding.role);
  const tenure = book.tenure(holding.personId, holding.organizationId!, key, holding.sentence);
  if (unsure && tenure.support.length === 0) tenure.unsure = unsure;
  if (holding.organizationInference) tenure.inference ??= holding.organizationInference;
  const words = withoutOtherAppositions(context.text.slice(holding.span.start, holding.span.end), context.text.slice(holding.role.start, holding.role.end));
  const modifiers = holding.role.modifiers.map((m) => m.text).join(' ');
  const current = currentWords.test(`${modifiers} ${words}`) && !notCurrentWords.test(`${modifiers} ${words}`);
  cite(tenure, [holding.span], current ? ['existence', 'current'] : ['existence']);
  if (/(?<![\p{L}])(?:derzeitige|bisherige|bisher|zuletzt|ehemalige|frühere)/u.test(`${modifiers} ${words}`)) book.previousPosts.add(tenure.id);
  const capacity = [...holding.role.modifiers].reverse().find((m) => capacityOf(m.text)) ?? holding.capacityWord;
  if (capacity)
    book.setCapacity(
      tenure,
      capacityOf(capacity.text)!,
      { start: Math.min(capacity.span.start, holding.span.start), end: Math.max(capacity.span.end, holding.role.end) },
      capacity.text,
    );
  giveGender(context, holding);
}

/**
 * The words of a holding without an apposition between commas that is about
 * something else: in "rückt Eva Mohr, bisher Prokuristin, in die Geschäftsführung",
 * "bisher" dates the Prokuristin, not the Geschäftsführung.
 */
function withoutOtherAppositions(words: string, roleWord: string): string {
  const parts = words.split(', ');
  if (parts.length < 3) return words;
  return [parts[0], ...parts.slice(1, -1).filter((p) => p.includes(roleWord)), parts.at(-1)].join(', ');
}

/** A role label with a grammatical gender says the holder's gender, marked as an inference. */
function giveGender(context: DraftContext, holding: Holding): void {
  const person = context.people.get(holding.personId);
  if (!person || person.gender || !holding.role.gender) return;
  const word = context.text.slice(holding.role.start, holding.role.end);
  const value = holding.role.gender;
  person.gender = {
    value,
    inference: `The text calls ${value === 'female' ? 'her' : 'him'} ${word}, the ${value === 'female' ? 'feminine' : 'masculine'} form.`,
    span: holding.span,
  };
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
export function recordLeading(context: DraftContext, book: ProposalBook, leading: Leading, final: boolean): boolean {
  const words = context.text.slice(leading.span.start, leading.span.end);
  const current = /(?<![\p{L}])(?:leitet|führt|steht)(?![\p{L}])/u.test(words);
  const existing = book.focus(leading.personId, leading.sentence, leading.organizationId);
  const organization = context.organizations.get(leading.organizationId);
  const role =
    organization?.kind === 'administrative-unit'
      ? roleByNeutral(context.graph.roles, 'Leitung')
      : organization?.kind === 'company'
        ? roleByNeutral(context.graph.roles, 'Geschäftsführung')
        : undefined;
  const adverb = capacityWords.exec(words);
  if (existing && existing.organizationId === leading.organizationId) {
    cite(existing, [leading.span], current ? ['existence', 'current'] : ['existence']);
    if (adverb) book.setCapacity(existing, capacityOf(adverb[0])!, leading.span, adverb[0]);
    return true;
  }
  if (!role && !final) return false;
  const person = context.people.get(leading.personId)?.name ?? leading.personId;
  if (!role) {
    book.unplaced.push({
      text: words,
      span: leading.span,
      reason: `${person} "${leading.verb}" ${organization?.name ?? leading.organizationId}, but the text names no role for it.`,
    });
    return true;
  }
  const tenure = book.tenure(leading.personId, leading.organizationId, role.key, leading.sentence);
  // "wo sie seit 2017 die Abteilung leitete": the preterite tells of a post held before, as "bislang" does.
  if (/(?<![\p{L}])(?:bislang|bisher|zuletzt|zuvor|leitete|leiteten|führte|führten)(?![\p{L}])/u.test(words)) book.previousPosts.add(tenure.id);
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
export function recordSuccession(context: DraftContext, book: ProposalBook, succession: Succession, final: boolean): boolean {
  const candidates = (personId: string) => book.tenures.filter((t) => t.personId === personId && !t.unsure);
  const successorPosts = candidates(succession.successorId).filter((t) => !book.previousPosts.has(t.id));
  const post = pickNearest(book, successorPosts, succession.sentence) ?? pickNearest(book, candidates(succession.predecessorId), succession.sentence);
  if (!post) {
    if (final)
      book.unplaced.push({
        text: context.text.slice(succession.span.start, succession.span.end),
        span: succession.span,
        reason: 'A succession, but the text names the post of neither person.',
      });
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
