import { ActivityRepository } from './ActivityRepository.js';
import { CitationRepository } from './CitationRepository.js';
import { CountRepository } from './CountRepository.js';
import type { Executor } from './Executor.js';
import { GraphVersionRepository } from './GraphVersionRepository.js';
import { OrganizationRepository } from './OrganizationRepository.js';
import { OwnershipRepository } from './OwnershipRepository.js';
import { PersonRepository } from './PersonRepository.js';
import { PlanRepository } from './PlanRepository.js';
import { PostRepository } from './PostRepository.js';
import { RoleRepository } from './RoleRepository.js';
import { SearchRepository } from './SearchRepository.js';
import { SourceRepository } from './SourceRepository.js';
import { StatsRepository } from './StatsRepository.js';
import { TenureRepository } from './TenureRepository.js';

/** Every read repository over one executor: what the API is handed at start-up. */
export function createRepositories(executor: Executor) {
  return {
    stats: new StatsRepository(executor),
    people: new PersonRepository(executor),
    organizations: new OrganizationRepository(executor),
    posts: new PostRepository(executor),
    tenures: new TenureRepository(executor),
    ownerships: new OwnershipRepository(executor),
    citations: new CitationRepository(executor),
    sources: new SourceRepository(executor),
    roles: new RoleRepository(executor),
    plans: new PlanRepository(executor),
    activities: new ActivityRepository(executor),
    search: new SearchRepository(executor),
    graph: new GraphVersionRepository(executor),
    counts: new CountRepository(executor),
  };
}
