import type { GraphStats } from '../graph/StatsRepository.js';

/**
 * What the API reads, as interfaces: resolvers depend on these, so tests can hand
 * in fakes and the API never sees the driver.
 */
export interface Repositories {
  stats: { get(): Promise<GraphStats> };
}
