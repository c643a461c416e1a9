import type { IsoDate } from '../domain/calendar.js';
import type { Activity, Citation, ClaimOutcome, Identifier, Misnaming, Organization, Person, Plan, Role, Source, StatedDate } from '../domain/entities.js';
import type { PartialDate } from '../domain/partialDate.js';
import type { Certainty, ClosedInterval, Interval } from '../domain/temporal.js';
import type { Tenure, Ownership } from '../domain/entities.js';
import type { OwnershipRecord } from '../graph/OwnershipRepository.js';
import type { PostRecord } from '../graph/PostRepository.js';
import type { SearchHitRecord } from '../graph/SearchRepository.js';
import type { GraphStats } from '../graph/StatsRepository.js';
import type { TenureRecord } from '../graph/TenureRepository.js';

/**
 * What each GraphQL type's resolvers receive as their parent (codegen's mappers).
 * Facts reached under a `knownOn` carry it and are reconciled from the sources known
 * on that day, so that every field below them (dates, status, citations, predecessor,
 * names, descriptions) answers with what was known then.
 */

/** What a fact reached under a `knownOn` carries: the day (null for all sources). */
export interface KnownOn {
  knownOn: IsoDate | null;
}

/** A person as known on `knownOn`. */
export type PersonModel = Person & KnownOn;
/** An organisation as known on `knownOn`. */
export type OrganizationModel = Organization & KnownOn;
export type PostModel = PostRecord & KnownOn;
export type RoleModel = Role;
export type SourceModel = Source;
/** A quote, with the person its fact is about where it is about one (for `corrections`). */
export type CitationModel = Citation & { personId?: string | null };
/** A plan as known on `knownOn`, with what it concerns split by kind. */
export interface PlanModel extends KnownOn {
  plan: Plan;
  organizationIds: string[];
  postIds: string[];
}
/** A date with the claims behind it, when it is a fact's field. */
export type PartialDateModel = (StatedDate | PartialDate) & { field?: { factId: string; disputed: boolean; claims: ClaimOutcome[]; personId: string | null } };
/** One source's claim about one field of the fact `factId`. */
export type ClaimModel = ClaimOutcome & { factId: string; personId: string | null };
export type MisnamingModel = Misnaming & { personId: string };
export type IdentifierModel = Identifier;
export type IntervalModel = ClosedInterval;
export type OpenIntervalModel = Interval;
export type SearchHitModel = SearchHitRecord;
export type StatsModel = GraphStats;

/** A tenure as known on `knownOn` (everything, when null): `view` is reconciled from the sources known then. */
export interface TenureModel extends KnownOn {
  record: TenureRecord;
  view: Tenure;
}

/** A stake as known on `knownOn` (everything, when null). */
export interface OwnershipModel extends KnownOn {
  record: OwnershipRecord;
  view: Ownership;
}

/** An activity as known on `knownOn`. */
export interface ActivityModel extends KnownOn {
  activity: Activity;
}

export interface HoldingModel {
  tenure: TenureModel;
  certainty: Certainty;
}

export interface SuccessionStepModel {
  tenure: TenureModel;
  vacancyBefore: ClosedInterval | null;
}

export interface SuccessionModel extends KnownOn {
  organizationId: string;
  role: Role;
  steps: SuccessionStepModel[];
}

export interface VacancyModel {
  post: PostModel;
  previous: TenureModel | null;
  next: TenureModel | null;
}
