import type { FactStatus, Interval } from '../domain/temporal.js';
import type { TenureListFilter } from '../graph/TenureRepository.js';
import { parseDateRange, parsePositive, parseRoleKey } from './arguments.js';
import type { TenureFilter } from './generated/graphql.js';

/** A `TenureFilter` checked and split into what Cypher selects by and what the domain decides. */
export interface ParsedTenureFilter {
  structural: TenureListFilter;
  status: FactStatus | null;
  span: Interval | null;
  maxSources: number | null;
}

/** Checks a `TenureFilter` (BAD_USER_INPUT naming the field) and splits it. */
export function parseTenureFilter(filter: TenureFilter): ParsedTenureFilter {
  return {
    structural: {
      roleKey: filter.role == null ? null : parseRoleKey('filter.role', filter.role),
      organizationId: filter.organization ?? null,
      personId: filter.person ?? null,
      capacity: filter.capacity == null ? null : (filter.capacity.toLowerCase() as TenureListFilter['capacity']),
    },
    status: filter.status ?? null,
    span: filter.heldDuring ? parseDateRange('filter.heldDuring', filter.heldDuring) : null,
    maxSources: filter.maxSourceCount == null ? null : parsePositive('filter.maxSourceCount', filter.maxSourceCount),
  };
}
