import type { Ownership, Plan, Post, Role } from '../../../src/domain/entities.js';
import type { FactSet } from '../../../src/domain/FactSet.js';
import type { Repositories } from '../../../src/api/Repositories.js';
import { countSources, knownCitations, viewTenures } from '../../../src/api/views.js';
import { postStateOf } from '../../../src/domain/series.js';
import { certaintyAt, isHeldDuring, statusOf } from '../../../src/domain/temporal.js';
import type { TenureGroupCount } from '../../../src/graph/CountRepository.js';
import type { PostSelection } from '../../../src/graph/postSelection.js';
import type { PostWithTenures } from '../../../src/graph/PostRepository.js';
import type { TenureRecord } from '../../../src/graph/TenureRepository.js';

/**
 * Repositories over a FactSet in memory, keeping the graph repositories' contracts:
 * one entry per key in key order, lists ordered as the Cypher orders them. `calls`
 * counts every method call, so tests can see batching.
 */
export function fakeRepositories(facts: FactSet, version: string | null = 'fake-graph-version'): Repositories & { calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = (name: string) => calls.set(name, (calls.get(name) ?? 0) + 1);
  const byId =
    <T extends { id: string }>(list: readonly T[]) =>
    (ids: readonly string[]) =>
      ids.map((id) => list.find((x) => x.id === id) ?? null);
  const sortById = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const roleOf = (post: Post): Role => {
    const role = facts.roles.find((r) => r.key === post.roleKey);
    if (!role) throw new Error(`fake graph: no role ${post.roleKey}`);
    return role;
  };
  const postOf = (id: string): Post => {
    const post = facts.posts.find((p) => p.id === id);
    if (!post) throw new Error(`fake graph: no post ${id}`);
    return post;
  };
  const tenureRecords = (): TenureRecord[] =>
    sortById(facts.tenures).map((tenure) => {
      const post = postOf(tenure.postId);
      const person = facts.people.find((p) => p.id === tenure.personId);
      if (!person) throw new Error(`fake graph: no person ${tenure.personId}`);
      return { tenure, person, organization: organizationOf(post.organizationId), post, role: roleOf(post) };
    });
  const organizationOf = (id: string) => {
    const organization = facts.organizations.find((o) => o.id === id);
    if (!organization) throw new Error(`fake graph: no organisation ${id}`);
    return organization;
  };
  const planRecord = (plan: Plan) => ({
    plan,
    organizationIds: plan.concerns.filter((c) => facts.organizations.some((o) => o.id === c)),
    postIds: plan.concerns.filter((c) => facts.posts.some((p) => p.id === c)),
  });
  const ownershipRecord = (ownership: Ownership) => ({ ownership, owner: organizationOf(ownership.ownerId), owned: organizationOf(ownership.ownedId) });
  const within = (organizationId: string, candidate: string): boolean => {
    for (let id: string | null = candidate; id; id = facts.organizations.find((o) => o.id === id)?.partOfId ?? null) {
      if (id === organizationId) return true;
    }
    return false;
  };
  const withTenures = (posts: readonly Post[]): PostWithTenures[] => {
    const records = tenureRecords();
    return sortById(posts).map((post) => ({ post, role: roleOf(post), tenures: records.filter((r) => r.post.id === post.id) }));
  };
  const selected = (selection: PostSelection) =>
    facts.posts.filter(
      (p) =>
        (selection.organizationId === null || within(selection.organizationId, p.organizationId)) &&
        (selection.roleKey === null || p.roleKey === selection.roleKey),
    );
  // What the counting statements compute in Neo4j, decided here by the domain's rules over the whole list.
  const stateOn = (post: Post, day: string, knownOn: string | null) =>
    postStateOf(
      viewTenures(
        tenureRecords().filter((r) => r.post.id === post.id),
        knownOn,
      ).map((model) => certaintyAt(model.view, day)),
    );
  const knownTenures = (selection: PostSelection, knownOn: string | null) =>
    viewTenures(
      tenureRecords().filter((r) => selected(selection).includes(r.post)),
      knownOn,
    );
  const after = (afterId: string | null) => (x: { id: string }) => afterId === null || x.id > afterId;
  /** The facts of a list that a citation of the source backs, in the list's order. */
  const citedBy = <T>(sourceId: string, list: readonly T[], idOf: (item: T) => string) =>
    list.filter((item) => facts.citations.some((c) => c.sourceId === sourceId && c.factId === idOf(item)));
  const byName = <T extends { id: string; name: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));

  const repositories: Repositories = {
    stats: {
      get: async () => ({
        people: facts.people.length,
        organizations: facts.organizations.length,
        tenures: facts.tenures.length,
        ownerships: facts.ownerships.length,
        sources: facts.sources.length,
        citations: facts.citations.length,
      }),
    },
    people: {
      getByIds: async (ids) => byId(facts.people)(ids),
      getByIdsWithTenures: async (ids) =>
        byId(facts.people)(ids).map((person) => person && { person, tenures: tenureRecords().filter((r) => r.tenure.personId === person.id) }),
      listPage: async ({ afterId, limit }) => sortById(facts.people).filter(after(afterId)).slice(0, limit),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, byName(facts.people), (p) => p.id)),
    },
    organizations: {
      getByIds: async (ids) => byId(facts.organizations)(ids),
      getByIdsWithStakesIn: async (ids) =>
        byId(facts.organizations)(ids).map(
          (organization) => organization && { organization, stakes: facts.ownerships.filter((o) => o.ownedId === organization.id).map(ownershipRecord) },
        ),
      listUnitsByParentIds: async (ids) => ids.map((id) => facts.organizations.filter((o) => o.partOfId === id)),
      listPage: async ({ afterId, limit, kind }) =>
        sortById(facts.organizations)
          .filter(after(afterId))
          .filter((o) => kind === null || o.kind === kind)
          .slice(0, limit),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, byName(facts.organizations), (o) => o.id)),
    },
    posts: {
      getByIds: async (ids) => byId(facts.posts)(ids).map((post) => (post ? { post, role: roleOf(post) } : null)),
      listByOrganizationIds: async (ids) =>
        ids.map((id) => sortById(facts.posts.filter((p) => p.organizationId === id)).map((post) => ({ post, role: roleOf(post) }))),
      listWithTenuresOfRole: async (organizationId, roleKey) =>
        withTenures(facts.posts.filter((p) => p.organizationId === organizationId && p.roleKey === roleKey)),
      listWithTenuresOfRoleAt: async (organizationId, roleKey, at, knownOn) =>
        withTenures(facts.posts.filter((p) => p.organizationId === organizationId && p.roleKey === roleKey)).map((post) => ({
          ...post,
          tenures: post.tenures.filter((record) => viewTenures([record], knownOn).some((model) => certaintyAt(model.view, at) !== null)),
        })),
      listPage: async ({ organizationId, roleKey, afterId, limit }) =>
        withTenures(selected({ organizationId, roleKey }))
          .filter((p) => afterId === null || p.post.id > afterId)
          .slice(0, limit)
          .map(({ post, role }) => ({ post, role })),
      listPageWithTenures: async ({ organizationId, afterId, limit }) =>
        withTenures(facts.posts.filter((p) => organizationId === null || within(organizationId, p.organizationId)))
          .filter((p) => afterId === null || p.post.id > afterId)
          .slice(0, limit),
    },
    tenures: {
      listByPersonIds: async (ids) => ids.map((id) => tenureRecords().filter((r) => r.tenure.personId === id)),
      listByPostIds: async (ids) => ids.map((id) => tenureRecords().filter((r) => r.post.id === id)),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, tenureRecords(), (r) => r.tenure.id)),
      listPage: async (page) =>
        tenureRecords()
          .filter((r) => page.afterId === null || r.tenure.id > page.afterId)
          .filter((r) => page.roleKey === null || r.role.key === page.roleKey)
          .filter((r) => page.personId === null || r.tenure.personId === page.personId)
          .filter((r) => page.capacity === null || r.tenure.capacity === page.capacity)
          .filter((r) => page.organizationId === null || within(page.organizationId, r.post.organizationId))
          .slice(0, page.limit),
    },
    ownerships: {
      listByOwnedIds: async (ids) => ids.map((id) => facts.ownerships.filter((o) => o.ownedId === id).map(ownershipRecord)),
      listByOwnerIds: async (ids) => ids.map((id) => facts.ownerships.filter((o) => o.ownerId === id).map(ownershipRecord)),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, facts.ownerships, (o) => o.id).map(ownershipRecord)),
    },
    citations: {
      listByFactIds: async (ids) => ids.map((id) => facts.citations.filter((c) => c.factId === id)),
    },
    sources: { getByIds: async (ids) => byId(facts.sources)(ids) },
    roles: { listAll: async () => [...facts.roles].sort((a, b) => (a.key < b.key ? -1 : 1)) },
    plans: {
      listByConcernIds: async (ids) => ids.map((id) => facts.plans.filter((plan) => plan.concerns.includes(id)).map(planRecord)),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, sortById(facts.plans), (plan) => plan.id).map(planRecord)),
    },
    activities: {
      listByPersonIds: async (ids) => ids.map((id) => facts.activities.filter((a) => a.personId === id)),
      listBySourceIds: async (ids) => ids.map((id) => citedBy(id, sortById(facts.activities), (a) => a.id)),
    },
    search: {
      searchEntities: async (input, limit) => {
        const needle = input.toLowerCase();
        const hits = [
          ...facts.people.map((p) => ({ id: p.id, name: p.name, kind: 'Person' as const, names: [p.name, ...p.aliases] })),
          ...facts.organizations.map((o) => ({ id: o.id, name: o.name, kind: 'Organization' as const, names: [o.name, ...o.aliases] })),
        ].filter((hit) => hit.names.some((name) => name.toLowerCase().includes(needle)));
        return hits.slice(0, limit).map(({ id, name, kind }) => ({ id, name, kind, score: 1, misnamedAs: null }));
      },
    },
    counts: {
      countPeople: async () => facts.people.length,
      countOrganizations: async (kind) => facts.organizations.filter((o) => kind === null || o.kind === kind).length,
      countPosts: async (selection) => selected(selection).length,
      countTenures: async (filter) =>
        viewTenures(
          tenureRecords().filter(
            (r) =>
              (filter.personId === null || r.tenure.personId === filter.personId) &&
              (filter.organizationId === null || within(filter.organizationId, r.post.organizationId)) &&
              (filter.roleKey === null || r.role.key === filter.roleKey) &&
              (filter.capacity === null || r.tenure.capacity === filter.capacity),
          ),
          filter.knownOn,
        ).filter(
          (model) =>
            (filter.status === null || statusOf(model.view) === filter.status) &&
            isHeldDuring(model.view, { from: filter.heldFrom, to: filter.heldTo }) &&
            (filter.maxSources === null ||
              countSources(
                knownCitations(
                  facts.citations.filter((c) => c.factId === model.view.id),
                  filter.knownOn,
                ),
              ) <= filter.maxSources),
        ).length,
      countPostStates: async (selection, days, knownOn) =>
        days.map((day) => {
          const counts = { CERTAIN: 0, POSSIBLE: 0, VACANT: 0 };
          for (const post of selected(selection)) counts[stateOn(post, day, knownOn)] += 1;
          return { day, counts };
        }),
      listHeldPostIds: async (selection, day, knownOn, limit) => {
        const held = sortById(selected(selection)).filter((post) => stateOn(post, day, knownOn) !== 'VACANT');
        return [...held.filter((post) => stateOn(post, day, knownOn) === 'CERTAIN'), ...held.filter((post) => stateOn(post, day, knownOn) === 'POSSIBLE')]
          .slice(0, limit)
          .map((post) => post.id);
      },
      countTenureGroups: async (selection, at, knownOn) => {
        const groups = new Map<string, TenureGroupCount>();
        for (const model of knownTenures(selection, knownOn).filter((m) => at === null || certaintyAt(m.view, at) !== null)) {
          const group = {
            roleKey: model.record.role.key,
            status: statusOf(model.view),
            capacity: model.record.tenure.capacity,
            organizationKind: model.record.organization.kind,
          };
          const key = JSON.stringify(group);
          groups.set(key, { ...group, count: (groups.get(key)?.count ?? 0) + 1 });
        }
        return [...groups.values()];
      },
    },
    graph: {
      getVersion: async () => version,
      measureListBounds: async () => {
        const most = <T>(keys: readonly string[], items: readonly T[], keyOf: (item: T) => string | readonly string[]) =>
          Math.max(0, ...keys.map((key) => items.filter((item) => [keyOf(item)].flat().includes(key)).length));
        const organizationIds = facts.organizations.map((o) => o.id);
        return {
          tenuresPerPerson: most(
            facts.people.map((p) => p.id),
            facts.tenures,
            (t) => t.personId,
          ),
          activitiesPerPerson: most(
            facts.people.map((p) => p.id),
            facts.activities,
            (a) => a.personId,
          ),
          tenuresPerPost: most(
            facts.posts.map((p) => p.id),
            facts.tenures,
            (t) => t.postId,
          ),
          postsPerOrganization: most(organizationIds, facts.posts, (p) => p.organizationId),
          unitsPerOrganization: most(organizationIds, facts.organizations, (o) => o.partOfId ?? ''),
          ownersPerOrganization: most(organizationIds, facts.ownerships, (o) => o.ownedId),
          holdingsPerOrganization: most(organizationIds, facts.ownerships, (o) => o.ownerId),
          plansPerConcern: most([...organizationIds, ...facts.posts.map((p) => p.id)], facts.plans, (p) => p.concerns),
          concernsPerPlan: Math.max(0, ...facts.plans.map((p) => p.concerns.length)),
          citationsPerFact: most([...new Set(facts.citations.map((c) => c.factId))], facts.citations, (c) => c.factId),
          citationsPerSource: most(
            facts.sources.map((source) => source.id),
            facts.citations,
            (c) => c.sourceId,
          ),
          roles: facts.roles.length,
          organizationKinds: new Set(facts.organizations.map((o) => o.kind)).size,
        };
      },
    },
  };

  // Every method counts its calls under "<repository>.<method>".
  for (const [repositoryName, repository] of Object.entries(repositories)) {
    for (const [methodName, method] of Object.entries(repository as Record<string, (...args: unknown[]) => unknown>)) {
      (repository as Record<string, unknown>)[methodName] = (...args: unknown[]) => {
        count(`${repositoryName}.${methodName}`);
        return method(...args);
      };
    }
  }
  return { ...repositories, calls };
}
