import { BadUserInputError } from '../domain/errors.js';

/**
 * Opaque keyset cursors: the list's name and the id of the last item seen, in
 * base64url. Clients must not build them; the list name stops a cursor of one list
 * from being used on another.
 */

export type CursorList = 'people' | 'organizations' | 'tenures' | 'vacancies' | 'posts';

export function encodeCursor(list: CursorList, id: string): string {
  return Buffer.from(JSON.stringify([list, id]), 'utf8').toString('base64url');
}

/** The id inside a cursor of `list`; BAD_USER_INPUT naming `argument` for anything else. */
export function decodeCursor(argument: string, list: CursorList, cursor: string): string {
  const invalid = () => new BadUserInputError(argument, `an endCursor returned by ${list}`, cursor);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2 || decoded[0] !== list || typeof decoded[1] !== 'string') throw invalid();
  return decoded[1];
}

/**
 * One page of a connection, from items read one past the page size. `stoppedAfter` is
 * the id where reading stopped short of the page with more left to read: the page then
 * has a next page, and its `endCursor` continues from there.
 */
export function toConnection<T>(list: CursorList, items: readonly T[], first: number, idOf: (item: T) => string, stoppedAfter: string | null = null) {
  const edges = items.slice(0, first).map((node) => ({ cursor: encodeCursor(list, idOf(node)), node }));
  const full = items.length > first;
  return {
    edges,
    pageInfo: {
      hasNextPage: full || stoppedAfter !== null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: !full && stoppedAfter !== null ? encodeCursor(list, stoppedAfter) : (edges.at(-1)?.cursor ?? null),
    },
  };
}
