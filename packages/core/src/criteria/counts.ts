/**
 * Counts for the controls: products per choice (facet counts) and the spread of a number's
 * values (for a range control's histogram), each among the products that pass the must-haves
 * on the *other* attributes, so a control shows what choosing differently would bring.
 */
import { findUnit } from '../model/units.js';
import { valueOf } from './columns.js';
import { inUnit } from './compile.js';
import type { RankState } from './ranking.js';

export interface FacetCount {
  /** An enum or text value, a set's item, or true/false for a yes/no. */
  value: string | boolean;
  count: number;
}

export interface DistributionOptions {
  /** How many bins of equal width between the smallest and the largest value (default 20). */
  bins?: number;
  /** Of a price: which currency's amounts (default: the most common). */
  currency?: string;
}

export interface Distribution {
  /** Smallest and largest value, in the attribute's display unit (or currency); NaN when no product has one. */
  min: number;
  max: number;
  unit?: string;
  currency?: string;
  /** Products per bin, of all products and of those passing the must-haves on other attributes. */
  counts: number[];
  passing: number[];
  /** Products that do not specify it (or are priced in another currency). */
  unknown: number;
}

/**
 * 1 for each product that passes every must-have on an attribute other than `attribute`: what
 * the combination counted (must-haves missed or unknown), less those on `attribute` itself.
 * Every attribute without a must-have shares one mask, made once per ranking.
 */
function passingOthers(state: RankState, attribute: string): Uint8Array {
  const own = state.active.filter(({ must, criterion }) => must && criterion.attribute === attribute).map(({ matches }) => matches);
  const key = own.length ? attribute : '';
  let mask = state.masks.get(key);
  if (!mask) {
    const { failed, unknownMusts } = state;
    state.masks.set(key, (mask = new Uint8Array(failed.length)));
    for (let product = 0; product < mask.length; product++) {
      let misses = failed[product]! + unknownMusts[product]!;
      // An unknown (NaN) match is no pass either.
      for (let index = 0; index < own.length; index++) if (!(own[index]![product]! >= 1)) misses--;
      mask[product] = misses === 0 ? 1 : 0;
    }
  }
  return mask;
}

export function facetCounts(state: RankState, attribute: string): FacetCount[] | undefined {
  const { columns } = state;
  const type = columns.def(attribute)?.type;
  if (type === 'boolean') {
    const column = columns.numbers(attribute);
    const passes = passingOthers(state, attribute);
    const yes = [0, 0];
    for (let product = 0; product < columns.size; product++) {
      const value = valueOf(column, product);
      if (passes[product] && !Number.isNaN(value)) yes[value]!++;
    }
    return [{ value: true, count: yes[1]! }, { value: false, count: yes[0]! }];
  }
  if (type !== 'enum' && type !== 'text' && type !== 'set') return undefined;
  const { offsets, items, labels } = columns.items(attribute);
  const passes = passingOthers(state, attribute);
  const counts = new Array<number>(labels.length).fill(0);
  for (let product = 0; product < columns.size; product++) {
    if (!passes[product]) continue;
    for (let item = offsets[product]!; item < offsets[product + 1]!; item++) counts[items[item]!]!++;
  }
  return labels.map((value, code) => ({ value, count: counts[code]! }));
}

export function distribution(state: RankState, attribute: string, { bins = 20, currency }: DistributionOptions = {}): Distribution | undefined {
  const { columns } = state;
  const def = columns.def(attribute);
  if (def?.type !== 'number' && def?.type !== 'money') return undefined;
  const inCurrency = def.type === 'money' ? (currency ?? columns.currencies(attribute)[0]) : undefined;
  const unit = def.unit ? findUnit(def.unit) : undefined;
  const column = columns.numbers(attribute, inCurrency);
  const { min, max } = column;
  const passes = passingOthers(state, attribute);
  const counts = new Array<number>(bins).fill(0);
  const passing = new Array<number>(bins).fill(0);
  let unknown = 0;
  const width = (max - min) / bins;
  for (let product = 0; product < columns.size; product++) {
    const value = valueOf(column, product);
    if (Number.isNaN(value)) {
      unknown++;
      continue;
    }
    // The largest value closes the last bin; with one distinct value, everything is in the first.
    const bin = width > 0 ? Math.min(bins - 1, Math.floor((value - min) / width)) : 0;
    counts[bin]!++;
    if (passes[product]) passing[bin]!++;
  }
  return { min: inUnit(min, unit), max: inUnit(max, unit), ...(unit && { unit: unit.symbol }), ...(inCurrency && { currency: inCurrency }), counts, passing, unknown };
}
