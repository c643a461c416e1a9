import type { OrganizationKind, Role } from '../../domain/entities.js';
import type { FactSet } from '../../domain/FactSet.js';
import type { PartialDate } from '../../domain/partialDate.js';
import type { AmbiguousMention, DraftOrganization, DraftPerson, NewRoleProposal, Span } from '../model.js';
import type { Sentence } from '../text/segmentSentences.js';

/** What the graph already holds that a draft can refer to by id. */
export interface GraphIndex {
  people: { id: string; name: string; aliases: string[] }[];
  organizations: { id: string; name: string; aliases: string[]; kind: OrganizationKind }[];
  roles: Role[];
  tenures: { id: string; personId: string; organizationId: string; roleKey: string }[];
}

/** The parts of a fact base the drafting assistant matches against. */
export function indexFactSet(facts: FactSet): GraphIndex {
  const postOf = new Map(facts.posts.map((p) => [p.id, p]));
  return {
    people: facts.people.map(({ id, name, aliases }) => ({ id, name, aliases })),
    organizations: facts.organizations.map(({ id, name, aliases, kind }) => ({ id, name, aliases, kind })),
    roles: facts.roles,
    tenures: facts.tenures.flatMap((t) => {
      const post = postOf.get(t.postId);
      return post ? [{ id: t.id, personId: t.personId, organizationId: post.organizationId, roleKey: post.roleKey }] : [];
    }),
  };
}

export type MentionVia = 'name' | 'surname' | 'pronoun' | 'description';

/** A person named or referred to in a sentence. */
export interface PersonMention extends Span {
  personId: string;
  via: MentionVia;
  /** Grammatical gender of a pronoun or description that refers to the person. */
  gender?: 'female' | 'male';
}

/** An organisation named, or referred to by a description ("das Unternehmen"). */
export interface OrganizationMention extends Span {
  organizationId: string;
  via: 'name' | 'description';
}

/** A word naming a role: from the vocabulary (`roleKey`), or a new one (`newRole`). */
export interface RoleMention extends Span {
  roleKey: string | null;
  newRole: NewRoleProposal | null;
  /** The grammatical gender of the word: feminine and masculine labels tell, neutral ones do not. */
  gender: 'female' | 'male' | null;
  /** The word names the post, not its holder ("Geschäftsführung", "Leitung"). */
  neutral: boolean;
  /** Lowercase words just before it ("neue", "kommissarische"), with their places. */
  modifiers: { text: string; span: Span }[];
}

/**
 * Everything known while one text is drafted: the text, its sentences, the graph,
 * the entities found so far and the mentions per sentence. Each step of the
 * analysis adds to it; the proposals are built from it at the end.
 */
export class DraftContext {
  readonly people = new Map<string, DraftPerson>();
  readonly organizations = new Map<string, DraftOrganization>();
  readonly ambiguous: AmbiguousMention[] = [];
  readonly personMentions: PersonMention[][];
  readonly organizationMentions: OrganizationMention[][];
  readonly roleMentions: RoleMention[][];
  /** Sentences that are page furniture (credits, keywords, links): no facts are read from them. */
  readonly furniture: Set<number>;

  constructor(
    readonly text: string,
    readonly sentences: Sentence[],
    readonly graph: GraphIndex,
    readonly published: PartialDate | null,
  ) {
    this.personMentions = sentences.map(() => []);
    this.organizationMentions = sentences.map(() => []);
    this.roleMentions = sentences.map(() => []);
    this.furniture = new Set(sentences.filter((s) => furniturePattern.test(s.text)).map((s) => s.index));
  }

  /** The sentences facts are read from. */
  get content(): Sentence[] {
    return this.sentences.filter((s) => !this.furniture.has(s.index));
  }

  /** The sentence that holds `offset`. */
  sentenceAt(offset: number): Sentence {
    return this.sentences.find((s) => s.start <= offset && offset < s.end) ?? this.sentences.at(-1)!;
  }

  /** True when nothing found so far covers any of [start, end). */
  isFree(start: number, end: number): boolean {
    const sentence = this.sentenceAt(start).index;
    const taken = [...this.personMentions[sentence]!, ...this.organizationMentions[sentence]!, ...this.roleMentions[sentence]!];
    return !taken.some((m) => m.start < end && start < m.end);
  }

  addPersonMention(sentence: number, mention: PersonMention): void {
    insertSorted(this.personMentions[sentence]!, mention);
    const person = this.people.get(mention.personId);
    if (person && mention.via !== 'pronoun' && mention.via !== 'description') {
      const named = this.text.slice(mention.start, mention.end);
      if (named !== person.name && !person.aliases.includes(named) && !/^(?:Herr|Frau) /.test(named) && !named.includes(person.name))
        person.aliases.push(named);
    }
  }

  addOrganizationMention(sentence: number, mention: OrganizationMention): void {
    insertSorted(this.organizationMentions[sentence]!, mention);
  }

  addRoleMention(sentence: number, mention: RoleMention): void {
    insertSorted(this.roleMentions[sentence]!, mention);
  }
}

const furniturePattern =
  /^(?:<?https?:\/\/|www\.|(?:Bildquelle|Bildnachweis|Foto|Fotos|Quelle|Stichwörter|Stichworte|Schlagworte|Schlagwörter|Tags|Links?|Mehr zum Thema)\s*:)/i;

function insertSorted<T extends Span>(list: T[], item: T): void {
  list.push(item);
  list.sort((a, b) => a.start - b.start);
}
