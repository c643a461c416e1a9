import type { Organization } from '../domain/entities.js';
import { manyPer, onePer, pageParams, type PageRequest } from './batchResults.js';
import type { Executor, Row, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { propsOf, toOrganization, type Props } from './readMappers.js';

/**
 * The organisation bound to `variable` as reads return it, under `organization` (its
 * parent's id is one of its sources' claims, reconciled like the rest).
 * `toOrganizationRecord` maps it.
 */
export function organizationRecord(variable: string): string {
  return `{organization: ${projectionOf('Organization', variable)}}`;
}

/** Maps an `organizationRecord`. */
export function toOrganizationRecord(record: Props): Organization {
  return toOrganization(readProjection('Organization', record, 'organization'));
}

const organizationColumns = `${organizationRecord('o')} AS record`;

export const organizationCypher = {
  byIds: {
    name: 'organization.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (o:Organization {id: key})
      RETURN key, ${organizationColumns}`,
  },
  unitsByParentIds: {
    name: 'organization.unitsByParentIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (o:Organization)-[:PART_OF]->(:Organization {id: key})
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

  /** The direct units of each parent, by name. */
  async listUnitsByParentIds(ids: readonly string[]): Promise<Organization[][]> {
    return manyPer(ids, await this.executor.read(organizationCypher.unitsByParentIds, { ids }), toRowOrganization);
  }

  /** Organisations ordered by id, starting after `afterId`, optionally of one kind. */
  async listPage(page: PageRequest & { kind: string | null }): Promise<Organization[]> {
    const rows = await this.executor.read(organizationCypher.page, { ...pageParams(page), kind: page.kind });
    return rows.map(toRowOrganization);
  }
}
