import type { Ownership } from '../domain/entities.js';
import { manyPer } from './batchResults.js';
import type { Executor, Row, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toOwnership } from './readMappers.js';

const ownershipColumns = `${projectionOf('Ownership', 'o')} AS ownership, owner.id AS ownerId, owned.id AS ownedId`;

export const ownershipCypher = {
  byOwnedIds: {
    name: 'ownership.byOwnedIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (owner:Organization)-[:OWNS]->(o:Ownership)-[:STAKE_IN]->(owned:Organization {id: key})
      RETURN key, ${ownershipColumns}
      ORDER BY owner.id, o.id`,
  },
  byOwnerIds: {
    name: 'ownership.byOwnerIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (owner:Organization {id: key})-[:OWNS]->(o:Ownership)-[:STAKE_IN]->(owned:Organization)
      RETURN key, ${ownershipColumns}
      ORDER BY owned.id, o.id`,
  },
} satisfies Record<string, Statement>;

const toRowOwnership = (row: Row) =>
  toOwnership(readProjection('Ownership', row, 'ownership'), { ownerId: String(row.ownerId), ownedId: String(row.ownedId) });

/** Reads ownership stakes between organisations. */
export class OwnershipRepository {
  constructor(private readonly executor: Executor) {}

  /** The stakes held in each organisation, by id. */
  async listByOwnedIds(ids: readonly string[]): Promise<Ownership[][]> {
    return manyPer(ids, await this.executor.read(ownershipCypher.byOwnedIds, { ids }), toRowOwnership);
  }

  /** The stakes each organisation holds, by id. */
  async listByOwnerIds(ids: readonly string[]): Promise<Ownership[][]> {
    return manyPer(ids, await this.executor.read(ownershipCypher.byOwnerIds, { ids }), toRowOwnership);
  }
}
