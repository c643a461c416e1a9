import type { Organization, Ownership } from '../domain/entities.js';
import { manyPer } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Row, Statement } from './Executor.js';
import { asColumns, asMap, projectionOf, readProjection } from './projections.js';
import { organizationRecord, toOrganizationRecord } from './organizationRecord.js';
import { propsOf, toOwnership } from './readMappers.js';

/** A stake with the two organisations it links, which every stake field shown needs. */
export interface OwnershipRecord {
  ownership: Ownership;
  owner: Organization;
  owned: Organization;
}

// Ordered before RETURN, where the columns `owner` and `owned` hide the nodes of those names.
const ownershipValues = { ownership: projectionOf('Ownership', 'o'), owner: organizationRecord('owner'), owned: organizationRecord('owned') };
const ownershipColumns = asColumns(ownershipValues);

/**
 * The stakes held in the organisation bound to `owned`, ordered as `listByOwnedIds`
 * orders them, as a list of maps with the columns `toOwnershipRecord` maps: read in the
 * statement that reads the organisation.
 */
export const stakesInCollected = `COLLECT {
        MATCH (owner:Organization)-[:OWNS]->(o:Ownership)-[:STAKE_IN]->(owned)
        WITH owner, o, owned ORDER BY owner.id, o.id
        RETURN ${asMap(ownershipValues)}
      }`;

export const ownershipCypher = {
  byOwnedIds: {
    name: 'ownership.byOwnedIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (owner:Organization)-[:OWNS]->(o:Ownership)-[:STAKE_IN]->(owned:Organization {id: key})
      WITH key, owner, o, owned ORDER BY owner.id, o.id
      RETURN key, ${ownershipColumns}`,
  },
  byOwnerIds: {
    name: 'ownership.byOwnerIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (owner:Organization {id: key})-[:OWNS]->(o:Ownership)-[:STAKE_IN]->(owned:Organization)
      WITH key, owner, o, owned ORDER BY owned.id, o.id
      RETURN key, ${ownershipColumns}`,
  },
  bySourceIds: {
    name: 'ownership.bySourceIds',
    cypher: `
      ${citedBySource('o', 'Ownership')}
      MATCH (owner:Organization)-[:OWNS]->(o)-[:STAKE_IN]->(owned:Organization)
      WITH key, owner, o, owned ORDER BY owner.id, owned.id, o.id
      RETURN key, ${ownershipColumns}`,
  },
} satisfies Record<string, Statement>;

export function toOwnershipRecord(row: Row): OwnershipRecord {
  const owner = toOrganizationRecord(propsOf(row, 'owner'));
  const owned = toOrganizationRecord(propsOf(row, 'owned'));
  return { ownership: toOwnership(readProjection('Ownership', row, 'ownership'), { ownerId: owner.id, ownedId: owned.id }), owner, owned };
}

/** Reads ownership stakes between organisations. */
export class OwnershipRepository {
  constructor(private readonly executor: Executor) {}

  /** The stakes held in each organisation, by id. */
  async listByOwnedIds(ids: readonly string[]): Promise<OwnershipRecord[][]> {
    return manyPer(ids, await this.executor.read(ownershipCypher.byOwnedIds, { ids }), toOwnershipRecord);
  }

  /** The stakes each source states, by owner. */
  async listBySourceIds(ids: readonly string[]): Promise<OwnershipRecord[][]> {
    return manyPer(ids, await this.executor.read(ownershipCypher.bySourceIds, { ids }), toOwnershipRecord);
  }

  /** The stakes each organisation holds, by id. */
  async listByOwnerIds(ids: readonly string[]): Promise<OwnershipRecord[][]> {
    return manyPer(ids, await this.executor.read(ownershipCypher.byOwnerIds, { ids }), toOwnershipRecord);
  }
}
