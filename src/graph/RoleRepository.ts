import type { Role } from '../domain/entities.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toRole } from './readMappers.js';

export const roleCypher = {
  all: {
    name: 'role.all',
    cypher: `
      MATCH (r:Role)
      RETURN ${projectionOf('Role', 'r')} AS role
      ORDER BY r.key`,
  },
} satisfies Record<string, Statement>;

/** Reads the role vocabulary. */
export class RoleRepository {
  constructor(private readonly executor: Executor) {}

  /** Every role, by key. */
  async listAll(): Promise<Role[]> {
    return (await this.executor.read(roleCypher.all)).map((row) => toRole(readProjection('Role', row, 'role')));
  }
}
