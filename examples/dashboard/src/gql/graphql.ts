/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which posts to count or list. Every condition given must hold. */
export type PostFilter = {
  /** Only posts of this organisation or any of its units. */
  organization?: string | number | null | undefined;
  /** Only posts of this role key, e.g. `managing-director`. */
  role?: string | null | undefined;
};

/** How far apart the points of a series are. */
export type SeriesStep =
  /** A calendar month. */
  | 'MONTH'
  /** Three calendar months. */
  | 'QUARTER'
  /** A calendar year. */
  | 'YEAR';

export type DashboardSeriesQueryVariables = Exact<{
  from: string;
  to: string;
  step: SeriesStep;
  filter?: PostFilter | null | undefined;
  knownOn?: string | null | undefined;
}>;


export type DashboardSeriesQuery = { series: Array<{ at: string, heldCertainly: number, heldPossibly: number, vacant: number }> };

export type DashboardCountsQueryVariables = Exact<{
  filter?: PostFilter | null | undefined;
  knownOn?: string | null | undefined;
}>;


export type DashboardCountsQuery = { counts: { posts: number, tenures: number, tenuresByRole: Array<{ key: string, count: number }> } };

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

export const DashboardSeriesDocument = new TypedDocumentString(`
    query DashboardSeries($from: Date!, $to: Date!, $step: SeriesStep!, $filter: PostFilter, $knownOn: Date) {
  series(from: $from, to: $to, step: $step, filter: $filter, knownOn: $knownOn) {
    at
    heldCertainly
    heldPossibly
    vacant
  }
}
    `) as unknown as TypedDocumentString<DashboardSeriesQuery, DashboardSeriesQueryVariables>;
export const DashboardCountsDocument = new TypedDocumentString(`
    query DashboardCounts($filter: PostFilter, $knownOn: Date) {
  counts(filter: $filter, knownOn: $knownOn) {
    posts
    tenures
    tenuresByRole {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardCountsQuery, DashboardCountsQueryVariables>;