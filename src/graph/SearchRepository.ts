import { matchedMisnaming } from '../domain/names.js';
import { toCypherInt, type Executor, type Statement } from './Executor.js';

/** A person or organisation whose name or alias matched. */
export interface SearchHitRecord {
  id: string;
  name: string;
  kind: 'Person' | 'Organization';
  score: number;
  /** The wrong name a source printed, when the query matched it and none of the right names. */
  misnamedAs: string | null;
}

export const searchCypher = {
  // The index is named in graphSchema.ts; its analyzer folds umlauts and stems German.
  entities: {
    name: 'search.entities',
    cypher: `
      CALL db.index.fulltext.queryNodes('entityNames', $query) YIELD node, score
      RETURN node.id AS id, node.name AS name, CASE WHEN node:Person THEN 'Person' ELSE 'Organization' END AS kind, score,
             coalesce(node.aliases, []) AS aliases, coalesce(node.misnamedAs, []) AS misnamedAs
      ORDER BY score DESC, id
      LIMIT $limit`,
  },
} satisfies Record<string, Statement>;

// Lucene's query syntax; every one of these is escaped so that user input is only ever words.
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query over the name index: every word must
 * match, either as a whole word (analysed, so "Württemberg" finds "Wuerttemberg") or
 * as the start of one ("Ben" finds "Benz"), the whole word counting double. Returns
 * null when nothing searchable is left.
 */
export function toNameQuery(input: string): string | null {
  // Lower case as the analyzer would, which also keeps a typed AND, OR or NOT from being an operator.
  const words = input
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .map((word) => word.toLowerCase().replace(luceneSpecial, (special) => `\\${special}`));
  if (words.length === 0) return null;
  return words.map((word) => `(${word}^2 OR ${word}*)`).join(' AND ');
}

/** Finds people and organisations by name or alias. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /** The best `limit` matches for `input`, best first; none when it holds no word. */
  async searchEntities(input: string, limit: number): Promise<SearchHitRecord[]> {
    const query = toNameQuery(input);
    if (query === null) return [];
    const rows = await this.executor.read(searchCypher.entities, { query, limit: toCypherInt(limit) });
    return rows.map((row) => {
      const names = [String(row.name), ...(row.aliases as string[]).map(String)];
      return {
        id: String(row.id),
        name: String(row.name),
        kind: row.kind === 'Person' ? 'Person' : 'Organization',
        score: Number(row.score),
        misnamedAs: matchedMisnaming(input, names, (row.misnamedAs as string[]).map(String)),
      };
    });
  }
}
