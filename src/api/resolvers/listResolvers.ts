import type { IsoDate } from '../../domain/calendar.js';
import { isHeldDuring, statusOf } from '../../domain/temporal.js';
import type { TenureListFilter } from '../../graph/TenureRepository.js';
import { clampPageSize, parseDateRange, parsePositive, parseRoleKey } from '../arguments.js';
import { decodeCursor, toConnection, type CursorList } from '../cursors.js';
import type { QueryResolvers, TenureFilter } from '../generated/graphql.js';
import type { TenureModel } from '../models.js';
import type { Repositories } from '../Repositories.js';
import { countSources, knownCitations, vacancyAt, viewTenures } from '../views.js';
import { readUntilFilled, type FilledPage } from './readUntilFilled.js';

/**
 * How many tenures one read fetches while filling a page. Conditions on dates and
 * status are decided by the domain after the read, so a page that they thin out
 * takes another read; with this chunk that happens only when they reject most rows.
 */
export const tenureChunk = 200;

/**
 * The most tenures one request examines (see `readUntilFilled`): when the date, status
 * or source conditions reject nearly all of them, the page ends short, `hasNextPage`
 * is true, and `endCursor` continues after the last tenure examined.
 */
export const maxTenuresExamined = 5_000;

/** Posts per read while looking for vacancies, and the most one request examines. */
export const postChunk = 200;
export const maxPostsExamined = 2_000;

const afterId = (after: string | null | undefined, list: CursorList) =>
  after == null ? null : decodeCursor('after', list, after);

/** The dashboards' paginated lists: keyset pagination on id, one item read past the page. */
export const listResolvers: Pick<QueryResolvers, 'people' | 'organizations' | 'tenures' | 'vacancies'> = {
  people: async (_root, { first, after }, { repositories }) => {
    const size = clampPageSize('first', first);
    const people = await repositories.people.listPage({ afterId: afterId(after, 'people'), limit: size + 1 });
    return toConnection('people', people.map((person) => ({ ...person, knownOn: null })), size, (person) => person.id);
  },
  organizations: async (_root, { first, after, kind }, { repositories }) => {
    const size = clampPageSize('first', first);
    const organizations = await repositories.organizations.listPage({ afterId: afterId(after, 'organizations'), limit: size + 1, kind: kind ?? null });
    return toConnection('organizations', organizations.map((organization) => ({ ...organization, knownOn: null })), size, (organization) => organization.id);
  },
  tenures: async (_root, { first, after, filter, knownOn }, { repositories }) => {
    const size = clampPageSize('first', first);
    const { items, stoppedAfter } = await readTenures(repositories, filter ?? {}, afterId(after, 'tenures'), size + 1, knownOn ?? null);
    return toConnection('tenures', items, size, (tenure) => tenure.view.id, stoppedAfter);
  },
  vacancies: async (_root, { at, organization, knownOn, first, after }, { repositories }) => {
    const size = clampPageSize('first', first);
    const { items, stoppedAfter } = await readUntilFilled({
      startAfter: afterId(after, 'vacancies'),
      wanted: size + 1,
      chunk: postChunk,
      maxExamined: maxPostsExamined,
      read: (afterPost, limit) => repositories.posts.listPageWithTenures({ organizationId: organization ?? null, afterId: afterPost, limit }),
      idOf: (post) => post.post.id,
      keep: (posts) => posts.flatMap((post) => vacancyAt(post, at, knownOn ?? null) ?? []),
    });
    return toConnection('vacancies', items, size, (vacancy) => vacancy.post.post.id, stoppedAfter);
  },
};

/** Reads tenures in id order until `wanted` pass every condition; see `readUntilFilled`. */
async function readTenures(
  repositories: Repositories,
  filter: TenureFilter,
  startAfter: string | null,
  wanted: number,
  knownOn: IsoDate | null,
): Promise<FilledPage<TenureModel>> {
  const structural: TenureListFilter = {
    roleKey: filter.role == null ? null : parseRoleKey('filter.role', filter.role),
    organizationId: filter.organization ?? null,
    personId: filter.person ?? null,
    capacity: filter.capacity == null ? null : (filter.capacity.toLowerCase() as TenureListFilter['capacity']),
  };
  const span = filter.heldDuring ? parseDateRange('filter.heldDuring', filter.heldDuring) : null;
  const accepts = (tenure: TenureModel) =>
    (filter.status == null || statusOf(tenure.view) === filter.status) && (span === null || isHeldDuring(tenure.view, span));

  const maxSources = filter.maxSourceCount == null ? null : parsePositive('filter.maxSourceCount', filter.maxSourceCount);
  // Counting sources needs the citations: one more read per chunk, and only when asked.
  const withFewSources = async (tenures: TenureModel[]) => {
    if (maxSources === null || tenures.length === 0) return tenures;
    const citations = await repositories.citations.listByFactIds(tenures.map((tenure) => tenure.view.id));
    return tenures.filter((_tenure, index) => countSources(knownCitations(citations[index] ?? [], knownOn)) <= maxSources);
  };

  return readUntilFilled({
    startAfter,
    wanted,
    chunk: tenureChunk,
    maxExamined: maxTenuresExamined,
    read: (afterId, limit) => repositories.tenures.listPage({ ...structural, afterId, limit }),
    idOf: (record) => record.tenure.id,
    keep: (records) => withFewSources(viewTenures(records, knownOn).filter(accepts)),
  });
}
