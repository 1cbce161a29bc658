/**
 * Never a dead end: the products that miss exactly one must-have (near misses), and for each
 * must-have, how to relax it and how many products that brings back ("Allow up to 1.8 kg:
 * 12 more laptops"). Part of the filter (`criteria-filter`): only `<shortlist-criteria>` shows them.
 */
import type { Formatter } from '../../format/format.js';
import type { AttributeDef } from '../../model/types.js';
import { valueOf } from '../columns.js';
import { inBase, inUnit, type NumberCriterion, type RangeTarget } from '../compile.js';
import type { Criterion } from '../criterion.js';
import { explainMatch, type Explanation } from '../explain.js';
import type { ActiveCriterion, Ranking, RankState } from '../ranking.js';
import { criterionText, labelOf } from '../wording.js';
import { getOrInsertComputed } from '../../get-or-insert.js';

export interface NearMiss {
  /** The product's index and id. */
  product: number;
  id: string;
  /** The one must-have it misses, and by how much. */
  miss: Explanation;
}

export interface Relaxation {
  /** The must-have's position in the ranked list (`Ranking.criteria`). */
  criterion: number;
  /**
   * The criterion relaxed: a number's bound moved (to a round value in its unit) so that it
   * takes in the near misses within the tolerance band, or the nearest one when none is that
   * close; any other criterion becomes a nice-to-have.
   */
  relaxed: Criterion;
  /** How many products would then pass every must-have. */
  count: number;
}

/** The must-have a near miss misses. */
const missedBy = (state: RankState, product: number) => state.active.find((criterion) => criterion.must && !(criterion.matches[product]! >= 1))!;
const isNearMiss = (state: RankState, product: number) => state.failed[product] === 1 && state.unknownMusts[product] === 0;

/** Whether the must-haves leave no product: then the closest products and the one criterion to relax are worth showing. */
export const isDeadEnd = ({ passing, criteria }: Ranking) => passing === 0 && criteria.some(({ requirement }) => requirement === 'must');

/** Products of a ranking that miss exactly one must-have (every other one known and met): closest first (highest match on the missed criterion), then in ranking order. */
export function nearMisses({ state }: Ranking, limit = 10): NearMiss[] {
  const closest: Array<{ product: number; criterion: ActiveCriterion; match: number }> = [];
  for (const product of state.order) {
    if (!isNearMiss(state, product)) continue;
    const criterion = missedBy(state, product);
    const match = criterion.matches[product]!;
    if (closest.length === limit && match <= closest[limit - 1]!.match) continue;
    // Insert after every entry at least as close: earlier-ranked products stay first.
    let at = closest.length;
    while (at > 0 && closest[at - 1]!.match < match) at--;
    closest.splice(at, 0, { product, criterion, match });
    if (closest.length > limit) closest.pop();
  }
  return closest.map(({ product, criterion }) => ({ product, id: state.columns.idOf(product), miss: explainMatch(criterion, product) }));
}

/** For each must-have that a ranking's near misses miss: the relaxed criterion and how many products it brings back, most first. */
export function relaxations({ state }: Ranking): Relaxation[] {
  const missing = new Map<ActiveCriterion, number[]>();
  for (let product = 0; product < state.columns.size; product++) {
    if (!isNearMiss(state, product)) continue;
    const criterion = missedBy(state, product);
    getOrInsertComputed(missing, criterion, () => []).push(product);
  }
  return [...missing]
    .map(([criterion, products]) =>
      criterion.kind === 'range' && !criterion.yesNo
        ? widen(criterion, products)
        : { criterion: criterion.index, relaxed: { ...criterion.criterion, requirement: 'nice' as const }, count: products.length },
    )
    .sort((a, b) => b.count - a.count || a.criterion - b.criterion);
}

/** Moves the missed bounds of a number criterion out to its near misses. */
function widen(criterion: RangeTarget & ActiveCriterion, products: readonly number[]): Relaxation {
  const { column, unit } = criterion;
  const values = products.map((product) => valueOf(column, product));
  let [min, max] = [criterion.min, criterion.max];
  const under = values.filter((value) => value < min);
  const over = values.filter((value) => value > max);
  // The farthest within the band, else the nearest; rounded outward to two significant digits in the criterion's unit.
  if (under.length > 0) {
    const close = under.filter((value) => min - value <= criterion.below);
    min = inBase(roundOutward(inUnit(close.length > 0 ? lowest(close) : highest(under), unit), Math.floor), unit);
  }
  if (over.length > 0) {
    const close = over.filter((value) => value - max <= criterion.above);
    max = inBase(roundOutward(inUnit(close.length > 0 ? highest(close) : lowest(over), unit), Math.ceil), unit);
  }
  const count = values.filter((value) => value >= min && value <= max).length;
  const [low, high] = [inUnit(min, unit), inUnit(max, unit)];
  const asked = criterion.criterion as NumberCriterion;
  let relaxed: Criterion;
  if (asked.operator === 'at-least') relaxed = { ...asked, value: low };
  else if (asked.operator === 'at-most') relaxed = { ...asked, value: high };
  else if (asked.operator === 'between') relaxed = { ...asked, min: low, max: high };
  else {
    // `equals` widens into a range.
    const { value: _equalTo, ...rest } = asked;
    relaxed = { ...rest, operator: 'between', min: low, max: high };
  }
  return { criterion: criterion.index, relaxed, count };
}

// Of many numbers, without spreading them into arguments.
const lowest = (values: readonly number[]) => values.reduce((low, value) => Math.min(low, value), Infinity);
const highest = (values: readonly number[]) => values.reduce((high, value) => Math.max(high, value), -Infinity);

/** Rounds to two significant digits, away from the target with `Math.ceil` (up) or `Math.floor` (down): 1.76 → 1.8, 1234 → 1300. */
function roundOutward(value: number, direction: (value: number) => number): number {
  if (value === 0) return 0;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  // Rounded first: 1.8 / 0.1 is 18.000000000000004, which Math.ceil would make 19.
  return Number((direction(Number((value / step).toPrecision(12))) * step).toPrecision(12));
}

/** "Allow “Weight: at most 1.8 kg”: 12 more products", or a must-have made a nice-to-have. */
export function relaxText(format: Formatter, def: AttributeDef, { relaxed, count }: Relaxation): string {
  return relaxed.requirement === 'nice'
    ? format.t('criteriaRelaxNice', { label: labelOf(format, def), count })
    : format.t('criteriaRelax', { criterion: criterionText(format, def, relaxed), count });
}
