import type { Citation } from '../domain/entities.js';
import { distinct, manyPer } from './batchResults.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toCitation } from './readMappers.js';

export const citationCypher = {
  // Citations carry the id of the fact they back, so one lookup serves every kind of fact.
  byFactIds: {
    name: 'citation.byFactIds',
    cypher: `
      MATCH (c:Citation)-[:QUOTES]->(s:Source)
      WHERE c.factId IN $ids
      RETURN c.factId AS key, ${projectionOf('Citation', 'c')} AS citation, s.id AS sourceId
      ORDER BY c.knownFrom, s.id, c.startOffset, c.id`,
  },
} satisfies Record<string, Statement>;

/** Reads the quotes that back facts. */
export class CitationRepository {
  constructor(private readonly executor: Executor) {}

  /** The citations of each fact (tenure, ownership, person, …), oldest source first. */
  async listByFactIds(ids: readonly string[]): Promise<Citation[][]> {
    const rows = await this.executor.read(citationCypher.byFactIds, { ids: distinct(ids) });
    return manyPer(ids, rows, (row) => toCitation(readProjection('Citation', row, 'citation'), String(row.sourceId)));
  }
}
