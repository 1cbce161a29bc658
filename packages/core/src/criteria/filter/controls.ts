/**
 * The controls `<shortlist-criteria>` shows, generated from the attribute schema: a range for a
 * number or a price (with the spread of values, to see where products are), choices with live
 * counts for texts and sets, yes/no, and a rating. And the criteria they make: what a moved
 * range or a ticked choice asks for.
 */
import type { AttributeDef } from '../../model/types.js';
import { findUnit } from '../../model/units.js';
import { inBase, inUnit, type NumberCriterion } from '../compile.js';
import type { FacetCount, Distribution } from '../counts.js';
import type { Criterion } from '../criterion.js';
import type { Ranking } from '../ranking.js';

interface ControlOf<Kind extends string> {
  kind: Kind;
  /** The criterion's position in the active context. */
  index: number;
  criterion: Criterion;
  def: AttributeDef;
}

/** A number or price: a two-thumb range between `min` and `max` in steps of `step`, set from `low` to `high` (display unit or currency). */
export interface RangeControl extends ControlOf<'range'> {
  min: number;
  max: number;
  step: number;
  low: number;
  high: number;
  distribution: Distribution;
}

/** Texts and sets: each value with the products it would bring (among those passing the other must-haves). */
export interface ChoicesControl extends ControlOf<'choices'> {
  choices: Array<FacetCount & { checked: boolean }>;
}

/** Yes or no, with counts of each. */
export interface YesNoControl extends ControlOf<'yes-no'> {
  value: boolean;
  choices: FacetCount[];
}

/** A rating of at least `value` stars, one of `ratings`. */
export interface RatingControl extends ControlOf<'rating'> {
  value: number;
  ratings: readonly number[];
}

/** A criterion that cannot rank these products (see `Ranking.problems`): the shopper can only remove it. */
export type UnusableControl = Omit<ControlOf<'unusable'>, 'def'> & { def: AttributeDef };

export type Control = RangeControl | ChoicesControl | YesNoControl | RatingControl | UnusableControl;

/** The ratings a rating control offers: at least 3 to 4.5 stars. */
const RATINGS = [3, 3.5, 4, 4.5];

/** Without binary noise: 23.2, not 23.200000000000003 (a range's bounds and values are multiples of a decimal step). */
const tidy = (value: number) => Number(value.toPrecision(12));

/** The smallest round step (1, 2 or 5 times a power of ten) of at least a hundredth of the range. */
function stepOf(span: number): number {
  const power = 10 ** Math.floor(Math.log10(span / 100 || 1));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step * 100 >= span)!;
}

/**
 * The controls of a ranking's criteria, in their order, with the spreads and counts of
 * `counted` (by default the ranking's own; the filter keeps an earlier ranking's while a range is dragged).
 */
export function controlsOf(ranking: Ranking, counted: Pick<Ranking, 'distribution' | 'facets'> = ranking): Control[] {
  const problems = new Set(ranking.problems.map(({ index }) => index));
  return ranking.criteria.map((criterion, index): Control => {
    const common = { index, criterion, def: ranking.attribute(criterion.attribute)! };
    if (problems.has(index)) return { ...common, kind: 'unusable', def: common.def ?? { key: criterion.attribute, label: criterion.attribute, type: 'text' } };
    const { def } = common;
    if (def.type === 'number' || def.type === 'money') {
      if (def.key === 'rating' && criterion.operator === 'at-least') return { ...common, kind: 'rating', value: criterion.value, ratings: RATINGS };
      const distribution = counted.distribution(def.key, { currency: (criterion as { currency?: string }).currency })!;
      const [low, high] = boundsOf(criterion as NumberCriterion, def);
      const step = stepOf(distribution.max - distribution.min);
      // The range covers the products' values and the criterion's bounds, in whole steps.
      const min = tidy(Math.floor(Math.min(distribution.min, Number.isFinite(low) ? low : Infinity) / step) * step);
      const max = tidy(Math.ceil(Math.max(distribution.max, Number.isFinite(high) ? high : -Infinity) / step) * step);
      // A price without a currency reads in the one its control shows.
      const { currency } = distribution;
      return { ...common, criterion: currency ? ({ ...criterion, currency } as Criterion) : criterion, kind: 'range', distribution, step, min, max, low: Math.max(low, min), high: Math.min(high, max) };
    }
    const choices = counted.facets(def.key)!;
    if (def.type === 'boolean') return { ...common, kind: 'yes-no', value: criterion.operator === 'has' || (criterion as { value: boolean }).value, choices };
    const values = (criterion as { values?: string[]; value?: string }).values ?? [(criterion as { value: string }).value];
    return { ...common, kind: 'choices', choices: choices.map((choice) => ({ ...choice, checked: values.includes(choice.value as string) })) };
  });
}

/** A number criterion's bounds in the attribute's display unit (open sides infinite). */
function boundsOf(criterion: NumberCriterion, def: AttributeDef): [number, number] {
  const from = criterion.unit ? findUnit(criterion.unit) : undefined;
  const shown = (value: number) => (from && def.unit ? inUnit(inBase(value, from), findUnit(def.unit)) : value);
  if (criterion.operator === 'between') return [shown(criterion.min), shown(criterion.max)];
  const value = shown(criterion.value as number);
  return criterion.operator === 'at-least' ? [value, Infinity] : criterion.operator === 'at-most' ? [-Infinity, value] : [value, value];
}

/**
 * What a range moved to `low`–`high` asks for, in the display unit: at most `high` when the
 * low thumb is at the start, at least `low` when the high one is at the end, else between.
 */
export function rangeCriterion({ criterion, min, max }: RangeControl, from: number, to: number): Criterion {
  const { unit: _unit, value: _value, min: _min, max: _max, ...rest } = criterion as NumberCriterion & { value?: number; min?: number; max?: number };
  const [low, high] = [tidy(Math.min(from, to)), tidy(Math.max(from, to))];
  if (low <= min && high < max) return { ...rest, operator: 'at-most', value: high };
  if (high >= max && low > min) return { ...rest, operator: 'at-least', value: low };
  return { ...rest, operator: 'between', min: low, max: high };
}

/** A choice ticked or unticked; the last one stays (untick none: remove the criterion instead). */
export function toggledCriterion({ criterion, choices }: ChoicesControl, value: string): Criterion {
  const checked = choices.filter((choice) => choice.checked !== (choice.value === value)).map((choice) => choice.value as string);
  if (!checked.length) return criterion;
  const { value: _value, ...rest } = criterion as Criterion & { value?: unknown };
  return { ...rest, operator: criterion.operator === 'equals' ? 'one-of' : (criterion.operator as 'one-of'), values: checked };
}
