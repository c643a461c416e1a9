import { graphql } from './gql/index.js';

/** Posts held certainly, only possibly, or by nobody, one point per step: the dashboard's chart. */
export const seriesQuery = graphql(`
  query DashboardSeries($from: Date!, $to: Date!, $step: SeriesStep!, $filter: PostFilter, $knownOn: Date) {
    series(from: $from, to: $to, step: $step, filter: $filter, knownOn: $knownOn) {
      at
      heldCertainly
      heldPossibly
      vacant
    }
  }
`);

/** The posts of the filter and their tenures by role, as known on `knownOn`. */
export const countsQuery = graphql(`
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
`);
