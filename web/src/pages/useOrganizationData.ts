import type { TrailingVacancy } from '../components/SuccessionChain.js';
import { nextDay, todayIso } from '../format/dates.js';
import { organizationDocument } from '../graphql/documents.js';
import { successionQuery, successionVariables } from '../graphql/queries.js';
import type { ExplorerOrganizationQuery } from '../graphql/generated/graphql.js';
import type { OrganizationView, SuccessionStepView, VacancyView } from '../graphql/types.js';
import { type QueryResult, useQuery } from '../graphql/useQuery.js';

export interface OrganizationData {
  result: QueryResult<unknown>;
  /** As known on the known-on day; null when no source had named it by then. */
  organization: OrganizationView | null;
  /** What is known of it at all; null when there is no such organisation. */
  everything: ExplorerOrganizationQuery['everything'];
  /** Each post's chain, in the order of `organization.posts`; null while the chains load. */
  chains: SuccessionStepView[][] | null;
  chainsResult: QueryResult<unknown>;
  /** Each post's vacancy after its last holder on the as-of day (else today), by post id. */
  trailing: Map<string, TrailingVacancy>;
}

/** The vacancies after a post's last known holder: vacant on the day, with no holder to come. */
function trailingVacancies(vacancies: VacancyView[], day: string | null): Map<string, TrailingVacancy> {
  const trailing = new Map<string, TrailingVacancy>();
  for (const vacancy of vacancies) {
    const end = vacancy.previous?.end;
    if (vacancy.next === null && end) trailing.set(vacancy.post.id, { from: nextDay(end.latest), day });
  }
  return trailing;
}

/**
 * An organisation as known on `knownOn`, then its posts' succession chains (the posts
 * decide which chains to ask for: two round trips), and what the API says is vacant on
 * the as-of day, or today. A null id asks nothing (a comparison waiting for its date).
 */
export function useOrganizationData(id: string | null, lang: string, knownOn: string | null, asOf: string | null): OrganizationData {
  const day = asOf ?? todayIso();
  const result = useQuery(id === null ? null : organizationDocument, { id: id ?? '', lang, knownOn, asOf, withAsOf: asOf !== null, day });
  const organization = result.status === 'done' ? result.data.organization : null;
  const everything = result.status === 'done' ? result.data.everything : null;
  const roleKeys = organization?.posts.map((post) => post.role.key) ?? [];
  const chainsResult = useQuery(roleKeys.length > 0 ? successionQuery(roleKeys.length) : null, { id, lang, knownOn, ...successionVariables(roleKeys) });
  const chains =
    roleKeys.length === 0 ? [] : chainsResult.status === 'done' ? roleKeys.map((_, index) => chainsResult.data[`chain${index}`]?.steps ?? []) : null;
  const vacancies = result.status === 'done' ? result.data.vacancies.edges.map((edge) => edge.node) : [];
  return { result, organization, everything, chains, chainsResult, trailing: trailingVacancies(vacancies, asOf) };
}
