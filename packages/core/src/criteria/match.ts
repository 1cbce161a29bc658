/**
 * Graded matches: how well each product meets one criterion, from 0 (not at all) to 1 (fully),
 * NaN where the product does not specify the attribute ("unknown": never 0, never a pass).
 *
 * - A number inside the target range matches 1. Outside, the match falls linearly to 0 over
 *   the tolerance band beyond the missed bound: `1 − distance / band`. The band is half the
 *   catalog's interquartile range of the attribute, or 5 % of the bound when that is wider,
 *   so it follows what "close" means among these products. Laptops weighing 1.3–1.7 kg
 *   between the quartiles have a band of 0.2 kg: against "at most 1.5 kg", 1.55 kg matches
 *   0.75, 1.6 kg 0.5, and 1.7 kg or more 0. A yes/no has no band.
 * - `one-of` / `equals` on texts: 1 when the value (or, for a set, any item) is one asked for;
 *   `none-of`: 1 when none is. `has` on a set: the share of the asked-for items it holds.
 * A must-have passes only at 1.
 */
import type { Compiled, ItemsTarget, RangeTarget } from './compile.js';

/** Fills `out` (one entry per product) with the matches of `target`. */
export function fillMatches(target: Compiled, out: Float32Array): Float32Array {
  if (target.kind === 'range') {
    // Each distinct value is matched once, then each product reads its value's match.
    const { distinct, codes } = target.column;
    const byValue = Float32Array.from(distinct, (value) => rangeMatch(target, value));
    for (let index = 0; index < out.length; index++) out[index] = byValue[codes[index]!]!;
  } else {
    for (let index = 0; index < out.length; index++) out[index] = itemsMatch(target, index);
  }
  return out;
}

export function rangeMatch({ min, max, below, above }: RangeTarget, value: number): number {
  // NaN fails both comparisons and falls through to the end: unknown stays NaN.
  if (value >= min && value <= max) return 1;
  if (value < min) return below > 0 ? Math.max(0, 1 - (min - value) / below) : 0;
  if (value > max) return above > 0 ? Math.max(0, 1 - (value - max) / above) : 0;
  return NaN;
}

export function itemsMatch({ column, mode, wanted, labels }: ItemsTarget, index: number): number {
  if (!column.known[index]) return NaN;
  let held = 0;
  for (let item = column.offsets[index]!; item < column.offsets[index + 1]!; item++) held += wanted[column.items[item]!]!;
  if (mode === 'all') return held / labels.length;
  return (held > 0) === (mode === 'any') ? 1 : 0;
}
