/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardSeries($from: Date!, $to: Date!, $step: SeriesStep!, $filter: PostFilter, $knownOn: Date) {\n    series(from: $from, to: $to, step: $step, filter: $filter, knownOn: $knownOn) {\n      at\n      heldCertainly\n      heldPossibly\n      vacant\n    }\n  }\n": typeof types.DashboardSeriesDocument,
    "\n  query DashboardCounts($filter: PostFilter, $knownOn: Date) {\n    counts(filter: $filter, knownOn: $knownOn) {\n      posts\n      tenures\n      tenuresByRole {\n        key\n        count\n      }\n    }\n  }\n": typeof types.DashboardCountsDocument,
};
const documents: Documents = {
    "\n  query DashboardSeries($from: Date!, $to: Date!, $step: SeriesStep!, $filter: PostFilter, $knownOn: Date) {\n    series(from: $from, to: $to, step: $step, filter: $filter, knownOn: $knownOn) {\n      at\n      heldCertainly\n      heldPossibly\n      vacant\n    }\n  }\n": types.DashboardSeriesDocument,
    "\n  query DashboardCounts($filter: PostFilter, $knownOn: Date) {\n    counts(filter: $filter, knownOn: $knownOn) {\n      posts\n      tenures\n      tenuresByRole {\n        key\n        count\n      }\n    }\n  }\n": types.DashboardCountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSeries($from: Date!, $to: Date!, $step: SeriesStep!, $filter: PostFilter, $knownOn: Date) {\n    series(from: $from, to: $to, step: $step, filter: $filter, knownOn: $knownOn) {\n      at\n      heldCertainly\n      heldPossibly\n      vacant\n    }\n  }\n"): typeof import('./graphql').DashboardSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardCounts($filter: PostFilter, $knownOn: Date) {\n    counts(filter: $filter, knownOn: $knownOn) {\n      posts\n      tenures\n      tenuresByRole {\n        key\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardCountsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
