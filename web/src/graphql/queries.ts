import type { Document } from './client.js';
import { chainFragment, hitOrganizationFragment, hitPersonFragment } from './documents.js';
import type { ExplorerChainFragment, TypedDocumentString } from './generated/graphql.js';
import type { Lang } from '../routing/viewState.js';
import type { HitOrganization, HitPerson, SearchHit } from './types.js';

/**
 * Queries whose number of fields only the data decides: one succession chain per post of
 * an organisation, one line per search hit. Each is one aliased field per item selecting
 * a fragment that codegen checked and typed (`documents.ts`), so a page costs one round
 * trip however many posts or hits it has; the API bounds the aliases of one operation.
 */

/** The definitions of the fragments, each once, although several documents may append the same. */
function fragmentDefinitions(fragments: TypedDocumentString<unknown, unknown>[]): string {
  const definitions = new Map<string, string>();
  for (const fragment of fragments) {
    for (const definition of fragment.toString().split(/(?=^\s*fragment\s)/m)) {
      const name = /fragment\s+(\w+)/.exec(definition)?.[1];
      if (name && !definitions.has(name)) definitions.set(name, definition.trim());
    }
  }
  return [...definitions.values()].join('\n');
}

function aliasedQuery<T>(
  name: string,
  variables: string[],
  fields: string[],
  fragments: TypedDocumentString<unknown, unknown>[],
): Document<T, Record<string, unknown>> {
  const declared = variables.length > 0 ? `(${variables.join(', ')})` : '';
  return `query ${name}${declared} {\n  ${fields.join('\n  ')}\n}\n${fragmentDefinitions(fragments)}`;
}

export type SuccessionData = Record<string, ExplorerChainFragment | null>;

/** One aliased `succession` field per role, so all chains of an organisation come in one round trip. */
export function successionQuery(roleCount: number): Document<SuccessionData, Record<string, unknown>> {
  const roles = Array.from({ length: roleCount }, (_, i) => `$role${i}: String!`);
  const fields = Array.from(
    { length: roleCount },
    (_, i) => `chain${i}: succession(organization: $id, role: $role${i}, knownOn: $knownOn) { ...ExplorerChain }`,
  );
  return aliasedQuery('ExplorerSuccession', ['$id: ID!', '$lang: String!', '$knownOn: Date', ...roles], fields, [chainFragment]);
}

/** The role variables of `successionQuery` for these role keys. */
export function successionVariables(roleKeys: string[]): Record<string, string> {
  return Object.fromEntries(roleKeys.map((key, i) => [`role${i}`, key]));
}

export type HitLinesData = Record<string, HitPerson | HitOrganization | null>;

/** What each search hit's line needs: a person's roles or an organisation's kind and description. */
export function hitLinesQuery(hits: Pick<SearchHit, 'kind'>[]): Document<HitLinesData, Record<string, unknown>> {
  const fields = hits.map((hit, i) =>
    hit.kind === 'Person' ? `hit${i}: person(id: $id${i}) { ...ExplorerHitPerson }` : `hit${i}: organization(id: $id${i}) { ...ExplorerHitOrganization }`,
  );
  const people = hits.some((hit) => hit.kind === 'Person');
  const fragments = [...(people ? [hitPersonFragment] : []), ...(hits.some((hit) => hit.kind !== 'Person') ? [hitOrganizationFragment] : [])];
  // A person's line carries dates, whose reasons come in the view's language.
  const variables = [...(people ? ['$lang: String!'] : []), ...hits.map((_, i) => `$id${i}: ID!`)];
  return aliasedQuery('ExplorerHitLines', variables, fields, fragments);
}

/** The variables of `hitLinesQuery` for these hits, in the view's language. */
export function hitLinesVariables(hits: Pick<SearchHit, 'id' | 'kind'>[], lang: Lang): Record<string, string> {
  const ids = Object.fromEntries(hits.map((hit, i) => [`id${i}`, hit.id]));
  return hits.some((hit) => hit.kind === 'Person') ? { lang, ...ids } : ids;
}
