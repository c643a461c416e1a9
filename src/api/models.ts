import type { IsoDate } from '../domain/calendar.js';
import type { Activity, Citation, Organization, Person, Role, Source, StatedDate } from '../domain/entities.js';
import type { OwnershipView } from '../domain/ownershipView.js';
import type { PartialDate } from '../domain/partialDate.js';
import type { Certainty, ClosedInterval, Interval, TenureView } from '../domain/temporal.js';
import type { OwnershipRecord } from '../graph/OwnershipRepository.js';
import type { PlanRecord } from '../graph/PlanRepository.js';
import type { PostRecord } from '../graph/PostRepository.js';
import type { SearchHitRecord } from '../graph/SearchRepository.js';
import type { GraphStats } from '../graph/StatsRepository.js';
import type { TenureRecord } from '../graph/TenureRepository.js';

/**
 * What each GraphQL type's resolvers receive as their parent (codegen's mappers).
 * Facts reached under a `knownOn` carry it, so that every field below them (dates,
 * status, citations, predecessor) answers with what was known on that day.
 */

export type PersonModel = Person;
export type OrganizationModel = Organization;
export type PostModel = PostRecord;
export type RoleModel = Role;
export type SourceModel = Source;
export type CitationModel = Citation;
export type PlanModel = PlanRecord;
export type PartialDateModel = StatedDate | PartialDate;
export type IntervalModel = ClosedInterval;
export type OpenIntervalModel = Interval;
export type SearchHitModel = SearchHitRecord;
export type StatsModel = GraphStats;

/** The facts of one source, read field by field through the loaders. */
export interface SourceFactsModel {
  sourceId: string;
}

/** A tenure as known on `knownOn` (everything, when null). */
export interface TenureModel {
  record: TenureRecord;
  view: TenureView;
  knownOn: IsoDate | null;
}

/** A stake as known on `knownOn` (everything, when null). */
export interface OwnershipModel {
  record: OwnershipRecord;
  view: OwnershipView;
  knownOn: IsoDate | null;
}

/** An activity as known on `knownOn`: only the confirmations published by then. */
export interface ActivityModel {
  activity: Activity;
  confirmedOn: IsoDate[];
  knownOn: IsoDate | null;
}

export interface HoldingModel {
  tenure: TenureModel;
  certainty: Certainty;
}

export interface SuccessionStepModel {
  tenure: TenureModel;
  vacancyBefore: ClosedInterval | null;
}

export interface SuccessionModel {
  organizationId: string;
  role: Role;
  steps: SuccessionStepModel[];
}

export interface VacancyModel {
  post: PostRecord;
  previous: TenureModel | null;
  next: TenureModel | null;
}
