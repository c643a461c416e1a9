import type { Executor, Statement } from './Executor.js';

/** Counts of what the graph holds. */
export interface GraphStats {
  people: number;
  organizations: number;
  tenures: number;
  ownerships: number;
  sources: number;
  citations: number;
}

// Each count uses the label's count store: constant time whatever the graph's size.
const countAll: Statement = {
  name: 'stats.countAll',
  cypher: `
    CALL () { MATCH (n:Person) RETURN count(n) AS people }
    CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
    CALL () { MATCH (n:Tenure) RETURN count(n) AS tenures }
    CALL () { MATCH (n:Ownership) RETURN count(n) AS ownerships }
    CALL () { MATCH (n:Source) RETURN count(n) AS sources }
    CALL () { MATCH (n:Citation) RETURN count(n) AS citations }
    RETURN people, organizations, tenures, ownerships, sources, citations`,
};

export const statsCypher = { countAll };

export class StatsRepository {
  constructor(private readonly executor: Executor) {}

  async get(): Promise<GraphStats> {
    const [row] = await this.executor.read(countAll);
    return {
      people: Number(row?.people ?? 0),
      organizations: Number(row?.organizations ?? 0),
      tenures: Number(row?.tenures ?? 0),
      ownerships: Number(row?.ownerships ?? 0),
      sources: Number(row?.sources ?? 0),
      citations: Number(row?.citations ?? 0),
    };
  }
}
