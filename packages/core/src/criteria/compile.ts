/**
 * Checks a criterion against the catalog and turns it into what matching needs: a column and
 * the target in the column's units. A criterion that does not fit the catalog (an unknown
 * attribute, an operator its type does not have, a unit of another dimension or on a unitless
 * attribute) is reported, never guessed.
 */
import { ShortlistError } from '../errors.js';
import type { AttributeType } from '../model/types.js';
import { findUnit, type Unit } from '../model/units.js';
import type { ItemsColumn, NumberColumn, CatalogColumns } from './columns.js';
import {
  criterionError,
  IMPORTANCE_WEIGHTS,
  type BoundCriterion,
  type ChoiceCriterion,
  type Criterion,
  type CriterionOperator,
  type EqualsCriterion,
  type RangeCriterion,
} from './criterion.js';

/** A number criterion as a closed range in base units (an open side is ±Infinity). */
export interface RangeTarget {
  kind: 'range';
  column: NumberColumn;
  min: number;
  max: number;
  /** How far below `min` / above `max` a value still partly matches (the tolerance band); 0 for yes/no. */
  below: number;
  above: number;
  /** The unit of the criterion's numbers, for explanations; absent for plain numbers, money and yes/no. */
  unit?: Unit;
  currency?: string;
  yesNo: boolean;
}

/** A choice criterion: which items of an items column it wants, and how many of them. */
export interface ItemsTarget {
  kind: 'items';
  column: ItemsColumn;
  /** `any`: holds one of the labels (one-of, equals); `none`: holds none; `all`: holds each (has, graded). */
  mode: 'any' | 'none' | 'all';
  /** 1 at the code of each label asked for that some product has. */
  wanted: Uint8Array;
  /** The labels asked for; with `all`, one no product has still counts as missing. */
  labels: readonly string[];
  /** The attribute is a set (several items per product), not an enum or text (one). */
  set: boolean;
}

export type Compiled = (RangeTarget | ItemsTarget) & { criterion: Criterion; must: boolean; weight: number };

const OPERATORS: Record<AttributeType, readonly CriterionOperator[]> = {
  number: ['at-least', 'at-most', 'between', 'equals'],
  money: ['at-least', 'at-most', 'between', 'equals'],
  boolean: ['has', 'equals'],
  enum: ['equals', 'one-of', 'none-of'],
  text: ['equals', 'one-of', 'none-of'],
  set: ['has', 'one-of', 'none-of'],
};

/** The share of the target a value may miss by and still partly match, when the catalog's spread is narrower. */
const RELATIVE_TOLERANCE = 0.05;

/** `criterion`, already read by `readCriterion`, against the catalog; `field` names it in a problem. */
export function compileCriterion(columns: CatalogColumns, criterion: Criterion, field: string): Compiled | ShortlistError {
  const { attribute, operator } = criterion;
  const def = columns.def(attribute);
  if (!def) return criterionError(`${field}.attribute`, 'an attribute of the catalog, price or rating', attribute);
  const allowed = OPERATORS[def.type];
  if (!allowed.includes(operator)) return criterionError(`${field}.operator`, `one of ${allowed.join(', ')} for ${def.type} attribute "${attribute}"`, operator);
  const common = { criterion, must: criterion.requirement === 'must', weight: IMPORTANCE_WEIGHTS[criterion.importance] };
  const target =
    def.type === 'number' || def.type === 'money' ? rangeTarget(columns, criterion as NumberCriterion, field, def.type, def.unit)
    : def.type === 'boolean' ? yesNoTarget(columns, criterion, field)
    : itemsTarget(columns, criterion, field, def.type === 'set');
  if (target instanceof ShortlistError) return target;
  // A price without a currency is in the catalog's: say which, so a relaxed one keeps it.
  const currency = target.kind === 'range' ? target.currency : undefined;
  return { ...target, ...common, criterion: currency ? ({ ...criterion, currency } as Criterion) : criterion };
}

// Conversions between the criterion's unit and base units (none for plain numbers and money),
// rounding away binary noise: a 1.7 kg product is 0.2 kg over 1.5 kg, not 0.19999999999999996.
export const inUnit = (base: number, unit: Unit | undefined) => Number((base / (unit?.factor ?? 1)).toPrecision(12));
export const inBase = (amount: number, unit: Unit | undefined) => Number((amount * (unit?.factor ?? 1)).toPrecision(12));

/** The criteria of number and money attributes (see OPERATORS). */
export type NumberCriterion = BoundCriterion | RangeCriterion | EqualsCriterion;

function rangeTarget(columns: CatalogColumns, criterion: NumberCriterion, field: string, type: 'number' | 'money', attributeUnit: string | undefined): RangeTarget | ShortlistError {
  if (criterion.operator === 'equals' && typeof criterion.value !== 'number') return criterionError(`${field}.value`, 'a number', criterion.value);
  const { unit: unitName, currency: given } = criterion;
  let unit: Unit | undefined;
  let currency: string | undefined;
  if (type === 'money') {
    if (unitName) return criterionError(`${field}.unit`, `no unit: ${criterion.attribute} is a price`, unitName);
    const currencies = columns.currencies(criterion.attribute);
    if (given && currencies.length > 0 && !currencies.includes(given)) return criterionError(`${field}.currency`, `a currency of the catalog's prices (${currencies.join(', ')})`, given);
    currency = given ?? currencies[0];
  } else {
    if (given) return criterionError(`${field}.currency`, `no currency: ${criterion.attribute} is not a price`, given);
    const stored = attributeUnit ? findUnit(attributeUnit) : undefined;
    unit = unitName ? findUnit(unitName) : stored;
    if (unit && !stored) return criterionError(`${field}.unit`, `no unit: the catalog gives ${criterion.attribute} without one`, unitName);
    if (unit && unit.dimension !== stored!.dimension) return criterionError(`${field}.unit`, `a unit of ${stored!.dimension} such as ${stored!.symbol}`, unitName);
  }
  const [min, max] =
    criterion.operator === 'between' ? [criterion.min, criterion.max]
    : criterion.operator === 'at-least' ? [criterion.value, Infinity]
    : criterion.operator === 'at-most' ? [-Infinity, criterion.value]
    : [criterion.value as number, criterion.value as number];
  const column = columns.numbers(criterion.attribute, currency);
  const band = (bound: number) => Math.max((column.q3 - column.q1) / 2 || 0, RELATIVE_TOLERANCE * Math.abs(bound));
  const [low, high] = [inBase(min, unit), inBase(max, unit)];
  return { kind: 'range', column, min: low, max: high, below: band(low), above: band(high), unit, currency, yesNo: false };
}

/** A yes/no attribute is a number column of 1 and 0: `has` and `equals true` want 1, `equals false` wants 0. */
function yesNoTarget(columns: CatalogColumns, criterion: Criterion, field: string): RangeTarget | ShortlistError {
  let yes: boolean;
  if (criterion.operator === 'has') {
    if (criterion.values) return criterionError(`${field}.values`, `no values: ${criterion.attribute} is yes or no`, criterion.values);
    yes = true;
  } else {
    const { value } = criterion as EqualsCriterion;
    if (typeof value !== 'boolean') return criterionError(`${field}.value`, 'true or false', value);
    yes = value;
  }
  return { kind: 'range', column: columns.numbers(criterion.attribute), min: Number(yes), max: Number(yes), below: 0, above: 0, yesNo: true };
}

function itemsTarget(columns: CatalogColumns, criterion: Criterion, field: string, set: boolean): ItemsTarget | ShortlistError {
  let labels: readonly string[];
  let mode: ItemsTarget['mode'];
  if (criterion.operator === 'equals') {
    if (typeof criterion.value !== 'string') return criterionError(`${field}.value`, 'a text', criterion.value);
    [labels, mode] = [[criterion.value], 'any'];
  } else if (criterion.operator === 'has') {
    if (!criterion.values) return criterionError(`${field}.values`, `the items ${criterion.attribute} must hold`, undefined);
    [labels, mode] = [criterion.values, 'all'];
  } else {
    [labels, mode] = [(criterion as ChoiceCriterion).values, criterion.operator === 'one-of' ? 'any' : 'none'];
  }
  const column = columns.items(criterion.attribute);
  const wanted = new Uint8Array(column.labels.length);
  for (const label of labels) {
    const code = column.codes.get(label);
    if (code !== undefined) wanted[code] = 1;
  }
  return { kind: 'items', column, mode, wanted, labels, set };
}
