import type { Activity } from '../domain/entities.js';
import { manyPer } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toActivity } from './readMappers.js';

export const activityCypher = {
  byPersonIds: {
    name: 'activity.byPersonIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (:Person {id: key})-[:ENGAGED_IN]->(a:Activity)
      RETURN key, ${projectionOf('Activity', 'a')} AS activity
      ORDER BY a.id`,
  },
  bySourceIds: {
    name: 'activity.bySourceIds',
    cypher: `
      ${citedBySource('a', 'Activity')}
      MATCH (person:Person)-[:ENGAGED_IN]->(a)
      RETURN key, person.id AS personId, ${projectionOf('Activity', 'a')} AS activity
      ORDER BY a.id`,
  },
} satisfies Record<string, Statement>;

/** Reads what people do outside the organisations in the graph. */
export class ActivityRepository {
  constructor(private readonly executor: Executor) {}

  /** The activities of each person, by id. */
  async listByPersonIds(ids: readonly string[]): Promise<Activity[][]> {
    const rows = await this.executor.read(activityCypher.byPersonIds, { ids });
    return manyPer(ids, rows, (row) => toActivity(readProjection('Activity', row, 'activity'), String(row.key)));
  }

  /** The activities each source states, by id. */
  async listBySourceIds(ids: readonly string[]): Promise<Activity[][]> {
    const rows = await this.executor.read(activityCypher.bySourceIds, { ids });
    return manyPer(ids, rows, (row) => toActivity(readProjection('Activity', row, 'activity'), String(row.personId)));
  }
}
