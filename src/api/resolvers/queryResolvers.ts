import { parseRoleKey, parseSearchText } from '../arguments.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { holdingsAt, successionOf, viewTenures } from '../views.js';
import { listResolvers } from './listResolvers.js';

/** The most hits a search returns. */
export const maxSearchHits = 50;

/** The root fields: one read each, the temporal decisions made by the domain. */
export const queryResolvers: QueryResolvers = {
  person: (_root, { id }, { loaders }) => loaders.person.load(id),
  organization: (_root, { id }, { loaders }) => loaders.organization.load(id),
  post: (_root, { id }, { loaders }) => loaders.post.load(id),
  source: (_root, { id }, { loaders }) => loaders.source.load(id),
  search: (_root, { query, first }, { repositories }) =>
    repositories.search.searchEntities(parseSearchText('query', query), Math.min(Math.max(first, 1), maxSearchHits)),
  holders: async (_root, { organization, role, at, knownOn }, { repositories }) => {
    const posts = await repositories.posts.listWithTenuresOfRole(organization, parseRoleKey('role', role));
    return holdingsAt(viewTenures(posts.flatMap((post) => post.tenures), knownOn ?? null), at);
  },
  succession: async (_root, { organization, role, knownOn }, { repositories }) => {
    const posts = await repositories.posts.listWithTenuresOfRole(organization, parseRoleKey('role', role));
    const [first] = posts;
    if (!first) return null;
    const steps = successionOf(viewTenures(posts.flatMap((post) => post.tenures), knownOn ?? null));
    return { organizationId: organization, role: first.role, steps };
  },
  roles: (_root, _args, { repositories }) => repositories.roles.listAll(),
  stats: (_root, _args, { repositories }) => repositories.stats.get(),
  ...listResolvers,
};
