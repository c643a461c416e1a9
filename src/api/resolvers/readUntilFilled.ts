/**
 * Fills a page of a list whose conditions only the domain can decide (dates, status,
 * vacancies): reads chunks in id order and keeps what passes, until the page is full,
 * the list ends, or `maxExamined` items were examined. Without that bound, a page of
 * rare items would read the whole graph in one request.
 */
export interface FilledPage<T> {
  items: T[];
  /** The last id examined when reading stopped at `maxExamined` with more to read; null otherwise. */
  stoppedAfter: string | null;
}

export interface FillOptions<R, T> {
  startAfter: string | null;
  /** Items wanted: the page size plus one, to know whether another page follows. */
  wanted: number;
  /** Items per read; at least `wanted` are read at once. */
  chunk: number;
  maxExamined: number;
  /** Reads up to `limit` items after `afterId` (from the start when null), in id order. */
  read: (afterId: string | null, limit: number) => Promise<R[]>;
  idOf: (item: R) => string;
  /** What of one chunk belongs on the page, in order. */
  keep: (items: R[]) => T[] | Promise<T[]>;
}

export async function readUntilFilled<R, T>(options: FillOptions<R, T>): Promise<FilledPage<T>> {
  const chunk = Math.max(options.chunk, options.wanted);
  const items: T[] = [];
  let cursor = options.startAfter;
  let examined = 0;
  while (items.length < options.wanted) {
    const read = await options.read(cursor, chunk);
    items.push(...(await options.keep(read)));
    examined += read.length;
    const last = read.at(-1);
    if (!last || read.length < chunk) break;
    cursor = options.idOf(last);
    if (items.length < options.wanted && examined >= options.maxExamined) return { items, stoppedAfter: cursor };
  }
  return { items: items.slice(0, options.wanted), stoppedAfter: null };
}
