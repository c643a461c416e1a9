import { BadUserInputError } from '../../domain/errors.js';
import { maxSeriesDays, seriesDays } from '../../domain/series.js';
import type { TenureGroupCount } from '../../graph/CountRepository.js';
import type { PostSelection } from '../../graph/postSelection.js';
import { clampPageSize, parseRoleKey } from '../arguments.js';
import type { ApiContext } from '../context.js';
import type { CountsModel, SeriesPointModel } from '../countModels.js';
import { decodeCursor, toConnection } from '../cursors.js';
import type { CountGroup, PostFilter, QueryResolvers, Resolvers } from '../generated/graphql.js';
import type { HoldingModel } from '../models.js';
import { holdingsAt, viewTenures } from '../views.js';

/**
 * Counts and time series for dashboards, computed by the database (CountRepository)
 * from the bounds the domain stored on each tenure; the holdings behind a point are
 * decided by the domain, as `holders` decides them.
 */
export const countQueries: Pick<QueryResolvers, 'posts' | 'counts' | 'series'> = {
  posts: async (_root, { first, after, filter }, { repositories }) => {
    const size = clampPageSize('first', first);
    const selection = parsePostFilter(filter);
    const posts = await repositories.posts.listPage({ ...selection, afterId: after == null ? null : decodeCursor('after', 'posts', after), limit: size + 1 });
    return {
      ...toConnection(
        'posts',
        posts.map((post) => ({ ...post, knownOn: null })),
        size,
        (post) => post.post.id,
      ),
      totalCount: () => repositories.counts.countPosts(selection),
    };
  },
  counts: async (_root, { filter, at, knownOn }, { repositories }) => {
    const selection = parsePostFilter(filter);
    const [posts, states, groups] = await Promise.all([
      repositories.counts.countPosts(selection),
      at ? repositories.counts.countPostStates(selection, [at], knownOn ?? null) : Promise.resolve([]),
      repositories.counts.countTenureGroups(selection, at ?? null, knownOn ?? null),
    ]);
    const day = states[0]?.counts;
    return {
      at: at ?? null,
      posts,
      heldCertainly: day?.CERTAIN ?? null,
      heldPossibly: day?.POSSIBLE ?? null,
      vacant: day?.VACANT ?? null,
      ...groupTenures(groups),
    };
  },
  series: async (_root, { from, to, step, filter, knownOn }, { repositories }) => {
    if (from > to) throw new BadUserInputError('to', `a day on or after "from" (${from})`, to);
    const days = seriesDays(from, to, step);
    if (days.length > maxSeriesDays) throw new BadUserInputError('to', `at most ${maxSeriesDays} ${step.toLowerCase()}s after "from" (${from})`, to);
    const selection = parsePostFilter(filter);
    const states = await repositories.counts.countPostStates(selection, days, knownOn ?? null);
    return states.map(({ day, counts }) => ({
      at: day,
      heldCertainly: counts.CERTAIN,
      heldPossibly: counts.POSSIBLE,
      vacant: counts.VACANT,
      selection,
      knownOn: knownOn ?? null,
    }));
  },
};

/** The counting types' fields. */
export const countResolvers: Resolvers = {
  PersonConnection: { totalCount: (connection) => connection.totalCount() },
  OrganizationConnection: { totalCount: (connection) => connection.totalCount() },
  TenureConnection: { totalCount: (connection) => connection.totalCount() },
  VacancyConnection: { totalCount: (connection) => connection.totalCount() },
  PostConnection: { totalCount: (connection) => connection.totalCount() },
  SeriesPoint: {
    holdings: (point, { first }, context) => holdingsOn(point, clampPageSize('first', first), context),
  },
};

/** A `PostFilter` checked: BAD_USER_INPUT for a role that is no role key. */
function parsePostFilter(filter: PostFilter | null | undefined): PostSelection {
  return { organizationId: filter?.organization ?? null, roleKey: filter?.role == null ? null : parseRoleKey('filter.role', filter.role) };
}

/**
 * The holders of the posts held on the point's day, as `holders` answers for each post:
 * the database names the posts (certainly held first, then by id), the domain decides
 * who held each, from the same loader `holders`' tenures come through.
 */
async function holdingsOn(point: SeriesPointModel, limit: number, { repositories, loaders }: ApiContext): Promise<HoldingModel[]> {
  const postIds = await repositories.counts.listHeldPostIds(point.selection, point.at, point.knownOn, limit);
  const perPost = await Promise.all(postIds.map(async (postId) => holdingsAt(viewTenures(await loaders.tenuresByPost.load(postId), point.knownOn), point.at)));
  return perPost.flat();
}

/** The tenure counts of `counts`: the total, and the groups per key, most first. */
function groupTenures(
  groups: readonly TenureGroupCount[],
): Pick<CountsModel, 'tenures' | 'tenuresByRole' | 'tenuresByStatus' | 'tenuresByCapacity' | 'tenuresByOrganizationKind'> {
  const by = (key: (group: TenureGroupCount) => string): CountGroup[] => {
    const totals = new Map<string, number>();
    for (const group of groups) totals.set(key(group), (totals.get(key(group)) ?? 0) + group.count);
    return [...totals].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  };
  return {
    tenures: groups.reduce((sum, group) => sum + group.count, 0),
    tenuresByRole: by((group) => group.roleKey),
    tenuresByStatus: by((group) => group.status),
    tenuresByCapacity: by((group) => group.capacity.toUpperCase()),
    tenuresByOrganizationKind: by((group) => group.organizationKind),
  };
}
