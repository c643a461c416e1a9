import type { Person } from '../domain/entities.js';
import { onePer, pageParams, type PageRequest } from './batchResults.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { toPerson } from './readMappers.js';

export const personCypher = {
  byIds: {
    name: 'person.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (p:Person {id: key})
      RETURN key, ${projectionOf('Person', 'p')} AS person`,
  },
  page: {
    name: 'person.page',
    cypher: `
      MATCH (p:Person)
      WHERE p.id > $afterId
      RETURN ${projectionOf('Person', 'p')} AS person
      ORDER BY p.id
      LIMIT $limit`,
  },
} satisfies Record<string, Statement>;

/** Reads people. */
export class PersonRepository {
  constructor(private readonly executor: Executor) {}

  /** One person or null per id, in the order of `ids`. */
  async getByIds(ids: readonly string[]): Promise<(Person | null)[]> {
    const rows = await this.executor.read(personCypher.byIds, { ids });
    return onePer(ids, rows, (row) => toPerson(readProjection('Person', row, 'person')));
  }

  /** People ordered by id, starting after `afterId`. */
  async listPage(page: PageRequest): Promise<Person[]> {
    const rows = await this.executor.read(personCypher.page, pageParams(page));
    return rows.map((row) => toPerson(readProjection('Person', row, 'person')));
  }
}
