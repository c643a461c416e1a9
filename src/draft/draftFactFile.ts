import type { PartialDate } from '../domain/partialDate.js';
import { DraftContext, type GraphIndex } from './mentions/DraftContext.js';
import { findOrganizations } from './mentions/findOrganizations.js';
import { findPeople } from './mentions/findPeople.js';
import { findRoles } from './mentions/findRoles.js';
import { resolveReferences } from './mentions/resolveReferences.js';
import type { Draft } from './model.js';
import { assembleProposals } from './relations/assembleProposals.js';
import { cite } from './relations/ProposalBook.js';
import { findTemporalExpressions } from './temporal/findTemporalExpressions.js';
import { segmentSentences } from './text/segmentSentences.js';

export interface DraftOptions {
  sourceId: string;
  /** The source text's path relative to the fact file that will be written. */
  textFile: string;
  /** Default: the first line of the text. */
  title?: string | null;
  publisher?: string | null;
  /** The publication date as far as it is known; null when unknown (a dateline in the text is used then). */
  published: PartialDate | null;
}

/**
 * Drafts the fact file of one German source text against what the graph holds:
 * entities (matched by name, alias and surname, or new), roles, dates resolved
 * against the publication date, successions and stakes, each with the places in the
 * text that support it. Pure: the caller reads the files and writes the result.
 */
export function draftFactFile(text: string, graph: GraphIndex, options: DraftOptions): Draft {
  const sentences = segmentSentences(text);
  const dateline = options.published ? null : findDateline(sentences.slice(0, 6).map((s) => s.text));
  const published = options.published ?? dateline;
  const context = new DraftContext(text, sentences, graph, published);
  findOrganizations(context);
  findRoles(context, 'vocabulary');
  findPeople(context);
  findRoles(context, 'new words');
  resolveReferences(context);
  const book = assembleProposals(context);

  for (const person of context.people.values()) {
    const named = context.personMentions.flat().filter((m) => m.personId === person.id && (m.via === 'name' || m.via === 'surname'));
    const first = named.find((m) => text.slice(m.start, m.end) === person.name) ?? named[0];
    if (first) cite(person, [first], ['existence']);
    const titled = person.honorific ? named.find((m) => text.slice(m.start, m.end).startsWith(person.honorific!)) : undefined;
    if (titled) cite(person, [titled], ['attribute']);
    else person.honorific = null;
    if (person.gender) cite(person, [person.gender.span], ['attribute']);
    if (person.age) cite(person, [person.age.span], ['attribute']);
  }
  for (const organization of context.organizations.values()) {
    const named = context.organizationMentions.flat().filter((m) => m.organizationId === organization.id && m.via === 'name');
    const first = named.find((m) => text.slice(m.start, m.end) === organization.name) ?? named[0];
    if (first) cite(organization, [first], ['existence']);
    if (organization.partOf) cite(organization, [organization.partOf.span], ['attribute']);
  }
  const used = new Set(book.tenures.flatMap((t) => [t.personId]));
  return {
    source: {
      id: options.sourceId,
      title: options.title ?? sentences[0]?.text ?? options.sourceId,
      publisher: options.publisher ?? null,
      published,
      publishedNote: dateline
        ? `Taken from the dateline of the text (${dateline.value}); check it.`
        : published
          ? null
          : 'The publication date is unknown; relative dates are left unresolved.',
      textFile: options.textFile,
    },
    text,
    people: [...context.people.values()].filter((p) => p.support.length > 0 || used.has(p.id)),
    organizations: [...context.organizations.values()].filter((o) => o.support.length > 0),
    tenures: book.tenures,
    ownerships: [...book.ownerships.values()],
    newRoles: [...book.newRoles.values()],
    ambiguous: context.ambiguous,
    unplacedDates: book.unplaced,
  };
}

/** A publication day printed near the top ("[13.12.2021]", "Talheim, 27. März 2024."). */
function findDateline(firstSentences: string[]): PartialDate | null {
  for (const sentence of firstSentences) {
    if (!/^\[\d{1,2}\.\d{1,2}\.\d{4}\]|^[\p{Lu}][\p{L} -]*, \d{1,2}\. \p{L}+ \d{4}\.?$/u.test(sentence)) continue;
    const found = findTemporalExpressions(sentence, null).find((e) => e.date && e.date.precision === 'DAY' && e.date.inference === null);
    if (found?.date) return { value: found.date.value, precision: found.date.precision, earliest: found.date.earliest, latest: found.date.latest };
  }
  return null;
}
