import { LRUCache } from 'lru-cache';

/**
 * Remembers the facts reconciled from what the graph stores, so that a fact read again
 * (the same dashboard page polled, the same person in many answers) is not parsed and
 * reconciled again. Reconciling is a pure function of a node's stored statements and of
 * what its relationships link it to, so an entry is reused exactly while both are
 * unchanged: its *version* is the node's `contentHash` (the seeder's fingerprint of every
 * stored property, statements included, rewritten with them) and the ids of its links.
 * A seed that changes a fact changes its version, so there is nothing to invalidate, and
 * one cache serves every request and repository of the process without carrying
 * anything from one request to another. (The graph is written by the seeder; a change
 * by hand that leaves `contentHash` as it was is not seen until the API restarts. A node
 * without a `contentHash` is versioned by everything read of it.)
 *
 * What it returns is frozen, deeply: the same object goes to every request that reads
 * the fact, so code that changed it in place would change other answers; frozen, such
 * code fails where it writes, in the tests first.
 */

/**
 * How a cache entry's memory is estimated: the fact reconciled from statements takes about
 * this many bytes of heap per character of their JSON (measured with the statements' text
 * kept beside each fact: 44,658 tenures, people and organisations of the medium synthetic
 * graph, 127 MB of heap for 32 million characters, 3.96 per character; without the text
 * the estimate errs on the safe side).
 */
export const bytesPerCharacter = 4;

export interface FactCacheStats {
  hits: number;
  misses: number;
  entries: number;
  /** The estimated bytes of the entries held. */
  bytes: number;
}

interface Entry {
  version: string;
  fact: unknown;
  /** The length of the statements' JSON it was reconciled from. */
  characters: number;
}

/** Freezes `value` and everything it holds, so that a shared fact cannot be changed in place. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

export class ReconciledFactCache {
  private entries: LRUCache<string, Entry> | null;
  private hits = 0;
  private misses = 0;

  constructor(maxBytes: number) {
    this.entries = ReconciledFactCache.create(maxBytes);
  }

  private static create(maxBytes: number): LRUCache<string, Entry> | null {
    if (maxBytes <= 0) return null;
    return new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entry.characters * bytesPerCharacter) });
  }

  /** Starts afresh with a budget of `maxBytes` (0: remember nothing). */
  resize(maxBytes: number): void {
    this.entries = ReconciledFactCache.create(maxBytes);
  }

  /** The fact of `key` (a label and an id) as last reconciled, if that was of `version`; counted as a hit. */
  get<T>(key: string, version: string): T | undefined {
    const known = this.entries?.get(key);
    if (known === undefined || known.version !== version) return undefined;
    this.hits += 1;
    return known.fact as T;
  }

  /**
   * Remembers `fact`, just reconciled from `characters` characters of statements, as
   * `key`'s of `version` (counted as a miss); returns it frozen.
   */
  remember<T>(key: string, version: string, characters: number, fact: T): T {
    this.misses += 1;
    deepFreeze(fact);
    this.entries?.set(key, { version, fact, characters });
    return fact;
  }

  /** The fact of `key` of `version`: remembered, or `reconcile()`d from `characters` characters of statements and remembered. */
  reconciled<T>(key: string, version: string, characters: number, reconcile: () => T): T {
    return this.get<T>(key, version) ?? this.remember(key, version, characters, reconcile());
  }

  /** What `read` returns, and how many facts it found in the cache (`read` must not wait: no other request may count meanwhile). */
  countingHits<T>(read: () => T): { result: T; hits: number } {
    const before = this.hits;
    const result = read();
    return { result, hits: this.hits - before };
  }

  stats(): FactCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries?.size ?? 0, bytes: this.entries?.calculatedSize ?? 0 };
  }
}

/**
 * The process's one cache of reconciled facts, used by the read mappers; `main.ts` sets
 * its budget from the config. One per process, not per request: its entries are
 * functions of what the graph stores alone (see above).
 */
export const reconciledFacts = new ReconciledFactCache(256 * 1024 * 1024);
