import type { ApiContext } from './context.js';

/** Thin resolvers: each asks a repository or a loader and returns what it gets. */
export const resolvers = {
  Query: {
    stats: (_parent: unknown, _args: unknown, context: ApiContext) => context.repositories.stats.get(),
  },
};
