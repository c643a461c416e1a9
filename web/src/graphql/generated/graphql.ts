/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** In what capacity a post is held. */
export type Capacity =
  /** Acting for a holder who is absent. */
  | 'ACTING'
  /** On an honorary basis (ehrenamtlich). */
  | 'HONORARY'
  /** Filling the post for a limited time until it is filled regularly. */
  | 'INTERIM'
  /** As a regular, paid office. */
  | 'REGULAR';

/** How much of a date a source states. */
export type DatePrecision =
  /** The day, or a span of days when the source only bounds it (`2021-12-13/2022-01-31`). */
  | 'DAY'
  /** Year and month: `2018-05`. */
  | 'MONTH'
  /** Only the year: `2018`. */
  | 'YEAR';

/** How a fact is reported. */
export type FactStatus =
  /** Every source reporting it was published before its start: announced for a future date. */
  | 'ANNOUNCED'
  /** A source states the intention without a date. */
  | 'PLANNED'
  /** Reported as fact by at least one source published on or after its start (or its start is unknown). */
  | 'REPORTED';

/** Whether an organisation exists or is only planned. */
export type OrganizationStatus =
  /** It exists. */
  | 'ACTIVE'
  /** A source states the intention to create it. */
  | 'PLANNED';

/** How an analyst ranks a claim (as Wikidata ranks statements). */
export type Rank =
  /** Deprecated: kept with its citation, but it does not count. */
  | 'DEPRECATED'
  /** The default. */
  | 'NORMAL'
  /** Preferred: where a field has preferred claims, only they count. */
  | 'PREFERRED';

export type ExplorerDateFragment = { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean };

export type ExplorerCitationFragment = { quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } };

export type ExplorerTenureFragment = { id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> };

export type ExplorerOwnershipFragment = { percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> };

export type ExplorerClaimSourceFragment = { counts: boolean, source: { id: string, title: string } };

export type ExplorerClaimFragment = { field: string, value: string, counts: boolean, rank: Rank, rankReason: string | null, inferred: boolean, source: { id: string } };

export type ExplorerMisnamingsQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerMisnamingsQuery = { person: { misnamings: Array<{ namedAs: string, correction: string, source: { id: string } }> } | null };

export type ExplorerPersonClaimsQueryVariables = Exact<{
  id: string | number;
  knownOn?: string | null | undefined;
}>;


export type ExplorerPersonClaimsQuery = { person: { disputedFields: Array<string>, claims: Array<{ field: string, value: string, counts: boolean, rank: Rank, rankReason: string | null, inferred: boolean, source: { id: string } }>, tenures: Array<{ id: string, disputedFields: Array<string>, claims: Array<{ field: string, value: string, counts: boolean, rank: Rank, rankReason: string | null, inferred: boolean, source: { id: string } }> }> } | null };

export type ExplorerStakeClaimsQueryVariables = Exact<{
  id: string | number;
  knownOn?: string | null | undefined;
}>;


export type ExplorerStakeClaimsQuery = { organization: { disputedFields: Array<string>, claims: Array<{ field: string, value: string, counts: boolean, rank: Rank, rankReason: string | null, inferred: boolean, source: { id: string } }>, owners: Array<{ disputedFields: Array<string>, claims: Array<{ field: string, value: string, counts: boolean, rank: Rank, rankReason: string | null, inferred: boolean, source: { id: string } }>, owner: { id: string }, owned: { id: string } }> } | null };

export type ExplorerStakeKeyFragment = { owner: { id: string }, owned: { id: string } };

export type ExplorerStakesFragment = { owners: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, holdings: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, ownersAsOf?: Array<{ owner: { id: string }, owned: { id: string } }>, holdingsAsOf?: Array<{ owner: { id: string }, owned: { id: string } }> };

export type ExplorerChainFragment = { steps: Array<{ vacancyBefore: { from: string, to: string } | null, tenure: { id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> } }> };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ id: string, name: string, kind: string, score: number, misnamedAs: string | null }> };

export type ExplorerHitPersonFragment = { id: string, tenures: Array<{ status: FactStatus, titleDe: string, titleEn: string, organization: { name: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null }> };

export type ExplorerHitOrganizationFragment = { id: string, kind: string, legalForm: string | null, seat: string | null, descriptionDe: string | null, descriptionEn: string | null, partOf: { name: string } | null };

export type ExplorerStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStatsQuery = { stats: { people: number, organizations: number, tenures: number, ownerships: number, sources: number, citations: number } };

export type ExplorerPersonQueryVariables = Exact<{
  id: string | number;
  lang: string;
  knownOn?: string | null | undefined;
}>;


export type ExplorerPersonQuery = { person: { id: string, name: string, aliases: Array<string>, honorific: string | null, disputedFields: Array<string>, birth: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, birthClaims: Array<{ quotes: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }>, tenures: Array<{ id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, activities: Array<{ id: string, description: string, lastConfirmedOn: string | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }> } | null, everything: { name: string, aliases: Array<string>, birth: { value: string } | null, tenures: Array<{ id: string }>, activities: Array<{ id: string }>, sources: Array<{ source: { id: string } }> } | null };

export type ExplorerOrganizationQueryVariables = Exact<{
  id: string | number;
  lang: string;
  knownOn?: string | null | undefined;
  asOf?: string | null | undefined;
  withAsOf: boolean;
  day: string;
}>;


export type ExplorerOrganizationQuery = { organization: { id: string, name: string, aliases: Array<string>, kind: string, status: OrganizationStatus, disputed: boolean, description: string | null, legalForm: string | null, seat: string | null, legalFormClaims: Array<{ counts: boolean, source: { id: string, title: string } }>, seatClaims: Array<{ counts: boolean, source: { id: string, title: string } }>, identifiers: Array<{ scheme: string, value: string, url: string | null, source: { id: string, title: string } | null }>, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }>, plans: Array<{ id: string, description: string, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, partOf: { id: string, name: string, kind: string } | null, units: Array<{ id: string, name: string, kind: string }>, posts: Array<{ id: string, role: { key: string, labelDe: string, labelEn: string } }>, owners: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, holdings: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, ownersAsOf?: Array<{ owner: { id: string }, owned: { id: string } }>, holdingsAsOf?: Array<{ owner: { id: string }, owned: { id: string } }> } | null, everything: { name: string, description: string | null, owners: Array<{ owner: { id: string } }>, holdings: Array<{ owned: { id: string } }>, plans: Array<{ id: string }>, units: Array<{ id: string }>, sources: Array<{ source: { id: string } }> } | null, vacancies: { edges: Array<{ node: { post: { id: string }, previous: { id: string, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null } | null, next: { id: string } | null } }> } };

export type ExplorerSourceQueryVariables = Exact<{
  id: string | number;
  lang: string;
}>;


export type ExplorerSourceQuery = { source: { id: string, title: string, publisher: string | null, url: string | null, author: string | null, language: string, photoCredit: string | null, text: string, published: { value: string | null, latest: string }, facts: { people: Array<{ id: string, name: string, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, organizations: Array<{ id: string, name: string, kind: string, description: string | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, tenures: Array<{ id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, ownerships: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, plans: Array<{ id: string, description: string, organizations: Array<{ id: string, name: string }>, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, activities: Array<{ id: string, description: string, person: { id: string, name: string }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }> } } | null };

export type ExplorerSourceTextQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerSourceTextQuery = { source: { id: string, text: string } | null };

export type ExplorerNetworkNodeQueryVariables = Exact<{
  id: string | number;
  lang: string;
  knownOn?: string | null | undefined;
  asOf?: string | null | undefined;
  withAsOf: boolean;
}>;


export type ExplorerNetworkNodeQuery = { person: { id: string, name: string, tenures: Array<{ id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }> } | null, organization: { id: string, name: string, kind: string, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }>, partOf: { id: string, name: string, kind: string } | null, units: Array<{ id: string, name: string, kind: string, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, owners: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, holdings: Array<{ percentage: number | null, disputed: boolean, owner: { id: string, name: string, kind: string }, owned: { id: string, name: string, kind: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> }>, ownersAsOf?: Array<{ owner: { id: string }, owned: { id: string } }>, holdingsAsOf?: Array<{ owner: { id: string }, owned: { id: string } }> } | null, holders: { edges: Array<{ node: { id: string, capacity: Capacity, inference: string | null, status: FactStatus, disputed: boolean, lastConfirmedOn: string | null, titleDe: string, titleEn: string, person: { id: string, name: string }, organization: { id: string, name: string, kind: string, partOf: { id: string, name: string } | null }, role: { key: string }, start: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, end: { value: string, precision: DatePrecision, earliest: string, latest: string, inference: string | null, disputed: boolean } | null, certain: { from: string, to: string } | null, possible: { from: string | null, to: string | null }, sources: Array<{ quote: string, startOffset: number, endOffset: number, source: { id: string, title: string, publisher: string | null, url: string | null, published: { value: string | null, latest: string } } }> } }>, pageInfo: { hasNextPage: boolean } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerClaimSourceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerClaimSource on FieldClaim {
  counts
  source {
    id
    title
  }
}
    `, {"fragmentName":"ExplorerClaimSource"}) as unknown as TypedDocumentString<ExplorerClaimSourceFragment, unknown>;
export const ExplorerClaimFragmentDoc = new TypedDocumentString(`
    fragment ExplorerClaim on FieldClaim {
  field
  value
  counts
  rank
  rankReason
  inferred
  source {
    id
  }
}
    `, {"fragmentName":"ExplorerClaim"}) as unknown as TypedDocumentString<ExplorerClaimFragment, unknown>;
export const ExplorerDateFragmentDoc = new TypedDocumentString(`
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
    `, {"fragmentName":"ExplorerDate"}) as unknown as TypedDocumentString<ExplorerDateFragment, unknown>;
export const ExplorerCitationFragmentDoc = new TypedDocumentString(`
    fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
    `, {"fragmentName":"ExplorerCitation"}) as unknown as TypedDocumentString<ExplorerCitationFragment, unknown>;
export const ExplorerOwnershipFragmentDoc = new TypedDocumentString(`
    fragment ExplorerOwnership on Ownership {
  owner {
    id
    name
    kind
  }
  owned {
    id
    name
    kind
  }
  percentage
  disputed
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  sources {
    ...ExplorerCitation
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}`, {"fragmentName":"ExplorerOwnership"}) as unknown as TypedDocumentString<ExplorerOwnershipFragment, unknown>;
export const ExplorerStakeKeyFragmentDoc = new TypedDocumentString(`
    fragment ExplorerStakeKey on Ownership {
  owner {
    id
  }
  owned {
    id
  }
}
    `, {"fragmentName":"ExplorerStakeKey"}) as unknown as TypedDocumentString<ExplorerStakeKeyFragment, unknown>;
export const ExplorerStakesFragmentDoc = new TypedDocumentString(`
    fragment ExplorerStakes on Organization {
  owners(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  holdings(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  ownersAsOf: owners(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
  holdingsAsOf: holdings(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerOwnership on Ownership {
  owner {
    id
    name
    kind
  }
  owned {
    id
    name
    kind
  }
  percentage
  disputed
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  sources {
    ...ExplorerCitation
  }
}
fragment ExplorerStakeKey on Ownership {
  owner {
    id
  }
  owned {
    id
  }
}`, {"fragmentName":"ExplorerStakes"}) as unknown as TypedDocumentString<ExplorerStakesFragment, unknown>;
export const ExplorerTenureFragmentDoc = new TypedDocumentString(`
    fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person {
    id
    name
  }
  organization {
    id
    name
    kind
    partOf {
      id
      name
    }
  }
  role {
    key
  }
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  capacity
  inference(lang: $lang)
  status
  disputed
  lastConfirmedOn
  certain {
    from
    to
  }
  possible {
    from
    to
  }
  sources {
    ...ExplorerCitation
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}`, {"fragmentName":"ExplorerTenure"}) as unknown as TypedDocumentString<ExplorerTenureFragment, unknown>;
export const ExplorerChainFragmentDoc = new TypedDocumentString(`
    fragment ExplorerChain on Succession {
  steps {
    vacancyBefore {
      from
      to
    }
    tenure {
      ...ExplorerTenure
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person {
    id
    name
  }
  organization {
    id
    name
    kind
    partOf {
      id
      name
    }
  }
  role {
    key
  }
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  capacity
  inference(lang: $lang)
  status
  disputed
  lastConfirmedOn
  certain {
    from
    to
  }
  possible {
    from
    to
  }
  sources {
    ...ExplorerCitation
  }
}`, {"fragmentName":"ExplorerChain"}) as unknown as TypedDocumentString<ExplorerChainFragment, unknown>;
export const ExplorerHitPersonFragmentDoc = new TypedDocumentString(`
    fragment ExplorerHitPerson on Person {
  id
  tenures {
    titleDe: title(lang: "de")
    titleEn: title(lang: "en")
    status
    organization {
      name
    }
    start {
      ...ExplorerDate
    }
    end {
      ...ExplorerDate
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}`, {"fragmentName":"ExplorerHitPerson"}) as unknown as TypedDocumentString<ExplorerHitPersonFragment, unknown>;
export const ExplorerHitOrganizationFragmentDoc = new TypedDocumentString(`
    fragment ExplorerHitOrganization on Organization {
  id
  kind
  legalForm
  seat
  descriptionDe: description(lang: "de")
  descriptionEn: description(lang: "en")
  partOf {
    name
  }
}
    `, {"fragmentName":"ExplorerHitOrganization"}) as unknown as TypedDocumentString<ExplorerHitOrganizationFragment, unknown>;
export const ExplorerMisnamingsDocument = new TypedDocumentString(`
    query ExplorerMisnamings($id: ID!) {
  person(id: $id) {
    misnamings {
      namedAs
      correction
      source {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerMisnamingsQuery, ExplorerMisnamingsQueryVariables>;
export const ExplorerPersonClaimsDocument = new TypedDocumentString(`
    query ExplorerPersonClaims($id: ID!, $knownOn: Date) {
  person(id: $id, knownOn: $knownOn) {
    disputedFields
    claims {
      ...ExplorerClaim
    }
    tenures {
      id
      disputedFields
      claims {
        ...ExplorerClaim
      }
    }
  }
}
    fragment ExplorerClaim on FieldClaim {
  field
  value
  counts
  rank
  rankReason
  inferred
  source {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerPersonClaimsQuery, ExplorerPersonClaimsQueryVariables>;
export const ExplorerStakeClaimsDocument = new TypedDocumentString(`
    query ExplorerStakeClaims($id: ID!, $knownOn: Date) {
  organization(id: $id, knownOn: $knownOn) {
    disputedFields
    claims {
      ...ExplorerClaim
    }
    owners {
      ...ExplorerStakeKey
      disputedFields
      claims {
        ...ExplorerClaim
      }
    }
  }
}
    fragment ExplorerClaim on FieldClaim {
  field
  value
  counts
  rank
  rankReason
  inferred
  source {
    id
  }
}
fragment ExplorerStakeKey on Ownership {
  owner {
    id
  }
  owned {
    id
  }
}`) as unknown as TypedDocumentString<ExplorerStakeClaimsQuery, ExplorerStakeClaimsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!) {
  search(query: $query, first: 10) {
    id
    name
    kind
    score
    misnamedAs
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerStatsDocument = new TypedDocumentString(`
    query ExplorerStats {
  stats {
    people
    organizations
    tenures
    ownerships
    sources
    citations
  }
}
    `) as unknown as TypedDocumentString<ExplorerStatsQuery, ExplorerStatsQueryVariables>;
export const ExplorerPersonDocument = new TypedDocumentString(`
    query ExplorerPerson($id: ID!, $lang: String!, $knownOn: Date) {
  person(id: $id, knownOn: $knownOn) {
    id
    name
    aliases
    honorific
    disputedFields
    birth {
      ...ExplorerDate
    }
    birthClaims: claims(field: "birth") {
      quotes {
        ...ExplorerCitation
      }
    }
    sources {
      ...ExplorerCitation
    }
    tenures {
      ...ExplorerTenure
    }
    activities {
      id
      description(lang: $lang)
      lastConfirmedOn
      sources {
        ...ExplorerCitation
      }
    }
  }
  everything: person(id: $id) {
    name
    aliases
    birth {
      value
    }
    tenures {
      id
    }
    activities {
      id
    }
    sources {
      source {
        id
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person {
    id
    name
  }
  organization {
    id
    name
    kind
    partOf {
      id
      name
    }
  }
  role {
    key
  }
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  capacity
  inference(lang: $lang)
  status
  disputed
  lastConfirmedOn
  certain {
    from
    to
  }
  possible {
    from
    to
  }
  sources {
    ...ExplorerCitation
  }
}`) as unknown as TypedDocumentString<ExplorerPersonQuery, ExplorerPersonQueryVariables>;
export const ExplorerOrganizationDocument = new TypedDocumentString(`
    query ExplorerOrganization($id: ID!, $lang: String!, $knownOn: Date, $asOf: Date, $withAsOf: Boolean!, $day: Date!) {
  organization(id: $id, knownOn: $knownOn) {
    id
    name
    aliases
    kind
    status
    disputed
    description(lang: $lang)
    legalForm
    legalFormClaims: claims(field: "legalForm") {
      ...ExplorerClaimSource
    }
    seat
    seatClaims: claims(field: "seat") {
      ...ExplorerClaimSource
    }
    identifiers {
      scheme
      value
      url
      source {
        id
        title
      }
    }
    sources {
      ...ExplorerCitation
    }
    plans {
      id
      description(lang: $lang)
      sources {
        ...ExplorerCitation
      }
    }
    partOf {
      id
      name
      kind
    }
    units {
      id
      name
      kind
    }
    ...ExplorerStakes
    posts {
      id
      role {
        key
        labelDe: label(lang: "de")
        labelEn: label(lang: "en")
      }
    }
  }
  everything: organization(id: $id) {
    name
    description(lang: $lang)
    owners {
      owner {
        id
      }
    }
    holdings {
      owned {
        id
      }
    }
    plans {
      id
    }
    units {
      id
    }
    sources {
      source {
        id
      }
    }
  }
  vacancies(at: $day, organization: $id, knownOn: $knownOn, first: 100) {
    edges {
      node {
        post {
          id
        }
        previous {
          id
          end {
            ...ExplorerDate
          }
        }
        next {
          id
        }
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerOwnership on Ownership {
  owner {
    id
    name
    kind
  }
  owned {
    id
    name
    kind
  }
  percentage
  disputed
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  sources {
    ...ExplorerCitation
  }
}
fragment ExplorerClaimSource on FieldClaim {
  counts
  source {
    id
    title
  }
}
fragment ExplorerStakeKey on Ownership {
  owner {
    id
  }
  owned {
    id
  }
}
fragment ExplorerStakes on Organization {
  owners(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  holdings(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  ownersAsOf: owners(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
  holdingsAsOf: holdings(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
}`) as unknown as TypedDocumentString<ExplorerOrganizationQuery, ExplorerOrganizationQueryVariables>;
export const ExplorerSourceDocument = new TypedDocumentString(`
    query ExplorerSource($id: ID!, $lang: String!) {
  source(id: $id) {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
    author
    language
    photoCredit
    text
    facts {
      people {
        id
        name
        sources {
          ...ExplorerCitation
        }
      }
      organizations {
        id
        name
        kind
        description(lang: $lang)
        sources {
          ...ExplorerCitation
        }
      }
      tenures {
        ...ExplorerTenure
      }
      ownerships {
        ...ExplorerOwnership
      }
      plans {
        id
        description(lang: $lang)
        organizations {
          id
          name
        }
        sources {
          ...ExplorerCitation
        }
      }
      activities {
        id
        description(lang: $lang)
        person {
          id
          name
        }
        sources {
          ...ExplorerCitation
        }
      }
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person {
    id
    name
  }
  organization {
    id
    name
    kind
    partOf {
      id
      name
    }
  }
  role {
    key
  }
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  capacity
  inference(lang: $lang)
  status
  disputed
  lastConfirmedOn
  certain {
    from
    to
  }
  possible {
    from
    to
  }
  sources {
    ...ExplorerCitation
  }
}
fragment ExplorerOwnership on Ownership {
  owner {
    id
    name
    kind
  }
  owned {
    id
    name
    kind
  }
  percentage
  disputed
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  sources {
    ...ExplorerCitation
  }
}`) as unknown as TypedDocumentString<ExplorerSourceQuery, ExplorerSourceQueryVariables>;
export const ExplorerSourceTextDocument = new TypedDocumentString(`
    query ExplorerSourceText($id: ID!) {
  source(id: $id) {
    id
    text
  }
}
    `) as unknown as TypedDocumentString<ExplorerSourceTextQuery, ExplorerSourceTextQueryVariables>;
export const ExplorerNetworkNodeDocument = new TypedDocumentString(`
    query ExplorerNetworkNode($id: ID!, $lang: String!, $knownOn: Date, $asOf: Date, $withAsOf: Boolean!) {
  person(id: $id, knownOn: $knownOn) {
    id
    name
    tenures {
      ...ExplorerTenure
    }
  }
  organization(id: $id, knownOn: $knownOn) {
    id
    name
    kind
    sources {
      ...ExplorerCitation
    }
    partOf {
      id
      name
      kind
    }
    units {
      id
      name
      kind
      sources {
        ...ExplorerCitation
      }
    }
    ...ExplorerStakes
  }
  holders: tenures(filter: {organization: $id}, knownOn: $knownOn, first: 100) {
    edges {
      node {
        ...ExplorerTenure
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment ExplorerDate on PartialDate {
  value
  precision
  earliest
  latest
  inference(lang: $lang)
  disputed
}
fragment ExplorerCitation on Citation {
  quote
  startOffset
  endOffset
  source {
    id
    title
    publisher
    url
    published {
      value
      latest
    }
  }
}
fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person {
    id
    name
  }
  organization {
    id
    name
    kind
    partOf {
      id
      name
    }
  }
  role {
    key
  }
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  capacity
  inference(lang: $lang)
  status
  disputed
  lastConfirmedOn
  certain {
    from
    to
  }
  possible {
    from
    to
  }
  sources {
    ...ExplorerCitation
  }
}
fragment ExplorerOwnership on Ownership {
  owner {
    id
    name
    kind
  }
  owned {
    id
    name
    kind
  }
  percentage
  disputed
  start {
    ...ExplorerDate
  }
  end {
    ...ExplorerDate
  }
  sources {
    ...ExplorerCitation
  }
}
fragment ExplorerStakeKey on Ownership {
  owner {
    id
  }
  owned {
    id
  }
}
fragment ExplorerStakes on Organization {
  owners(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  holdings(knownOn: $knownOn) {
    ...ExplorerOwnership
  }
  ownersAsOf: owners(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
  holdingsAsOf: holdings(at: $asOf, knownOn: $knownOn) @include(if: $withAsOf) {
    ...ExplorerStakeKey
  }
}`) as unknown as TypedDocumentString<ExplorerNetworkNodeQuery, ExplorerNetworkNodeQueryVariables>;