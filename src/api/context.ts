import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './createLoaders.js';
import type { Logger } from './createLogger.js';
import { unknownGraphState, type GraphState } from './GraphStateCache.js';
import type { Repositories } from './Repositories.js';

/** Built fresh for every request: nothing here is shared between two requests. */
export interface ApiContext {
  requestId: string;
  logger: Logger;
  repositories: Repositories;
  loaders: Loaders;
  /** The graph's version and list bounds as the request found them. */
  graph: GraphState;
}

/** Makes the context of one request: its id, a logger that stamps it, new loaders, and the graph state it is answered against. */
export function createContext(repositories: Repositories, logger: Logger, graph: GraphState = unknownGraphState): ApiContext {
  const requestId = randomUUID();
  return { requestId, logger: logger.child({ requestId }), repositories, loaders: createLoaders(repositories), graph };
}
