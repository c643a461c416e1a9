import type { Organization } from '../domain/entities.js';
import { projectionOf, readProjection } from './projections.js';
import { toOrganization, type Props } from './readMappers.js';

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
