import { formatPartialDate, formatPercentage, formatSpan } from '../format/dates.js';
import type { DisputeLocator } from './disputes.js';
import type { Citation, OwnershipView, PartialDate, TenureView } from '../graphql/types.js';
import { translate } from '../i18n/messages.js';
import type { Lang } from '../routing/viewState.js';

/**
 * A fact whose citations can be opened. Its key goes into the URL (`cite=`), so a link
 * can open the dialog on exactly the sentence that proves the fact.
 */
export interface CitedFact {
  key: string;
  /** What the fact is about, as the dialog's heading: "Ilona Benz: Geschäftsführerin, KL.digital". */
  label: string;
  /** The fact in words, with its dates and status, as a citation states it. */
  statement: string;
  citations: Citation[];
  /** What the graph concludes from the quotes rather than reads in them, each with its reason. */
  inferences: string[];
  /** Where to read what each source says, when the sources disagree about the fact; null when they do not. */
  disputes: DisputeLocator | null;
  /** The person the quotes name, whose name a source may print wrongly; null for a fact of no one person. */
  person: string | null;
}

/** The reasons behind whatever a dated fact infers: the fact itself, its start, its end. */
export function inferencesOf(fact: { inference?: string | null; start: PartialDate | null; end: PartialDate | null }): string[] {
  return [fact.inference, fact.start?.inference, fact.end?.inference].filter((reason): reason is string => typeof reason === 'string' && reason !== '');
}

export function tenureKey(tenure: Pick<TenureView, 'id'>): string {
  return `tenure:${tenure.id}`;
}

/** Activities and plans: facts with an id of their own and a description. */
export function describedKey(kind: 'activity' | 'plan', fact: { id: string }): string {
  return `${kind}:${fact.id}`;
}

/** Ownerships have no id of their own in the API; owner and owned identify a stake. */
export function ownershipKey(ownership: { owner: { id: string }; owned: { id: string } }): string {
  return `ownership:${ownership.owner.id}>${ownership.owned.id}`;
}

/** The organisation a post is in, with the organisation that one is a unit of: "Stabsstelle Digitalisierung (Gemeindetag Baden-Württemberg)". */
export function organizationWithParent(organization: Pick<TenureView['organization'], 'name' | 'partOf'>): string {
  return organization.partOf ? `${organization.name} (${organization.partOf.name})` : organization.name;
}

/** How the capacity qualifies a title: nothing for a regular post. */
export function capacityWord(lang: Lang, capacity: TenureView['capacity']): string | null {
  return capacity === 'REGULAR' ? null : translate(lang, capacity);
}

/**
 * Builds the cited facts of a page in the view's language, so every page, the network,
 * the exports and the changes name a fact the same way.
 */
export function createFactBuilder(lang: Lang) {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(lang, key, values);
  const words = { since: t('since'), until: t('until') };
  const dated = (text: string, start: PartialDate | null, end: PartialDate | null) => {
    const span = formatSpan(lang, start, end, words);
    return span ? `${text}, ${span}` : text;
  };

  return {
    tenure(tenure: TenureView): CitedFact {
      const capacity = capacityWord(lang, tenure.capacity);
      const title = capacity ? `${tenure.titleDe} (${capacity})` : tenure.titleDe;
      const label = `${tenure.person.name}: ${title}, ${organizationWithParent(tenure.organization)}`;
      return {
        key: tenureKey(tenure),
        label,
        statement: `${dated(label, tenure.start, tenure.end)} (${t(tenure.status)})`,
        citations: tenure.sources,
        inferences: inferencesOf(tenure),
        disputes: tenure.disputed ? { kind: 'tenure', personId: tenure.person.id, tenureId: tenure.id } : null,
        person: tenure.person.id,
      };
    },
    ownership(ownership: OwnershipView): CitedFact {
      const share = ownership.percentage === null ? t('shareUnknown') : formatPercentage(lang, ownership.percentage);
      return {
        key: ownershipKey(ownership),
        label: `${ownership.owner.name} → ${ownership.owned.name}`,
        statement: dated(t('stakeStatement', { owner: ownership.owner.name, owned: ownership.owned.name, share }), ownership.start, ownership.end),
        citations: ownership.sources,
        inferences: inferencesOf(ownership),
        disputes: ownership.disputed ? { kind: 'stake', ownedId: ownership.owned.id, ownerId: ownership.owner.id } : null,
        person: null,
      };
    },
    described(kind: 'activity' | 'plan', subject: string, fact: { id: string; description: string; sources: Citation[] }): CitedFact {
      const label = `${subject}: ${fact.description}`;
      return { key: describedKey(kind, fact), label, statement: label, citations: fact.sources, inferences: [], disputes: null, person: null };
    },
    /** A person's birth; its quotes are those of the person's own facts (name, gender, birth). */
    birth(person: { id: string; name: string; birth: PartialDate }, citations: Citation[]): CitedFact {
      return {
        key: `birth:${person.id}`,
        label: `${person.name}: ${t('birth')}`,
        statement: `${person.name}, ${t('born')} ${formatPartialDate(lang, person.birth)}`,
        citations,
        inferences: inferencesOf({ start: person.birth, end: null }),
        disputes: person.birth.disputed ? { kind: 'birth', personId: person.id } : null,
        person: person.id,
      };
    },
    /** An entity itself: its name, kind and description, as its own quotes state them. */
    entity(
      kind: 'person' | 'organization',
      entity: { id: string; name: string; disputed?: boolean },
      description: string | null,
      citations: Citation[],
    ): CitedFact {
      const disputes: DisputeLocator | null = !entity.disputed
        ? null
        : kind === 'person'
          ? { kind: 'person', personId: entity.id }
          : { kind: 'organization', organizationId: entity.id };
      return {
        key: `${kind}:${entity.id}`,
        label: entity.name,
        statement: description ? `${entity.name}: ${description}` : entity.name,
        citations,
        inferences: [],
        disputes,
        person: kind === 'person' ? entity.id : null,
      };
    },
  };
}

export type FactBuilder = ReturnType<typeof createFactBuilder>;
