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
  return {
    ...loaders,
    /**
     * A person read with their tenures in one statement, for a query that asks for both:
     * the person is primed into `person` and the tenures into `tenuresByPerson`, so neither
     * the field that lists them nor a later reference to the person reads again.
     */
    personWithTenures: batch(async (ids) =>
      primeBoth(
        ids,
        await repositories.people.getByIdsWithTenures(ids),
        loaders.person,
        (entry) => entry.person,
        loaders.tenuresByPerson,
        (entry) => entry.tenures,
      ),
    ),
    /** An organisation read with the stakes held in it, primed into `organization` and `ownershipsByOwned` likewise. */
    organizationWithOwners: batch(async (ids) =>
      primeBoth(
        ids,
        await repositories.organizations.getByIdsWithStakesIn(ids),
        loaders.organization,
        (entry) => entry.organization,
        loaders.ownershipsByOwned,
        (entry) => entry.stakes,
      ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Primes an entity and a list read with it into their own loaders; answers the entity per id (null when none). */
function primeBoth<E, V, L>(
  ids: readonly string[],
  found: readonly (E | null)[],
  entities: DataLoader<string, V | null>,
  entityOf: (entry: E) => V,
  lists: DataLoader<string, L>,
  listOf: (entry: E) => L,
): (V | null)[] {
  return found.map((entry, index) => {
    if (entry === null) return null;
    const id = ids[index] as string;
    entities.prime(id, entityOf(entry));
    lists.prime(id, listOf(entry));
    return entityOf(entry);
  });
}
