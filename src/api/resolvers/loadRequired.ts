import type DataLoader from 'dataloader';
import { NotFoundError } from '../../domain/errors.js';

/**
 * Loads an entity that the graph says must exist (a tenure's holder, a citation's
 * source); a missing one is a broken graph, reported as NOT_FOUND naming it.
 */
export async function loadRequired<V>(loader: DataLoader<string, V | null>, kind: string, id: string): Promise<V> {
  const value = await loader.load(id);
  if (value === null) throw new NotFoundError(kind, id);
  return value;
}

/** Loads several entities, leaving out the ones that do not exist. */
export async function loadExisting<V>(loader: DataLoader<string, V | null>, ids: readonly string[]): Promise<V[]> {
  const values = await loader.loadMany(ids);
  return values.filter((value): value is V => value !== null && !(value instanceof Error));
}
