import type { IsoDate } from './calendar.js';
import type { PartialDate } from './partialDate.js';

/**
 * The entities of the graph, as plain data. Ids are our own stable keys (kebab-case,
 * optionally with `/` segments, e.g. `kl-digital/managing-director`), never Neo4j's.
 *
 * Two time axes are kept apart, as in Graphiti: when something was true in the world
 * (`start`, `end`) and when a source told us (`publishedOn`, `citedOn`, `confirmedOn`).
 */

/** A date that rests on reasoning rather than a direct statement, with the reason. */
export interface StatedDate extends PartialDate {
  /** Why this date follows from the cited sentence, when it is not stated outright. */
  inference: string | null;
}

/** Gender as stated or implied by the source's wording; `unknown` when it says nothing. */
export type Gender = 'female' | 'male' | 'unknown';

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  /** e.g. "Prof.", as the source names the person. */
  honorific: string | null;
  gender: Gender;
  /** Why the gender follows from the wording, e.g. "Geschäftsführerin" is feminine. */
  genderInference: string | null;
  birth: StatedDate | null;
}

/** What kind of body an organisation is. Open-ended; these are the ones in use. */
export type OrganizationKind =
  | 'company'
  | 'municipality'
  | 'association'
  | 'administrative-unit'
  | 'council'
  | 'committee'
  | 'publication'
  | 'competition'
  | 'university';

/** `planned`: a source states the intention to create it; `active`: it exists. */
export type OrganizationStatus = 'active' | 'planned';

export interface Organization {
  id: string;
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  status: OrganizationStatus;
  /** The organisation this one is a unit of (a Stabsstelle of an association). */
  partOfId: string | null;
  /** What the organisation does, as the source describes it. */
  description: LocalizedText | null;
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

/**
 * Publication dates of the sources that back each part of a fact. They decide what
 * was known on a given day (`knownOn`): a part counts only once a source said it.
 */
export interface Evidence {
  /** Every source citing the fact at all. Sorted ascending, distinct. */
  citedOn: IsoDate[];
  /** Sources that report the fact as current on the day they were published. */
  confirmedOn: IsoDate[];
  /** Sources that state the start date. */
  startCitedOn: IsoDate[];
  /** Sources that state the end date. */
  endCitedOn: IsoDate[];
}

/** One person holding one post for one interval; a re-appointment is a new tenure. */
export interface Tenure {
  id: string;
  personId: string;
  postId: string;
  start: StatedDate | null;
  end: StatedDate | null;
  capacity: Capacity;
  /** A source states the intention without a date (e.g. a post "to be filled soon"). */
  planned: boolean;
  /** The tenure this one follows, where a source says so explicitly. */
  predecessorId: string | null;
  /** Publication dates of the sources stating the succession link. */
  predecessorCitedOn: IsoDate[];
  evidence: Evidence;
  /**
   * Why the tenure itself follows from its quotes when they do not state it outright,
   * e.g. the organisation of a post is only clear from context. Absent or null when stated.
   */
  inference?: string | null;
}

/** A stake one organisation holds in another. */
export interface Ownership {
  id: string;
  ownerId: string;
  ownedId: string;
  /** 0–100; null when the source does not give it. */
  percentage: number | null;
  start: StatedDate | null;
  end: StatedDate | null;
  evidence: Evidence;
}

/** A published text that facts cite. */
export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: IsoDate;
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
  /** The source's publication date, kept on the citation for knownOn filtering. */
  publishedOn: IsoDate;
}

/** An intention a source states without a date: a unit to be created, a post to be filled. */
export interface Plan {
  id: string;
  description: LocalizedText;
  /** Ids of the organisations and posts the plan concerns. */
  concerns: string[];
}

/** Something a person does outside any organisation in the graph (a lecturer, a doctoral candidate). */
export interface Activity {
  id: string;
  personId: string;
  description: LocalizedText;
  /** Sources that report it as current on their publication day. */
  confirmedOn: IsoDate[];
}
