import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The generator's only source of chance: pure-rand's xoroshiro128+, seeded per
 * cluster, so that a cluster's facts depend on the run's seed and the cluster's
 * number only. Any shard can be regenerated alone, and the same seed always gives
 * byte-identical files.
 */
export class Random {
  private readonly rng;

  constructor(seed: number, stream: number) {
    // Mixing the stream into the seed with a large odd multiplier keeps neighbouring clusters unrelated.
    this.rng = xoroshiro128plus((Math.imul(seed, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b)) | 0);
  }

  /** A whole number from `from` to `to`, both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** True with probability `p` (to a millionth). */
  chance(p: number): boolean {
    return this.int(0, 999_999) < p * 1_000_000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[this.int(0, items.length - 1)]!;
  }

  /** One of `weighted`'s values, each as likely as its weight. */
  weighted<T>(weighted: readonly (readonly [T, number])[]): T {
    const total = weighted.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.int(0, total - 1);
    for (const [value, weight] of weighted) {
      if (roll < weight) return value;
      roll -= weight;
    }
    throw new RangeError('Weights must be positive whole numbers.');
  }
}
