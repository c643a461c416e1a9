import type { Capacity, Claim, OrganizationKind } from '../domain/entities.js';
import type { PartialDate } from '../domain/partialDate.js';
import type { ResolvedDate } from './temporal/findTemporalExpressions.js';

/**
 * What the drafting assistant proposes for one source text: entities matched to
 * the graph or new, and facts, each with the places in the text that support it.
 * Rendering turns the places into the shortest unique quotes; proposals marked
 * `unsure` are written commented out with their reason.
 */

/** A stretch of the source text (UTF-16 offsets, as the seeder counts). */
export interface Span {
  start: number;
  end: number;
}

/** Places in the text that together support some claims of a fact; they become one quote. */
export interface Support {
  spans: Span[];
  claims: Claim[];
}

/** A value read from the wording, with why and where. */
export interface Inferred<T> {
  value: T;
  inference: string;
  span: Span;
}

export interface DraftPerson {
  id: string;
  name: string;
  aliases: string[];
  /** Already in the graph under this id: the draft reuses the graph's name. */
  existing: boolean;
  honorific: string | null;
  gender: Inferred<'female' | 'male'> | null;
  age: Inferred<number> | null;
  support: Support[];
}

export interface DraftOrganization {
  id: string;
  name: string;
  aliases: string[];
  existing: boolean;
  kind: OrganizationKind | null;
  partOf: Inferred<string> | null;
  support: Support[];
}

export interface DraftDate {
  date: ResolvedDate;
  span: Span;
}

export interface TenureProposal {
  id: string;
  personId: string;
  organizationId: string;
  roleKey: string;
  capacity: Inferred<Capacity> | null;
  start: DraftDate | null;
  end: DraftDate | null;
  predecessor: { tenureId: string; span: Span } | null;
  /** Why the tenure follows from its quotes when they leave its organisation or role implicit. */
  inference: string | null;
  support: Support[];
  /** Why the assistant is unsure; such a proposal is written commented out. */
  unsure: string | null;
}

export interface OwnershipProposal {
  id: string;
  ownerId: string;
  ownedId: string;
  percentage: number | null;
  start: DraftDate | null;
  support: Support[];
  unsure: string | null;
}

/** A role word the vocabulary lacks, proposed as a new entry rather than forced onto an old one. */
export interface NewRoleProposal {
  word: string;
  masculine: string;
  feminine: string;
  span: Span;
}

/** A name in the text that fits several people or organisations of the graph; never guessed. */
export interface AmbiguousMention {
  text: string;
  span: Span;
  candidates: string[];
}

export interface Draft {
  source: { id: string; title: string; publisher: string | null; published: PartialDate | null; publishedNote: string | null; textFile: string };
  text: string;
  people: DraftPerson[];
  organizations: DraftOrganization[];
  tenures: TenureProposal[];
  ownerships: OwnershipProposal[];
  newRoles: NewRoleProposal[];
  ambiguous: AmbiguousMention[];
  /** Dates the text gives that no proposal uses, with why they could not be resolved or placed. */
  unplacedDates: { text: string; span: Span; reason: string }[];
}
