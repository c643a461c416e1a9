import type { Person } from '../domain/entities.js';
import { manyPer, onePer, pageParams, type PageRequest } from './batchResults.js';
import { citedBySource } from './CitationRepository.js';
import type { Executor, Statement } from './Executor.js';
import { projectionOf, readProjection } from './projections.js';
import { rowsOf, toPerson } from './readMappers.js';
import { tenuresOfPersonCollected, toTenureRecord, type TenureRecord } from './TenureRepository.js';

export const personCypher = {
  byIds: {
    name: 'person.byIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (p:Person {id: key})
      RETURN key, ${projectionOf('Person', 'p')} AS person`,
  },
  withTenuresByIds: {
    name: 'person.withTenuresByIds',
    cypher: `
      UNWIND $ids AS key
      MATCH (person:Person {id: key})
      RETURN key, ${projectionOf('Person', 'person')} AS person, ${tenuresOfPersonCollected} AS tenures`,
  },
  bySourceIds: {
    name: 'person.bySourceIds',
    cypher: `
      ${citedBySource('p', 'Person')}
      RETURN key, ${projectionOf('Person', 'p')} AS person
      ORDER BY p.name, p.id`,
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

  /** One person with every tenure they held (in id order), or null, per id: one statement for what two loaders would read. */
  async getByIdsWithTenures(ids: readonly string[]): Promise<({ person: Person; tenures: TenureRecord[] } | null)[]> {
    const rows = await this.executor.read(personCypher.withTenuresByIds, { ids });
    return onePer(ids, rows, (row) => ({ person: toPerson(readProjection('Person', row, 'person')), tenures: rowsOf(row, 'tenures').map(toTenureRecord) }));
  }

  /** The people each source states something about, by name. */
  async listBySourceIds(ids: readonly string[]): Promise<Person[][]> {
    const rows = await this.executor.read(personCypher.bySourceIds, { ids });
    return manyPer(ids, rows, (row) => toPerson(readProjection('Person', row, 'person')));
  }

  /** People ordered by id, starting after `afterId`. */
  async listPage(page: PageRequest): Promise<Person[]> {
    const rows = await this.executor.read(personCypher.page, pageParams(page));
    return rows.map((row) => toPerson(readProjection('Person', row, 'person')));
  }
}
