import type { ActivityRepository } from '../graph/ActivityRepository.js';
import type { CitationRepository } from '../graph/CitationRepository.js';
import type { CountRepository } from '../graph/CountRepository.js';
import type { GraphVersionRepository } from '../graph/GraphVersionRepository.js';
import type { OrganizationRepository } from '../graph/OrganizationRepository.js';
import type { OwnershipRepository } from '../graph/OwnershipRepository.js';
import type { PersonRepository } from '../graph/PersonRepository.js';
import type { PlanRepository } from '../graph/PlanRepository.js';
import type { PostRepository } from '../graph/PostRepository.js';
import type { RoleRepository } from '../graph/RoleRepository.js';
import type { SearchRepository } from '../graph/SearchRepository.js';
import type { SourceRepository } from '../graph/SourceRepository.js';
import type { StatsRepository } from '../graph/StatsRepository.js';
import type { TenureRepository } from '../graph/TenureRepository.js';

/**
 * What the API reads, as the public methods of the graph repositories: resolvers and
 * loaders depend on these, so tests hand in fakes and the API never sees the driver.
 * Batch methods answer one entry per key, in key order (DataLoader's contract).
 */
export interface Repositories {
  stats: Pick<StatsRepository, 'get'>;
  people: Pick<PersonRepository, 'getByIds' | 'getByIdsWithTenures' | 'listPage' | 'listBySourceIds'>;
  organizations: Pick<OrganizationRepository, 'getByIds' | 'getByIdsWithStakesIn' | 'listUnitsByParentIds' | 'listPage' | 'listBySourceIds'>;
  posts: Pick<PostRepository, 'getByIds' | 'listByOrganizationIds' | 'listWithTenuresOfRole' | 'listWithTenuresOfRoleAt' | 'listPageWithTenures' | 'listPage'>;
  tenures: Pick<TenureRepository, 'listByPersonIds' | 'listByPostIds' | 'listPage' | 'listBySourceIds'>;
  ownerships: Pick<OwnershipRepository, 'listByOwnedIds' | 'listByOwnerIds' | 'listBySourceIds'>;
  citations: Pick<CitationRepository, 'listByFactIds'>;
  sources: Pick<SourceRepository, 'getByIds'>;
  roles: Pick<RoleRepository, 'listAll'>;
  plans: Pick<PlanRepository, 'listByConcernIds' | 'listBySourceIds'>;
  activities: Pick<ActivityRepository, 'listByPersonIds' | 'listBySourceIds'>;
  search: Pick<SearchRepository, 'searchEntities'>;
  graph: Pick<GraphVersionRepository, 'getVersion' | 'measureListBounds'>;
  counts: Pick<
    CountRepository,
    'countPeople' | 'countOrganizations' | 'countPosts' | 'countTenures' | 'countPostStates' | 'listHeldPostIds' | 'countTenureGroups'
  >;
}
