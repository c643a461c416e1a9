import { matchedMisnaming } from '../domain/names.js';
import { matchQualityOf, wordsOf } from '../domain/searchText.js';
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

/**
 * Turns what a user typed into a Lucene query over the name index. The input is cut
 * into words at anything but letters and digits, as names are indexed
 * (`searchTextOf`), so no Lucene syntax survives, and lower-cased, so a typed AND, OR
 * or NOT is a word, not an operator. Every word must match, as a whole word
 * (analysed, so "Württemberg" finds "Wuerttemberg") or as the start of one ("Ben"
 * finds "Benz"), the whole word counting double; or, for several words, all of them
 * run together ("KL digital" finds "KLdigital"). Null when nothing searchable is left.
 */
export function toNameQuery(input: string): string | null {
  const words = wordsOf(input.toLowerCase());
  if (words.length === 0) return null;
  const term = (word: string) => `(${word}^2 OR ${word}*)`;
  const each = words.map(term).join(' AND ');
  return words.length === 1 ? each : `(${each}) OR ${term(words.join(''))}`;
}

/** Candidates read per hit wanted, so that ranking by match quality has enough to choose from. */
const candidatesPerHit = 4;

/** Finds people and organisations by name or alias. */
export class SearchRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * The best `limit` matches for `input`, best first: by how well a name, alias or
   * misprinted name matches (`matchQualityOf`: the exact name, then every word typed as
   * a whole word, then names starting with it, word starts, and the rest, such as a
   * compound's tail), then by the index's score. None when the input holds no word.
   */
  async searchEntities(input: string, limit: number): Promise<SearchHitRecord[]> {
    const query = toNameQuery(input);
    if (query === null) return [];
    const rows = await this.executor.read(searchCypher.entities, { query, limit: toCypherInt(limit * candidatesPerHit) });
    const ranked = rows.map((row) => {
      const names = [String(row.name), ...(row.aliases as string[]).map(String)];
      const misnamings = (row.misnamedAs as string[]).map(String);
      const hit: SearchHitRecord = {
        id: String(row.id),
        name: String(row.name),
        kind: row.kind === 'Person' ? 'Person' : 'Organization',
        score: Number(row.score),
        misnamedAs: matchedMisnaming(input, names, misnamings),
      };
      return { hit, quality: matchQualityOf(input, [...names, ...misnamings]) };
    });
    ranked.sort((a, b) => a.quality - b.quality || b.hit.score - a.hit.score || (a.hit.id < b.hit.id ? -1 : 1));
    return ranked.slice(0, limit).map(({ hit }) => hit);
  }
}
