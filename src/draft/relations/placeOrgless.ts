import type { DraftContext } from '../mentions/DraftContext.js';
import type { Holding } from './findHoldings.js';
import { attachingPreposition } from './patterns.js';
import type { ProposalBook } from './ProposalBook.js';
import { recordHolding } from './recordStatements.js';
import type { TaggedSentence } from './tagSentence.js';

/**
 * Where a role named without its organisation belongs ("Geschäftsführerin Lindner",
 * "Bürgermeister Frank Odenwald"): each way is a rule of its own, and each one it
 * takes is stated in the tenure's inference.
 */

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
  if (own.length === 1)
    return {
      id: own[0]!,
      inference: `The text names no organisation with "${word}"; ${context.organizations.get(own[0]!)?.name} is the only one its sentence names.`,
    };
  if (own.length > 0 || holding.sentence === 0) return undefined;
  const before = namedIn(holding.sentence - 1);
  if (before.length === 1)
    return {
      id: before[0]!,
      inference: `The text names no organisation with "${word}"; the sentence before is about ${context.organizations.get(before[0]!)?.name}.`,
    };
  return undefined;
}

/** "Der bisherige Geschäftsführer Rainer Busch hat den Verband … verlassen": the organisation the holder leaves, leads or works at. */
export function memberOrganization(tagged: TaggedSentence, personId: string): { organizationId: string; start: number; end: number } | undefined {
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
    // A "Nachbargemeinde" is by its name not the municipality the text is about.
    if (/^Nachbar/.test(context.text.slice(m.start, m.end))) continue;
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
export function placeOrgless(context: DraftContext, book: ProposalBook, holding: Holding): void {
  const { key } = book.roleKeyOf(holding.role);
  const person = context.people.get(holding.personId)?.name ?? holding.personId;
  const word = context.text.slice(holding.role.start, holding.role.end);
  const drafted = book.tenures.filter((t) => t.personId === holding.personId && t.roleKey === key && !t.unsure);
  if (drafted.length === 1) return recordHolding(context, book, { ...holding, organizationId: drafted[0]!.organizationId });
  // "Geschäftsführer Clemens Wirth führt das Unternehmen gemeinsam mit Sonja Meister, die seit 2019 Geschäftsführerin ist."
  const sameSentence = [
    ...new Set(book.tenures.filter((t) => t.roleKey === key && !t.unsure && book.sentencesOf(t).has(holding.sentence)).map((t) => t.organizationId)),
  ];
  if (sameSentence.length === 1) {
    const name = context.organizations.get(sameSentence[0]!)?.name ?? sameSentence[0];
    return recordHolding(context, book, {
      ...holding,
      organizationId: sameSentence[0]!,
      organizationInference: `The sentence names ${name} for the same role beside ${person}'s.`,
    });
  }
  const inGraph = context.graph.tenures.filter((t) => t.personId === holding.personId && t.roleKey === key);
  if (inGraph.length === 1 && holding.role.roleKey) {
    const organization = context.graph.organizations.find((o) => o.id === inGraph[0]!.organizationId)?.name ?? inGraph[0]!.organizationId;
    return recordHolding(context, book, {
      ...holding,
      organizationId: inGraph[0]!.organizationId,
      organizationInference: `The sentence names no organisation; the graph holds ${person} as ${word} of ${organization} only.`,
    });
  }
  const label = holding.role.roleKey
    ? (context.graph.roles.find((r) => r.key === holding.role.roleKey)?.de.masculine ?? '')
    : (holding.role.newRole?.masculine ?? '');
  const municipality = mainMunicipality(context);
  if (municipality && municipalOffice.test(label)) {
    return recordHolding(context, book, {
      ...holding,
      organizationId: municipality.id,
      organizationInference: `The sentence names no place for the ${word}; ${municipality.name} is ${municipality.why}.`,
    });
  }
  // "die Aufgaben des Ärztlichen Direktors": a post the text has already given to someone at one organisation.
  const samePost = [...new Set(book.tenures.filter((t) => t.roleKey === key && !t.unsure && t.personId !== holding.personId).map((t) => t.organizationId))];
  if (samePost.length === 1 && holding.role.roleKey) {
    const name = context.organizations.get(samePost[0]!)?.name ?? samePost[0];
    return recordHolding(context, book, {
      ...holding,
      organizationId: samePost[0]!,
      organizationInference: `The sentence names no organisation for the ${word}; the text is about that post at ${name} only.`,
    });
  }
  const nearby = organizationNearby(context, holding, municipalOffice.test(label));
  if (nearby) return recordHolding(context, book, { ...holding, organizationId: nearby.id, organizationInference: nearby.inference });
  if (holding.role.newRole) book.roleKeyOf(holding.role);
  book.unplaced.push({
    text: context.text.slice(holding.span.start, holding.span.end),
    span: holding.span,
    reason: `${person} is called ${word}, but the text names no organisation for it.`,
  });
}
