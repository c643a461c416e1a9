import type { IsoDate } from '../../domain/calendar.js';
import { isHeldDuring, statusOf } from '../../domain/temporal.js';
import type { TenureListFilter } from '../../graph/TenureRepository.js';
import { clampPageSize, parsePositive, parseRoleKey } from '../arguments.js';
import { decodeCursor, toConnection } from '../cursors.js';
import type { QueryResolvers, TenureFilter } from '../generated/graphql.js';
import type { TenureModel } from '../models.js';
import type { Repositories } from '../Repositories.js';
import { countSources, knownCitations, viewTenures } from '../views.js';

/**
 * How many tenures one read fetches while filling a page. Conditions on dates and
 * status are decided by the domain after the read, so a page that they thin out
 * takes another read; with this chunk that happens only when they reject most rows.
 */
export const tenureChunk = 200;

const afterId = (after: string | null | undefined, list: 'people' | 'organizations' | 'tenures') =>
  after == null ? null : decodeCursor('after', list, after);

/** The dashboards' paginated lists: keyset pagination on id, one item read past the page. */
export const listResolvers: Pick<QueryResolvers, 'people' | 'organizations' | 'tenures'> = {
  people: async (_root, { first, after }, { repositories }) => {
    const size = clampPageSize('first', first);
    const people = await repositories.people.listPage({ afterId: afterId(after, 'people'), limit: size + 1 });
    return toConnection('people', people, size, (person) => person.id);
  },
  organizations: async (_root, { first, after, kind }, { repositories }) => {
    const size = clampPageSize('first', first);
    const organizations = await repositories.organizations.listPage({ afterId: afterId(after, 'organizations'), limit: size + 1, kind: kind ?? null });
    return toConnection('organizations', organizations, size, (organization) => organization.id);
  },
  tenures: async (_root, { first, after, filter, knownOn }, { repositories }) => {
    const size = clampPageSize('first', first);
    const tenures = await readTenures(repositories, filter ?? {}, afterId(after, 'tenures'), size + 1, knownOn ?? null);
    return toConnection('tenures', tenures, size, (tenure) => tenure.record.tenure.id);
  },
};

/** Reads chunks in id order until `wanted` tenures pass every condition or none are left. */
async function readTenures(
  repositories: Repositories,
  filter: TenureFilter,
  startAfter: string | null,
  wanted: number,
  knownOn: IsoDate | null,
): Promise<TenureModel[]> {
  const structural: TenureListFilter = {
    roleKey: filter.role == null ? null : parseRoleKey('filter.role', filter.role),
    organizationId: filter.organization ?? null,
    personId: filter.person ?? null,
    capacity: filter.capacity == null ? null : (filter.capacity.toLowerCase() as TenureListFilter['capacity']),
  };
  const span = filter.heldDuring ? { from: filter.heldDuring.from ?? null, to: filter.heldDuring.to ?? null } : null;
  const accepts = (tenure: TenureModel) =>
    (filter.status == null || statusOf(tenure.view) === filter.status) && (span === null || isHeldDuring(tenure.view, span));

  const maxSources = filter.maxSourceCount == null ? null : parsePositive('filter.maxSourceCount', filter.maxSourceCount);
  // Counting sources needs the citations: one more read per chunk, and only when asked.
  const withFewSources = async (tenures: TenureModel[]) => {
    if (maxSources === null || tenures.length === 0) return tenures;
    const citations = await repositories.citations.listByFactIds(tenures.map((tenure) => tenure.record.tenure.id));
    return tenures.filter((_tenure, index) => countSources(knownCitations(citations[index] ?? [], knownOn)) <= maxSources);
  };

  const accepted: TenureModel[] = [];
  let cursor = startAfter;
  while (accepted.length < wanted) {
    const records = await repositories.tenures.listPage({ ...structural, afterId: cursor, limit: Math.max(tenureChunk, wanted) });
    accepted.push(...(await withFewSources(viewTenures(records, knownOn).filter(accepts))));
    const last = records.at(-1);
    if (!last || records.length < Math.max(tenureChunk, wanted)) break;
    cursor = last.tenure.id;
  }
  return accepted.slice(0, wanted);
}
