import type { Plan } from '../domain/entities.js';
import { manyPer } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Row, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toPlan } from './readMappers.js';

/** A plan with what it concerns split by kind, since ids alone do not say whether they name a post. */
export interface PlanRecord {
  plan: Plan;
  organizationIds: string[];
  postIds: string[];
}

const planColumns = `${projectionOf('Plan', 'plan')} AS plan,
             [(plan)-[:CONCERNS]->(o:Organization) | o.id] AS organizationIds,
             [(plan)-[:CONCERNS]->(p:Post) | p.id] AS postIds`;

export const planCypher = {
  byConcernIds: {
    name: 'plan.byConcernIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (plan:Plan)-[:CONCERNS]->(target {id: key})
      WHERE target:Organization OR target:Post
      WITH key, plan ORDER BY plan.id
      RETURN key, ${planColumns}`,
  },
  bySourceIds: {
    name: 'plan.bySourceIds',
    cypher: `
      ${citedBySource('plan', 'Plan')}
      ORDER BY plan.id
      RETURN key, ${planColumns}`,
  },
} satisfies Record<string, Statement>;

function toPlanRecord(row: Row): PlanRecord {
  const organizationIds = (row.organizationIds as string[]).map(String);
  const postIds = (row.postIds as string[]).map(String);
  return { plan: toPlan(readProjection('Plan', row, 'plan')), organizationIds, postIds };
}

/** Reads plans. */
export class PlanRepository {
  constructor(private readonly executor: Executor) {}

  /** The plans concerning each organisation or post, by id. */
  async listByConcernIds(ids: readonly string[]): Promise<PlanRecord[][]> {
    return manyPer(ids, await this.executor.read(planCypher.byConcernIds, { ids }), toPlanRecord);
  }

  /** The plans each source states, by id. */
  async listBySourceIds(ids: readonly string[]): Promise<PlanRecord[][]> {
    return manyPer(ids, await this.executor.read(planCypher.bySourceIds, { ids }), toPlanRecord);
  }
}
