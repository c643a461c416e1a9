import type { Logger } from './createLogger.js';
import type { Repositories } from './Repositories.js';

/** Built fresh for every request: nothing here is shared between two requests. */
export interface ApiContext {
  requestId: string;
  logger: Logger;
  repositories: Repositories;
}
