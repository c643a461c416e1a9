import type { Plan } from '../domain/entities.js';
import { manyPer } from './batchResults.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toPlan } from './readMappers.js';

/** A plan with what it concerns split by kind, since ids alone do not say whether they name a post. */
export interface PlanRecord {
  plan: Plan;
  organizationIds: string[];
  postIds: string[];
}

export const planCypher = {
  byConcernIds: {
    name: 'plan.byConcernIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (plan:Plan)-[:CONCERNS]->(target {id: key})
      WHERE target:Organization OR target:Post
      WITH key, plan ORDER BY plan.id
      RETURN key, ${projectionOf('Plan', 'plan')} AS plan,
             [(plan)-[:CONCERNS]->(o:Organization) | o.id] AS organizationIds,
             [(plan)-[:CONCERNS]->(p:Post) | p.id] AS postIds`,
  },
} satisfies Record<string, Statement>;

/** Reads plans. */
export class PlanRepository {
  constructor(private readonly executor: Executor) {}

  /** The plans concerning each organisation or post, by id. */
  async listByConcernIds(ids: readonly string[]): Promise<PlanRecord[][]> {
    const rows = await this.executor.read(planCypher.byConcernIds, { ids });
    return manyPer(ids, rows, (row) => {
      const organizationIds = (row.organizationIds as string[]).map(String);
      const postIds = (row.postIds as string[]).map(String);
      return { plan: toPlan(readProjection('Plan', row, 'plan')), organizationIds, postIds };
    });
  }
}
