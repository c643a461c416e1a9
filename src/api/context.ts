import { randomUUID } from 'node:crypto';
import { createLoaders, type Loaders } from './createLoaders.js';
import type { Logger } from './createLogger.js';
import type { Repositories } from './Repositories.js';

/** Built fresh for every request: nothing here is shared between two requests. */
export interface ApiContext {
  requestId: string;
  logger: Logger;
  repositories: Repositories;
  loaders: Loaders;
}

/** Makes the context of one request: its id, a logger that stamps it, and new loaders. */
export function createContext(repositories: Repositories, logger: Logger): ApiContext {
  const requestId = randomUUID();
  return { requestId, logger: logger.child({ requestId }), repositories, loaders: createLoaders(repositories) };
}
