import type { Organization } from '../domain/entities.js';
import { manyPer, onePer, pageParams, type PageRequest } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Row, Statement } from './Executor.js';
import { organizationRecord, toOrganizationRecord } from './organizationRecord.js';
import { stakesInCollected, toOwnershipRecord, type OwnershipRecord } from './OwnershipRepository.js';
import { propsOf, rowsOf } from './readMappers.js';

const organizationColumns = `${organizationRecord('o')} AS record`;

export const organizationCypher = {
  byIds: {
    name: 'organization.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (o:Organization {id: key})
      RETURN key, ${organizationColumns}`,
  },
  withStakesInByIds: {
    name: 'organization.withStakesInByIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (owned:Organization {id: key})
      RETURN key, ${organizationRecord('owned')} AS record, ${stakesInCollected} AS stakes`,
  },
  unitsByParentIds: {
    name: 'organization.unitsByParentIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (o:Organization)-[:PART_OF]->(:Organization {id: key})
      RETURN key, ${organizationColumns}
      ORDER BY o.name, o.id`,
  },
  bySourceIds: {
    name: 'organization.bySourceIds',
    cypher: `
      ${citedBySource('o', 'Organization')}
      RETURN key, ${organizationColumns}
      ORDER BY o.name, o.id`,
  },
  page: {
    name: 'organization.page',
    cypher: `
      MATCH (o:Organization)
      WHERE o.id > $afterId AND ($kind IS NULL OR o.kind = $kind)
      RETURN ${organizationColumns}
      ORDER BY o.id
      LIMIT $limit`,
  },
} satisfies Record<string, Statement>;

const toRowOrganization = (row: Row) => toOrganizationRecord(propsOf(row, 'record'));

/** Reads organisations. */
export class OrganizationRepository {
  constructor(private readonly executor: Executor) {}

  /** One organisation or null per id, in the order of `ids`. */
  async getByIds(ids: readonly string[]): Promise<(Organization | null)[]> {
    return onePer(ids, await this.executor.read(organizationCypher.byIds, { ids }), toRowOrganization);
  }

  /** One organisation with the stakes held in it, or null, per id: one statement for what two loaders would read. */
  async getByIdsWithStakesIn(ids: readonly string[]): Promise<({ organization: Organization; stakes: OwnershipRecord[] } | null)[]> {
    const rows = await this.executor.read(organizationCypher.withStakesInByIds, { ids });
    return onePer(ids, rows, (row) => ({ organization: toRowOrganization(row), stakes: rowsOf(row, 'stakes').map(toOwnershipRecord) }));
  }

  /** The direct units of each parent, by name. */
  async listUnitsByParentIds(ids: readonly string[]): Promise<Organization[][]> {
    return manyPer(ids, await this.executor.read(organizationCypher.unitsByParentIds, { ids }), toRowOrganization);
  }

  /** The organisations each source states something about, by name. */
  async listBySourceIds(ids: readonly string[]): Promise<Organization[][]> {
    return manyPer(ids, await this.executor.read(organizationCypher.bySourceIds, { ids }), toRowOrganization);
  }

  /** Organisations ordered by id, starting after `afterId`, optionally of one kind. */
  async listPage(page: PageRequest & { kind: string | null }): Promise<Organization[]> {
    const rows = await this.executor.read(organizationCypher.page, { ...pageParams(page), kind: page.kind });
    return rows.map(toRowOrganization);
  }
}
