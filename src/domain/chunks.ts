/**
 * Splits `items` into consecutive slices of `size` (the last one may be shorter), in
 * order: the batches of a write, the groups of shards of a bulk seed.
 */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isSafeInteger(size) || size < 1) throw new RangeError(`A chunk holds at least one item; got a size of ${size}.`);
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  return slices;
}
