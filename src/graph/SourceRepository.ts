import type { Source } from '../domain/entities.js';
import { onePer } from './batchResults.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toSource } from './readMappers.js';

export const sourceCypher = {
  byIds: {
    name: 'source.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (s:Source {id: key})
      RETURN key, ${projectionOf('Source', 's')} AS source`,
  },
} satisfies Record<string, Statement>;

/** Reads sources. */
export class SourceRepository {
  constructor(private readonly executor: Executor) {}

  /** One source or null per id, in the order of `ids`. */
  async getByIds(ids: readonly string[]): Promise<(Source | null)[]> {
    return onePer(ids, await this.executor.read(sourceCypher.byIds, { ids }), (row) => toSource(readProjection('Source', row, 'source')));
  }
}
