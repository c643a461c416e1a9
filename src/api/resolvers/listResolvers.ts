import type { IsoDate } from '../../domain/calendar.js';
import { isHeldDuring, statusOf } from '../../domain/temporal.js';
import { clampPageSize } from '../arguments.js';
import { decodeCursor, toConnection, type CursorList } from '../cursors.js';
import type { QueryResolvers } from '../generated/graphql.js';
import type { TenureModel } from '../models.js';
import type { Repositories } from '../Repositories.js';
import { parseTenureFilter, type ParsedTenureFilter } from '../tenureFilter.js';
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

const afterId = (after: string | null | undefined, list: CursorList) => (after == null ? null : decodeCursor('after', list, after));

/** The dashboards' paginated lists: keyset pagination on id, one item read past the page. */
export const listResolvers: Pick<QueryResolvers, 'people' | 'organizations' | 'tenures' | 'vacancies'> = {
  people: async (_root, { first, after }, { repositories }) => {
    const size = clampPageSize('first', first);
    const people = await repositories.people.listPage({ afterId: afterId(after, 'people'), limit: size + 1 });
    return {
      ...toConnection(
        'people',
        people.map((person) => ({ ...person, knownOn: null })),
        size,
        (person) => person.id,
      ),
      totalCount: () => repositories.counts.countPeople(),
    };
  },
  organizations: async (_root, { first, after, kind }, { repositories }) => {
    const size = clampPageSize('first', first);
    const organizations = await repositories.organizations.listPage({ afterId: afterId(after, 'organizations'), limit: size + 1, kind: kind ?? null });
    return {
      ...toConnection(
        'organizations',
        organizations.map((organization) => ({ ...organization, knownOn: null })),
        size,
        (organization) => organization.id,
      ),
      totalCount: () => repositories.counts.countOrganizations(kind ?? null),
    };
  },
  tenures: async (_root, { first, after, filter, knownOn }, { repositories }) => {
    const size = clampPageSize('first', first);
    const parsed = parseTenureFilter(filter ?? {});
    const { items, stoppedAfter } = await readTenures(repositories, parsed, afterId(after, 'tenures'), size + 1, knownOn ?? null);
    return {
      ...toConnection('tenures', items, size, (tenure) => tenure.view.id, stoppedAfter),
      totalCount: () =>
        repositories.counts.countTenures({
          ...parsed.structural,
          status: parsed.status,
          heldFrom: parsed.span?.from ?? null,
          heldTo: parsed.span?.to ?? null,
          maxSources: parsed.maxSources,
          knownOn: knownOn ?? null,
        }),
    };
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
    return {
      ...toConnection('vacancies', items, size, (vacancy) => vacancy.post.post.id, stoppedAfter),
      totalCount: async () => {
        const [day] = await repositories.counts.countPostStates({ organizationId: organization ?? null, roleKey: null }, [at], knownOn ?? null);
        return day?.counts.VACANT ?? 0;
      },
    };
  },
};

/** Reads tenures in id order until `wanted` pass every condition; see `readUntilFilled`. */
async function readTenures(
  repositories: Repositories,
  filter: ParsedTenureFilter,
  startAfter: string | null,
  wanted: number,
  knownOn: IsoDate | null,
): Promise<FilledPage<TenureModel>> {
  const { structural, status, span, maxSources } = filter;
  const accepts = (tenure: TenureModel) => (status === null || statusOf(tenure.view) === status) && (span === null || isHeldDuring(tenure.view, span));

  // Counting sources needs the citations: one more read per chunk, and only when asked.
  const withFewSources = async (tenures: TenureModel[]) => {
    if (maxSources === null || tenures.length === 0) return tenures;
    const citations = await repositories.citations.listByFactIds(tenures.map((tenure) => tenure.view.id));
    return tenures.filter((_tenure, index) => countSources(knownCitations(citations[index] ?? [], knownOn)) <= maxSources);
  };

  // Without date, status, source or knowledge conditions every row read is kept: read no more than the page.
  const keepsEveryRow = status === null && span === null && maxSources === null && knownOn === null;
  return readUntilFilled({
    startAfter,
    wanted,
    chunk: keepsEveryRow ? wanted : tenureChunk,
    maxExamined: maxTenuresExamined,
    read: (afterId, limit) => repositories.tenures.listPage({ ...structural, afterId, limit }),
    idOf: (record) => record.tenure.id,
    keep: (records) => withFewSources(viewTenures(records, knownOn).filter(accepts)),
  });
}
