/**
 * Why a product fits or not, criterion by criterion, as data: the view words it through its
 * message tables ("1.7 kg, 0.2 kg over your 1.5 kg"). Made on demand, for what is shown.
 */
import { valueOf } from './columns.js';
import { inUnit } from './compile.js';
import type { ActiveCriterion } from './ranking.js';

export type Outcome = 'met' | 'missed' | 'unknown';

export interface Explanation {
  /** The criterion's position in the ranked list (`Ranking.criteria`). */
  criterion: number;
  /** `met` at a match of 1, `missed` below (however nearly), `unknown` when the product does not say. */
  outcome: Outcome;
  /** 0–1; absent when unknown. */
  match?: number;
  /**
   * The product's value: a number in the criterion's unit (or currency), the text of an enum
   * or text attribute, the items of a set, or true/false.
   */
  value?: number | string | boolean | readonly string[];
  unit?: string;
  currency?: string;
  /** A missed number: the bound missed and the distance to it, in the same unit (1.7 kg against at most 1.5 kg: target 1.5, difference 0.2, over). */
  target?: number;
  difference?: number;
  direction?: 'over' | 'under';
  /** A missed `has`: the items asked for that it lacks; a missed `none-of`: the unwanted items it holds. */
  items?: string[];
}

export function explainMatch(criterion: ActiveCriterion, product: number): Explanation {
  const match = criterion.matches[product]!;
  if (Number.isNaN(match)) return { criterion: criterion.index, outcome: 'unknown' };
  const explanation: Explanation = { criterion: criterion.index, outcome: match === 1 ? 'met' : 'missed', match };
  if (criterion.kind === 'items') {
    const { column, wanted, labels, mode, set } = criterion;
    const held = Array.from(column.items.subarray(column.offsets[product], column.offsets[product + 1]), (code) => column.labels[code]!);
    explanation.value = set ? held : held[0];
    if (match < 1 && mode !== 'any') {
      explanation.items = mode === 'all' ? labels.filter((label) => !held.includes(label)) : held.filter((label) => wanted[column.codes.get(label)!]);
    }
    return explanation;
  }
  const { column, min, max, unit, currency, yesNo } = criterion;
  const value = valueOf(column, product);
  if (yesNo) return { ...explanation, value: value === 1 };
  explanation.value = inUnit(value, unit);
  if (unit) explanation.unit = unit.symbol;
  if (currency) explanation.currency = currency;
  if (value < min || value > max) {
    const bound = value < min ? min : max;
    explanation.target = inUnit(bound, unit);
    explanation.difference = inUnit(Math.abs(value - bound), unit);
    explanation.direction = value < min ? 'under' : 'over';
  }
  return explanation;
}
