import type { DraftContext } from '../mentions/DraftContext.js';
import { anaphoricDate } from '../temporal/anaphoricDate.js';
import { findTemporalExpressions, type TemporalExpression } from '../temporal/findTemporalExpressions.js';
import { findAnnouncedHolders } from './findAnnouncedHolders.js';
import { findHoldings, type Holding } from './findHoldings.js';
import { findLeadings, findPartOf, findStakes, findSuccessions, type Stake } from './findStatements.js';
import { capacityWords } from './patterns.js';
import { placeDates, placeDurations } from './placeDates.js';
import { memberOrganization, placeOrgless } from './placeOrgless.js';
import { cite, ProposalBook } from './ProposalBook.js';
import { recordHolding, recordLeading, recordSuccession } from './recordStatements.js';
import { tagSentence } from './tagSentence.js';

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
  let previous: TemporalExpression[] = [];
  const tagged = context.sentences.map((sentence) => {
    // A dateline ("[13.12.2021] Die …", "Talheim, 27. März 2024.") is the day of publication, not of an event.
    const dateline = (e: TemporalExpression) =>
      sentence.index < 6 &&
      (/^\[/.test(sentence.text.slice(Math.max(0, e.start - 1))) || /^[\p{Lu}][\p{L} -]*, \d{1,2}\. \p{L}+ \d{4}\.?$/u.test(sentence.text));
    const found = findTemporalExpressions(sentence.text, context.published).filter((e) => !dateline(e));
    const anaphoric = anaphoricDate(sentence.text, previous);
    previous = found;
    const temporals = [...(anaphoric ? [anaphoric] : []), ...found].map((e) => ({ ...e, start: e.start + sentence.start, end: e.end + sentence.start }));
    return tagSentence(context, sentence.index, temporals);
  });
  const holdings = tagged.flatMap((t) => findHoldings(context, t));
  // "Die Volksbank hat eine neue Vorstandsvorsitzende. Der Aufsichtsrat bestellte …": the next sentence names the holder.
  for (const { holding, announcedIn } of findAnnouncedHolders(context, tagged, holdings)) {
    holdings.push(holding);
    book.announced.set(announcedIn, holding.personId);
  }
  // A role named without its organisation takes the one its holder leaves or leads in the same sentence.
  for (const holding of holdings) {
    const member = holding.organizationId ? undefined : memberOrganization(tagged[holding.sentence]!, holding.personId);
    if (member)
      Object.assign(holding, {
        organizationId: member.organizationId,
        span: { start: Math.min(holding.span.start, member.start), end: Math.max(holding.span.end, member.end) },
      });
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
  const stakes: Stake[] = [];
  for (const t of tagged) stakes.push(...findStakes(context, t, stakes));
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
