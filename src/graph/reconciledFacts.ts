import { LRUCache } from 'lru-cache';

/**
 * Remembers the facts reconciled from what the graph stores, so that a fact read again
 * (the same dashboard page polled, the same person in many answers) is not parsed and
 * reconciled again. Reconciling is a pure function of a node's stored text (its
 * `statements`, and what its relationships link it to), so an entry is reused exactly
 * when that text is unchanged, and a seed that changes a fact changes its text: there
 * is nothing to invalidate, and one cache serves every request and repository of the
 * process without carrying anything from one request to another.
 *
 * What it returns is frozen, deeply: the same object goes to every request that reads
 * the fact, so code that changed it in place would change other answers; frozen, such
 * code fails where it writes, in the tests first.
 */

/**
 * How a cache entry's memory is estimated: its input text and the fact reconciled from
 * it take about this many bytes of heap per input character (measured: 44,658 tenures,
 * people and organisations of the medium synthetic graph, 127 MB of heap for 32 million
 * characters, 3.96 per character).
 */
export const bytesPerCharacter = 4;

export interface FactCacheStats {
  hits: number;
  misses: number;
  entries: number;
  /** The estimated bytes of the entries held. */
  bytes: number;
  maxBytes: number;
}

interface Entry {
  input: string;
  fact: unknown;
}

/** Freezes `value` and everything it holds, so that a shared fact cannot be changed in place. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

export class ReconciledFactCache {
  private entries: LRUCache<string, Entry> | null;
  private maxBytes: number;
  private hits = 0;
  private misses = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
    this.entries = ReconciledFactCache.create(maxBytes);
  }

  private static create(maxBytes: number): LRUCache<string, Entry> | null {
    if (maxBytes <= 0) return null;
    return new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.input.length * bytesPerCharacter) });
  }

  /** Starts afresh with a budget of `maxBytes` (0: remember nothing). */
  resize(maxBytes: number): void {
    this.maxBytes = maxBytes;
    this.entries = ReconciledFactCache.create(maxBytes);
  }

  /**
   * The fact of `key` (a label and an id) reconciled from `input`: remembered when the
   * same key was last reconciled from the same input, else `reconcile()`, frozen.
   */
  reconciled<T>(key: string, input: string, reconcile: () => T): T {
    const known = this.entries?.get(key);
    if (known !== undefined && known.input === input) {
      this.hits += 1;
      return known.fact as T;
    }
    this.misses += 1;
    const fact = deepFreeze(reconcile());
    this.entries?.set(key, { input, fact });
    return fact;
  }

  stats(): FactCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0, maxBytes: this.maxBytes };
  }
}

/**
 * The process's one cache of reconciled facts, used by the read mappers; `main.ts` sets
 * its budget from the config. One per process, not per request: its entries are
 * functions of the stored text alone (see above).
 */
export const reconciledFacts = new ReconciledFactCache(256 * 1024 * 1024);
