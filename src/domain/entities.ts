import type { IsoDate } from './calendar.js';
import type { DatePrecision, PartialDate } from './partialDate.js';
import type { Reason } from './reasons.js';
import type { PublicationSpan, Rank, SourceStatement } from './statements.js';

/**
 * The entities of the graph, as plain data. Ids are our own stable keys (kebab-case,
 * optionally with `/` segments, e.g. `kl-digital/managing-director`), never Neo4j's.
 *
 * Two time axes are kept apart, as in Graphiti: when something was true in the world
 * (`start`, `end`) and when a source told us (`published`, `citedOn`, `confirmations`).
 *
 * A fact keeps what each source said about it (`statements`); every other field is the
 * answer the rules of `reconcile.ts` derive from them, for all sources or for those
 * known on a day. `disputed` names the fields whose claims contradict each other, and
 * `claims` shows every source's value with whether it counts.
 */

/** A date that rests on reasoning rather than a direct statement, with the reason. */
export interface StatedDate extends PartialDate {
  /** Why this date follows from the cited sentence, when it is not stated outright. */
  inference: Reason | null;
}

/** Gender as stated or implied by the source's wording; `unknown` when it says nothing. */
export type Gender = 'female' | 'male' | 'unknown';

/** One source's value for one field, as the answer shows it. */
export interface ClaimOutcome {
  field: string;
  sourceId: string;
  published: PublicationSpan;
  /** The value as the source states it (a partial date as written, an id, a text). */
  value: unknown;
  inference: Reason | null;
  rank: Rank;
  rankReason: string | null;
  /** False when the claim is deprecated, outranked by a preferred one, or overridden by a stated value. */
  counts: boolean;
}

/** What every reconciled fact carries besides its values. */
export interface Reconciled<V extends object> {
  /** What each citing source says, one statement per source. */
  statements: SourceStatement<V>[];
  /** Fields whose counting claims contradict each other. */
  disputed: string[];
  /** Every claim of every field, with whether it counts. */
  claims: ClaimOutcome[];
  /** The days from which each citing source counts as known, ascending, distinct. */
  citedOn: IsoDate[];
}

/** A source's wrong name for a person: the quote still counts as evidence for the right one. */
export interface Misnaming {
  sourceId: string;
  /** The name as the source prints it. */
  name: string;
  /** The analyst's correction, e.g. "He is Gerhard Steinebach; the portrait calls him Dieter." */
  correction: string;
}

/** The values a source can state about a person. */
export interface PersonValues {
  name: string;
  aliases: string[];
  honorific: string;
  gender: 'female' | 'male';
  /** A partial date as stated, or the span an age gives. */
  birth: string;
  misnaming: { name: string; correction: string };
}

export interface Person extends Reconciled<PersonValues> {
  id: string;
  name: string;
  aliases: string[];
  /** e.g. "Prof.", as the sources name the person. */
  honorific: string | null;
  gender: Gender;
  /** Why the gender follows from the wording, e.g. "Geschäftsführerin" is feminine. */
  genderInference: Reason | null;
  birth: StatedDate | null;
  misnamings: Misnaming[];
}

/** What kind of body an organisation is. Open-ended; these are the ones in use. */
export type OrganizationKind =
  'company' | 'municipality' | 'association' | 'administrative-unit' | 'council' | 'committee' | 'publication' | 'competition' | 'university';

/** `planned`: a source states the intention to create it; `active`: it exists. */
export type OrganizationStatus = 'active' | 'planned';

/**
 * An identifier of an organisation in another register: a Wikidata item, a commercial
 * register number. `sourceId` is null when the analyst gave it (a link, not a claim of a source).
 */
export interface Identifier {
  /** `wikidata`, `register`, `lei`, `website`, … */
  scheme: string;
  value: string;
  sourceId: string | null;
}

/** The values a source can state about an organisation. */
export interface OrganizationValues {
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  status: OrganizationStatus;
  partOf: string;
  description: LocalizedText;
  legalForm: string;
  seat: string;
  /** Identifiers the source itself states (a register number in its text). */
  identifiers: Omit<Identifier, 'sourceId'>[];
}

export interface Organization extends Reconciled<OrganizationValues> {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  status: OrganizationStatus;
  /** The organisation this one is a unit of (a Stabsstelle of an association). */
  partOfId: string | null;
  /** What the organisation does, as the source describes it. */
  description: LocalizedText | null;
  /** e.g. GmbH, AöR, as a source states it. */
  legalForm: string | null;
  /** Where it has its seat, as a source states it. */
  seat: string | null;
  identifiers: Identifier[];
}

/** Text in the languages rolegraph speaks; German is the sources' language. */
export interface LocalizedText {
  de: string;
  en: string;
}

/**
 * A normalised role (`managing-director`) with its labels. German labels are
 * gendered: masculine, feminine, and a neutral form for the post itself.
 */
export interface Role {
  key: string;
  en: string;
  de: { masculine: string; feminine: string; neutral: string };
}

/** A position in one organisation that people hold one after another; exists without a holder. */
export interface Post {
  id: string;
  organizationId: string;
  roleKey: string;
}

/** In what capacity a post is held. */
export type Capacity = 'regular' | 'honorary' | 'acting' | 'interim';

/** The values a source can state about a tenure. Dates are partial dates as written. */
export interface TenureValues {
  organization: string;
  start: string;
  end: string;
  capacity: Capacity;
  planned: boolean;
  predecessor: string;
}

/** Start, end and confirmations: what the interval rules of `temporal.ts` read. */
export interface Dated {
  start: StatedDate | null;
  end: StatedDate | null;
  /**
   * The publication spans of the sources reporting the fact as current on the day they
   * were published; for a source dated to the day, that day.
   */
  confirmations: PublicationSpan[];
}

/** One person holding one post for one interval; a re-appointment is a new tenure. */
export interface Tenure extends Reconciled<TenureValues>, Dated {
  id: string;
  personId: string;
  postId: string;
  /** The organisation the sources name for the post; the post's own organisation with all sources known. */
  organizationId: string;
  capacity: Capacity;
  /** A source states the intention without a date (e.g. a post "to be filled soon"). */
  planned: boolean;
  /** The tenure this one follows, where a source says so explicitly. */
  predecessorId: string | null;
  /**
   * Why the tenure itself follows from its quotes when they do not state it outright,
   * e.g. the organisation of a post is only clear from context. Null when any source states it.
   */
  inference: Reason | null;
}

/** The values a source can state about a stake. */
export interface OwnershipValues {
  percentage: number;
  start: string;
  end: string;
}

/** A stake one organisation holds in another. */
export interface Ownership extends Reconciled<OwnershipValues>, Dated {
  id: string;
  ownerId: string;
  ownedId: string;
  /** 0–100; null when no source gives it. */
  percentage: number | null;
}

/**
 * When a source was published, as it states it: `value` as written (`2022`, `2022-06`,
 * `2022-06-17`), or null when the source carries no date and only bounds are known.
 */
export interface PublicationDate extends PublicationSpan {
  value: string | null;
  precision: DatePrecision | null;
}

/** A published text that facts cite. */
export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  published: PublicationDate;
  author: string | null;
  language: string;
  /** The full text, byte for byte as received. */
  text: string;
  /** Credit line for the source's picture, if it names one. */
  photoCredit: string | null;
}

/** What part of a fact a quote supports. */
export type Claim = 'existence' | 'start' | 'end' | 'current' | 'predecessor' | 'percentage' | 'attribute';

/** A verbatim quote of a source backing a fact; offsets are UTF-16 code units into the text. */
export interface Citation {
  id: string;
  /** The id of the fact (tenure, ownership, person, organisation, post, plan, activity). */
  factId: string;
  sourceId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  supports: Claim[];
  /** The day from which the citation counts as known: its source's last possible publication day. */
  knownFrom: IsoDate;
}

/** The values a source can state about a plan. */
export interface PlanValues {
  description: LocalizedText;
  concerns: string[];
}

/** An intention a source states without a date: a unit to be created, a post to be filled. */
export interface Plan extends Reconciled<PlanValues> {
  id: string;
  description: LocalizedText;
  /** Ids of the organisations and posts the plan concerns. */
  concerns: string[];
}

/** The values a source can state about an activity. */
export interface ActivityValues {
  description: LocalizedText;
}

/** Something a person does outside any organisation in the graph (a lecturer, a doctoral candidate). */
export interface Activity extends Reconciled<ActivityValues> {
  id: string;
  personId: string;
  description: LocalizedText;
  /** The publication spans of the sources reporting it as current. */
  confirmations: PublicationSpan[];
}
