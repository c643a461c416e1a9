import DataLoader from 'dataloader';
import type { Repositories } from './Repositories.js';

/**
 * The request's DataLoaders: every field that needs related data asks one of these,
 * so a whole level of a query costs one batched read per loader, not one per item.
 * Built fresh per request and never shared: the cache is the request's snapshot,
 * not a cache across users.
 */
export function createLoaders(repositories: Repositories) {
  const batch = <V>(load: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(load);
  const loaders = {
    person: batch((ids) => repositories.people.getByIds(ids)),
    organization: batch((ids) => repositories.organizations.getByIds(ids)),
    unitsByParent: batch((ids) => repositories.organizations.listUnitsByParentIds(ids)),
    post: batch((ids) => repositories.posts.getByIds(ids)),
    postsByOrganization: batch((ids) => repositories.posts.listByOrganizationIds(ids)),
    tenuresByPerson: batch((ids) => repositories.tenures.listByPersonIds(ids)),
    tenuresByPost: batch((ids) => repositories.tenures.listByPostIds(ids)),
    ownershipsByOwned: batch((ids) => repositories.ownerships.listByOwnedIds(ids)),
    ownershipsByOwner: batch((ids) => repositories.ownerships.listByOwnerIds(ids)),
    citationsByFact: batch((ids) => repositories.citations.listByFactIds(ids)),
    source: batch((ids) => repositories.sources.getByIds(ids)),
    plansByConcern: batch((ids) => repositories.plans.listByConcernIds(ids)),
    activitiesByPerson: batch((ids) => repositories.activities.listByPersonIds(ids)),
    peopleBySource: batch((ids) => repositories.people.listBySourceIds(ids)),
    organizationsBySource: batch((ids) => repositories.organizations.listBySourceIds(ids)),
    tenuresBySource: batch((ids) => repositories.tenures.listBySourceIds(ids)),
    ownershipsBySource: batch((ids) => repositories.ownerships.listBySourceIds(ids)),
    plansBySource: batch((ids) => repositories.plans.listBySourceIds(ids)),
    activitiesBySource: batch((ids) => repositories.activities.listBySourceIds(ids)),
  };
  /**
   * A loader that reads an entity with one of its lists in one statement, for a query that
   * asks for both, and primes both into their own loaders: neither the field that lists
   * them nor a later reference to the entity reads again. Answers the entity.
   */
  const withList = <E, V, L>(
    read: (ids: readonly string[]) => Promise<(E | null)[]>,
    split: (entry: E) => [V, L],
    entities: DataLoader<string, V | null>,
    lists: DataLoader<string, L>,
  ) =>
    batch(async (ids) =>
      (await read(ids)).map((entry, index) => {
        if (entry === null) return null;
        const [entity, list] = split(entry);
        entities.prime(ids[index] as string, entity);
        lists.prime(ids[index] as string, list);
        return entity;
      }),
    );
  return {
    ...loaders,
    personWithTenures: withList(
      (ids) => repositories.people.getByIdsWithTenures(ids),
      (entry) => [entry.person, entry.tenures],
      loaders.person,
      loaders.tenuresByPerson,
    ),
    organizationWithOwners: withList(
      (ids) => repositories.organizations.getByIdsWithStakesIn(ids),
      (entry) => [entry.organization, entry.stakes],
      loaders.organization,
      loaders.ownershipsByOwned,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
