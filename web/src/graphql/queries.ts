import type { EntityRef, OrganizationView, PersonView, SearchHit, Stats, SuccessionView } from './types.js';

/**
 * The explorer's queries, written against the public schema only. Fields that depend
 * on the as-of date are added only when the view has one, because `certaintyAt`
 * needs a date and "no date" must not be sent as a made-up one.
 */

/**
 * Shared selections as fragments, so a query that repeats them (one succession chain per
 * post) stays short: the API bounds the tokens and aliases of every operation.
 */
const fragments = {
  date: `fragment ExplorerDate on PartialDate { value precision earliest latest inference }`,
  citation: `fragment ExplorerCitation on Citation { quote startOffset endOffset source { id title publisher url publishedOn text } }`,
  tenure: (withAsOf: boolean) => `fragment ExplorerTenure on Tenure {
  id
  titleDe: title(lang: "de")
  titleEn: title(lang: "en")
  person { id name }
  organization { id name }
  start { ...ExplorerDate }
  end { ...ExplorerDate }
  honorary
  inference
  status
  lastConfirmedOn
  ${withAsOf ? 'certaintyAt(date: $asOf)' : ''}
  sources { ...ExplorerCitation }
}`,
  ownership: `fragment ExplorerOwnership on Ownership {
  owner { id name } owned { id name } percentage start { ...ExplorerDate } end { ...ExplorerDate } sources { ...ExplorerCitation }
}`,
};

export const searchQuery = `query ExplorerSearch($query: String!) {
  search(query: $query, first: 10) { id name kind score }
}`;
export interface SearchData {
  search: SearchHit[];
}

export const statsQuery = `query ExplorerStats { stats { people organizations tenures ownerships sources citations } }`;
export interface StatsData {
  stats: Stats;
}

export function personQuery(withAsOf: boolean): string {
  return `query ExplorerPerson($id: ID!, $lang: String!, $knownOn: Date${withAsOf ? ', $asOf: Date!' : ''}) {
  person(id: $id) {
    id name aliases
    birth { ...ExplorerDate }
    tenures(knownOn: $knownOn) { ...ExplorerTenure }
    activities(knownOn: $knownOn) { id description(lang: $lang) lastConfirmedOn sources { ...ExplorerCitation } }
  }
}
${fragments.date}
${fragments.citation}
${fragments.tenure(withAsOf)}`;
}
export interface PersonData {
  person: PersonView | null;
}

/** The organisation with its posts; the posts' succession chains follow in a second query. */
export function organizationQuery(withAsOf: boolean): string {
  return `query ExplorerOrganization($id: ID!, $lang: String!, $knownOn: Date${withAsOf ? ', $asOf: Date!' : ''}) {
  organization(id: $id) {
    id name aliases kind status
    description(lang: $lang)
    plans { id description(lang: $lang) sources { ...ExplorerCitation } }
    partOf { id name kind }
    units { id name kind }
    owners(knownOn: $knownOn) { ...ExplorerOwnership }
    holdings(knownOn: $knownOn) { ...ExplorerOwnership }
    posts { role { key labelDe: label(lang: "de") labelEn: label(lang: "en") } }
    ${withAsOf ? `ownersAsOf: owners(at: $asOf, knownOn: $knownOn) { owner { id } owned { id } }
    holdingsAsOf: holdings(at: $asOf, knownOn: $knownOn) { owner { id } owned { id } }` : ''}
  }
}
${fragments.date}
${fragments.citation}
${fragments.ownership}`;
}
export interface OrganizationData {
  organization:
    | (OrganizationView & {
        ownersAsOf?: { owner: Pick<EntityRef, 'id'>; owned: Pick<EntityRef, 'id'> }[];
        holdingsAsOf?: { owner: Pick<EntityRef, 'id'>; owned: Pick<EntityRef, 'id'> }[];
      })
    | null;
}

/** One aliased `succession` field per role, so all chains of an organisation come in one round trip. */
export function successionQuery(roleCount: number, withAsOf: boolean): string {
  const roles = Array.from({ length: roleCount }, (_, i) => `$role${i}: String!`).join(', ');
  const fields = Array.from(
    { length: roleCount },
    (_, i) => `chain${i}: succession(organization: $id, role: $role${i}, knownOn: $knownOn) {
    steps { vacancyBefore { from to } tenure { ...ExplorerTenure } }
  }`,
  ).join('\n  ');
  return `query ExplorerSuccession($id: ID!, $knownOn: Date${withAsOf ? ', $asOf: Date!' : ''}, ${roles}) {
  ${fields}
}
${fragments.date}
${fragments.citation}
${fragments.tenure(withAsOf)}`;
}
export type SuccessionData = Record<string, SuccessionView | null>;

/** The variables of `successionQuery` for these role keys. */
export function successionVariables(roleKeys: string[]): Record<string, string> {
  return Object.fromEntries(roleKeys.map((key, i) => [`role${i}`, key]));
}
