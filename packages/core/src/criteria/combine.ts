/**
 * The combination of the criteria's matches into one result per product: the fit score, the
 * status, the must-haves missed and left unknown, and the order. It runs on every change, so
 * it works criterion by criterion over typed arrays.
 *
 * - Score: the weighted mean of the known matches, 0–100 (Open Food Facts' personal search
 *   scores the same way); unknown matches are left out of it, not counted as 0.
 * - Status: see {@link FitStatus}.
 * - Order: products passing every must-have first, then those leaving one unknown, then those
 *   missing one, two…; within each, the highest score first; ties in catalog order.
 */
import type { Compiled } from './compile.js';

/**
 * How a product fits, for the shopper: `great` (score ≥ 75), `good` (≥ 50) and `weak` (< 50)
 * when every must-have passes and enough is known; `fails` when a must-have is missed;
 * `unknown` ("not enough information") when a must-have's value is unknown or the unknown
 * criteria weigh more than the known ones; `unrated` when there are no criteria.
 */
export type FitStatus = (typeof STATUSES)[number];
/** Stored per product as the index in this list. */
export const STATUSES = ['great', 'good', 'weak', 'fails', 'unknown', 'unrated'] as const;
const [GREAT, GOOD, WEAK, FAILS, UNKNOWN, UNRATED] = [0, 1, 2, 3, 4, 5];

/** A criterion as the combination reads it: its matches (one per product, NaN when unknown) and weight. */
export type Matched = Pick<Compiled, 'must' | 'weight'> & { matches: Float32Array };

export interface Combined {
  /** Product indexes, best fit first. */
  order: Uint32Array;
  /** The exact fit score, NaN when nothing is known. */
  scores: Float32Array;
  /** Indexes into {@link STATUSES}. */
  statuses: Uint8Array;
  /** How many must-haves each product misses, and leaves unknown (at most 255 each). */
  failed: Uint8Array;
  unknownMusts: Uint8Array;
  /** How many products pass every must-have. */
  passing: number;
}

/**
 * The sort key: the tier (0 passes every must-have, 1 leaves one unknown, 1 + n misses n),
 * then the score (100 − score in thousandths; last when there is none). At most
 * 256 × 100,002 + 100,001, under 2^26: two radix passes of 13 bits sort it.
 */
const SCORE_SLOTS = 100_002;
const RADIX_BITS = 13;

/**
 * Combines the matches of `criteria` for `size` products. Its scratch arrays (per product: the
 * sum of weighted known matches, the weight of unknown ones — weights are 1, 2 or 4, so 16 bits
 * hold the sum for 16,000 criteria; the known weight is the rest of the total — and the sort
 * keys) are made on each call and dropped after it rather than kept between changes: 0.2 MB for
 * 10,000 products that a page would otherwise hold for as long as it shows a ranking.
 */
export function combine(size: number, criteria: readonly Matched[]): Combined {
  const weighted = new Float64Array(size);
  const unknown = new Uint16Array(size);
  const keys = new Uint32Array(size);
  let total = 0;
  const failed = new Uint8Array(size);
  const unknownMusts = new Uint8Array(size);
  for (const { matches, weight, must } of criteria) {
    total += weight;
    for (let product = 0; product < size; product++) {
      const match = matches[product]!;
      if (Number.isNaN(match)) {
        unknown[product] += weight;
        if (must && unknownMusts[product]! < 255) unknownMusts[product]!++;
      } else {
        weighted[product] += weight * match;
        if (must && match < 1 && failed[product]! < 255) failed[product]!++;
      }
    }
  }
  const scores = new Float32Array(size);
  const statuses = new Uint8Array(size);
  let passing = 0;
  for (let product = 0; product < size; product++) {
    const known = total - unknown[product]!;
    const score = known > 0 ? (100 * weighted[product]!) / known : NaN;
    const rounded = Math.round(score);
    scores[product] = score;
    statuses[product] =
      criteria.length === 0 ? UNRATED
      : failed[product]! > 0 ? FAILS
      : unknownMusts[product]! > 0 || unknown[product]! > known ? UNKNOWN
      : rounded >= 75 ? GREAT
      : rounded >= 50 ? GOOD
      : WEAK;
    const tier = failed[product]! > 0 ? 1 + failed[product]! : unknownMusts[product]! > 0 ? 1 : 0;
    if (tier === 0) passing++;
    keys[product] = tier * SCORE_SLOTS + (Number.isNaN(score) ? SCORE_SLOTS - 1 : Math.round((100 - score) * 1000));
  }
  return { order: sortByKey(keys), scores, statuses, failed, unknownMusts, passing };
}

/**
 * Product indexes ordered by key, ties in index (catalog) order: a least-significant-digit radix
 * sort, which is stable, in two passes of 13 bits. Linear: for 10,000 products, about a quarter
 * of the time a typed array's own sort takes.
 */
function sortByKey(keys: Uint32Array): Uint32Array {
  const buckets = 2 ** RADIX_BITS;
  const size = keys.length;
  const sorted = new Uint32Array(size);
  for (let product = 0; product < size; product++) sorted[product] = product;
  // An even number of passes: the result ends in `sorted`.
  // Indexed loops: iterating a typed array with for…of costs several times more on every change.
  let order: Uint32Array = sorted;
  let next: Uint32Array = new Uint32Array(size);
  // Where each bucket starts: the count of all smaller buckets. One array for both passes: in a
  // browser, allocating a typed array costs far more than zeroing one.
  const starts = new Uint32Array(buckets + 1);
  for (const shift of [0, RADIX_BITS]) {
    starts.fill(0);
    for (let place = 0; place < size; place++) starts[((keys[order[place]!]! >>> shift) & (buckets - 1)) + 1]!++;
    for (let bucket = 1; bucket <= buckets; bucket++) starts[bucket]! += starts[bucket - 1]!;
    for (let place = 0; place < size; place++) {
      const product = order[place]!;
      next[starts[(keys[product]! >>> shift) & (buckets - 1)]!++] = product;
    }
    [order, next] = [next, order];
  }
  return sorted;
}
