/**
 * The shapes the explorer reads from the API, named after the schema's types. Only the
 * fields the explorer asks for are listed; `schema.graphql` is the contract.
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
export type Certainty = 'CERTAIN' | 'POSSIBLE';
export type FactStatus = 'REPORTED' | 'ANNOUNCED' | 'PLANNED';

export interface PartialDate {
  value: string;
  precision: DatePrecision;
  earliest: string;
  latest: string;
  /** Why the date follows from its quotes when no quote states it; null when stated. */
  inference: string | null;
}

export interface Source {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  publishedOn: string;
  text: string;
}

export interface Citation {
  quote: string;
  startOffset: number;
  endOffset: number;
  source: Source;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface TenureView {
  id: string;
  titleDe: string;
  titleEn: string;
  person: EntityRef;
  organization: EntityRef;
  start: PartialDate | null;
  end: PartialDate | null;
  honorary: boolean;
  /** Why the tenure follows from its quotes when they leave its organisation or role implicit; null when stated. */
  inference: string | null;
  status: FactStatus;
  lastConfirmedOn: string | null;
  /** Present only when the view has an as-of date. */
  certaintyAt?: Certainty | null;
  sources: Citation[];
}

/** Something a person does that is not a post (lecturing, a doctorate), or an organisation's plan. */
export interface DescribedFact {
  id: string;
  description: string;
  sources: Citation[];
}

export interface ActivityView extends DescribedFact {
  lastConfirmedOn: string | null;
}

export interface PersonView {
  id: string;
  name: string;
  aliases: string[];
  birth: PartialDate | null;
  tenures: TenureView[];
  activities: ActivityView[];
}

export interface OwnershipView {
  owner: EntityRef;
  owned: EntityRef;
  percentage: number | null;
  start: PartialDate | null;
  end: PartialDate | null;
  sources: Citation[];
}

export interface OrganizationRef extends EntityRef {
  kind: string;
}

export interface RoleView {
  key: string;
  labelDe: string;
  labelEn: string;
}

export interface OrganizationView {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  status: 'ACTIVE' | 'PLANNED';
  description: string | null;
  plans: DescribedFact[];
  partOf: OrganizationRef | null;
  units: OrganizationRef[];
  owners: OwnershipView[];
  holdings: OwnershipView[];
  posts: { role: RoleView }[];
}

export interface Interval {
  from: string;
  to: string;
}

export interface SuccessionStepView {
  vacancyBefore: Interval | null;
  tenure: TenureView;
}

export interface SuccessionView {
  steps: SuccessionStepView[];
}

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
  score: number;
}

export interface Stats {
  people: number;
  organizations: number;
  tenures: number;
  ownerships: number;
  sources: number;
  citations: number;
}
