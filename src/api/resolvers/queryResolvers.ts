import { parseRoleKey, parseSearchText } from '../arguments.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { holdingsAmongReaching, holdingsAt, organizationAt, personAt, successionOf, viewTenures } from '../views.js';
import { selectsField } from '../selection.js';
import { listResolvers } from './listResolvers.js';

/** The most hits a search returns. */
export const maxSearchHits = 50;

/** The root fields: one read each, the temporal decisions made by the domain. */
export const queryResolvers: QueryResolvers = {
  // A person asked with their tenures, an organisation with its owners: one statement, not two.
  person: async (_root, { id, knownOn }, { loaders }, info) => {
    const person = await (selectsField(info, 'Person', 'tenures') ? loaders.personWithTenures : loaders.person).load(id);
    return person && personAt(person, knownOn ?? null);
  },
  organization: async (_root, { id, knownOn }, { loaders }, info) => {
    const organization = await (selectsField(info, 'Organization', 'owners') ? loaders.organizationWithOwners : loaders.organization).load(id);
    return organization && organizationAt(organization, knownOn ?? null);
  },
  post: async (_root, { id }, { loaders }) => {
    const post = await loaders.post.load(id);
    return post && { ...post, knownOn: null };
  },
  source: (_root, { id }, { loaders }) => loaders.source.load(id),
  search: (_root, { query, first }, { repositories }) =>
    repositories.search.searchEntities(parseSearchText('query', query), Math.min(Math.max(first, 1), maxSearchHits)),
  // Reads only the tenures that can reach the day; the whole post only when their order needs it (rare).
  holders: async (_root, { organization, role, at, knownOn }, { repositories }) => {
    const roleKey = parseRoleKey('role', role);
    const reaching = await repositories.posts.listWithTenuresOfRoleAt(organization, roleKey, at, knownOn ?? null);
    const holdings = holdingsAmongReaching(
      viewTenures(
        reaching.flatMap((post) => post.tenures),
        knownOn ?? null,
      ),
      at,
    );
    if (holdings) return holdings;
    const posts = await repositories.posts.listWithTenuresOfRole(organization, roleKey);
    return holdingsAt(
      viewTenures(
        posts.flatMap((post) => post.tenures),
        knownOn ?? null,
      ),
      at,
    );
  },
  succession: async (_root, { organization, role, knownOn }, { repositories }) => {
    const posts = await repositories.posts.listWithTenuresOfRole(organization, parseRoleKey('role', role));
    const [first] = posts;
    if (!first) return null;
    const steps = successionOf(
      viewTenures(
        posts.flatMap((post) => post.tenures),
        knownOn ?? null,
      ),
    );
    return { organizationId: organization, role: first.role, steps, knownOn: knownOn ?? null };
  },
  roles: (_root, _args, { repositories }) => repositories.roles.listAll(),
  stats: (_root, _args, { repositories }) => repositories.stats.get(),
  ...listResolvers,
};
