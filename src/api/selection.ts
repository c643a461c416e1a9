import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * Whether the query selects `field` on the `typeName` the field being resolved returns,
 * under any alias, in any fragment, unless `@skip` or `@include` leaves it out: lets a
 * resolver read what the query will ask for next in the same statement.
 */
export function selectsField(info: GraphQLResolveInfo, typeName: string, field: string): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  return Object.values(tree?.fieldsByTypeName[typeName] ?? {}).some((selected) => selected.name === field);
}
