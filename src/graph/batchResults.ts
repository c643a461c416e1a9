import { toCypherInt, type Row } from './Executor.js';

/**
 * Batch reads answer in DataLoader's contract: one entry per requested key, in the
 * order of the keys, whatever order Neo4j returned the rows in.
 */

/** One value or null per key: for lookups by id, where a key may name nothing. */
export function onePer<T>(keys: readonly string[], rows: readonly Row[], map: (row: Row) => T): (T | null)[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(String(row.key), map(row));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** A list per key, empty when nothing belongs to it; rows keep their order within a key. */
export function manyPer<T>(keys: readonly string[], rows: readonly Row[], map: (row: Row) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) {
    const key = String(row.key);
    const list = byKey.get(key) ?? [];
    list.push(map(row));
    byKey.set(key, list);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The distinct keys of a batch: DataLoader dedupes within a batch, direct callers may not. */
export function distinct(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

/**
 * A page of an id-ordered list; callers read one item past the page to know whether
 * more follow. The statements compare `id > $afterId` with '' for the first page (every
 * id sorts after it; `pageParams` sends it), so the key index serves the range and its
 * order and the read stops at the page: `$afterId IS NULL OR …` would make the planner
 * scan the label and sort.
 */
export interface PageRequest {
  /** Only items whose id sorts after this one; null from the start. */
  afterId: string | null;
  limit: number;
}

/** The `$afterId` and `$limit` parameters of a page statement: '' for the first page, `LIMIT` as an integer. */
export function pageParams(page: PageRequest): { afterId: string; limit: ReturnType<typeof toCypherInt> } {
  return { afterId: page.afterId ?? '', limit: toCypherInt(page.limit) };
}
