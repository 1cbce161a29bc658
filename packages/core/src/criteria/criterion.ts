/**
 * The shopper's criteria: what a criterion is, what its importance weighs, and reading one
 * back from untrusted input (persisted state, share links, a brand's presets). A criterion is
 * plain JSON; whether it fits the catalog (attribute, type, unit) is checked when it is
 * ranked (`compile.ts`), because the catalog may load after the criteria are restored.
 */
import { KEY } from '../catalog/product.js';
import { ShortlistError } from '../errors.js';
import { findUnit } from '../model/units.js';
import { isRecord } from '../model/values.js';

export const OPERATORS = ['at-least', 'at-most', 'between', 'equals', 'one-of', 'none-of', 'has'] as const;
export type CriterionOperator = (typeof OPERATORS)[number];

/** A must-have filters (a product that misses it fails); a nice-to-have only ranks. */
export type Requirement = 'must' | 'nice';

/**
 * How much a criterion weighs in the fit score: each step doubles the weight, so one
 * very important criterion counts as much as four normal ones.
 */
export const IMPORTANCE_WEIGHTS = { normal: 1, important: 2, 'very-important': 4 } as const;
export type Importance = keyof typeof IMPORTANCE_WEIGHTS;

interface CriterionBase {
  /** An attribute key of the catalog, or `price` or `rating` (the product's own fields). */
  attribute: string;
  requirement: Requirement;
  importance: Importance;
}

/**
 * Units of a number criterion: `unit` is the unit of its numbers (default: the attribute's
 * display unit), `currency` that of a price (default: the catalog's most common currency).
 */
interface Measured {
  unit?: string;
  currency?: string;
}

/** `at-least 8 h`, `at-most 1.5 kg`. */
export interface BoundCriterion extends CriterionBase, Measured {
  operator: 'at-least' | 'at-most';
  value: number;
}

/** `between 13 and 15 in` (both included). */
export interface RangeCriterion extends CriterionBase, Measured {
  operator: 'between';
  min: number;
  max: number;
}

/** `equals 16 GB` (a number), `equals "OLED"` (an enum or text), `equals false` (a yes/no). */
export interface EqualsCriterion extends CriterionBase, Measured {
  operator: 'equals';
  value: number | string | boolean;
}

/** `one-of` / `none-of`: an enum or text value among / not among `values`; a set holding any / none of them. */
export interface ChoiceCriterion extends CriterionBase {
  operator: 'one-of' | 'none-of';
  values: string[];
}

/** `has`: a set holding every one of `values` (graded by how many it holds), or a yes/no that is yes (no `values`). */
export interface HasCriterion extends CriterionBase {
  operator: 'has';
  values?: string[];
}

export type Criterion = BoundCriterion | RangeCriterion | EqualsCriterion | ChoiceCriterion | HasCriterion;

const LIMITS = { criteria: 50, values: 100, text: 200, magnitude: 1e15 } as const;
const DOCS = 'criteria.md#criteria';

/** A criterion that cannot be used, with the reason. */
export const criterionError = (field: string, expected: string, found: unknown): ShortlistError =>
  new ShortlistError(`criterion field "${field}" is not usable`, { code: 'criteria', field, expected, found, docs: DOCS });

/**
 * Reads one criterion from untrusted input: a clean copy holding only the fields its operator
 * uses, units spelled canonically (`kilograms` → `kg`); or the first problem found. `requirement`
 * defaults to `nice` and `importance` to `normal`; `field` names the input in the problem.
 */
export function readCriterion(input: unknown, field = 'criterion'): Criterion | ShortlistError {
  try {
    return readFields(input, field);
  } catch (error) {
    // The first bad field stops the reading (see `read` below).
    if (error instanceof ShortlistError) return error;
    throw error;
  }
}

function readFields(input: unknown, field: string): Criterion {
  if (!isRecord(input)) throw criterionError(field, 'an object with attribute and operator', input);
  const read = <T>(name: string, expected: string, accept: (value: unknown) => T | undefined, fallback?: T): T => {
    const value = input[name];
    const result = value === undefined ? fallback : accept(value);
    if (result === undefined) throw criterionError(`${field}.${name}`, expected, value);
    return result;
  };
  const number = (name: string) => read(name, `a finite number (at most ${LIMITS.magnitude} in size)`, readFinite);
  const values = (fallback?: string[]) => read('values', `a list of 1–${LIMITS.values} texts of 1–${LIMITS.text} characters`, readTexts, fallback);
  const base: CriterionBase = {
    attribute: read('attribute', 'an attribute key (letters, digits, "-", "_", "."; at most 64)', (key) => (typeof key === 'string' && KEY.test(key) ? key : undefined)),
    requirement: read('requirement', '"must" or "nice"', (value) => (value === 'must' || value === 'nice' ? value : undefined), 'nice'),
    importance: read('importance', Object.keys(IMPORTANCE_WEIGHTS).join(', '), (value) => (typeof value === 'string' && Object.hasOwn(IMPORTANCE_WEIGHTS, value) ? (value as Importance) : undefined), 'normal'),
  };
  const measured = (): Measured => {
    const unit = read('unit', 'a known unit such as kg, mm, h, GB', (name) => (typeof name === 'string' ? findUnit(name)?.symbol : undefined), '');
    const currency = read('currency', 'a currency code (ISO 4217, e.g. "EUR")', (code) => (typeof code === 'string' && /^[A-Z]{3}$/.test(code.toUpperCase()) ? code.toUpperCase() : undefined), '');
    return { ...(unit && { unit }), ...(currency && { currency }) };
  };
  const operator = read('operator', OPERATORS.join(', '), (value) => (OPERATORS.includes(value as CriterionOperator) ? (value as CriterionOperator) : undefined));
  switch (operator) {
    case 'at-least':
    case 'at-most':
      return { ...base, operator, value: number('value'), ...measured() };
    case 'between': {
      const min = number('min');
      const max = read('max', `a finite number no smaller than min (${min})`, (value) => (readFinite(value) !== undefined && (value as number) >= min ? (value as number) : undefined));
      return { ...base, operator, min, max, ...measured() };
    }
    case 'equals': {
      const value = read('value', `a number, a text of 1–${LIMITS.text} characters, true or false`, (value) =>
        typeof value === 'boolean' ? value : typeof value === 'string' ? readText(value) : readFinite(value),
      );
      return typeof value === 'number' ? { ...base, operator, value, ...measured() } : { ...base, operator, value };
    }
    case 'one-of':
    case 'none-of':
      return { ...base, operator, values: values() };
    case 'has': {
      const items = values([]);
      return items.length > 0 ? { ...base, operator, values: items } : { ...base, operator };
    }
  }
}

const readFinite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= LIMITS.magnitude ? value : undefined);

function readText(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text && text.length <= LIMITS.text ? text : undefined;
}

function readTexts(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0 || value.length > LIMITS.values) return undefined;
  const texts = value.map(readText);
  return texts.every((text) => text !== undefined) ? [...new Set(texts)] : undefined;
}

/** Criteria read back, and the problem of each one left out. */
export interface ReadCriteria {
  criteria: Criterion[];
  problems: ShortlistError[];
}

/**
 * Reads a list of criteria from untrusted input (at most 50): the usable ones in order, and a
 * problem for each one left out (field `criteria[2].unit`, say), so one bad entry never loses
 * the others.
 */
export function readCriteria(input: unknown): ReadCriteria {
  if (!Array.isArray(input) || input.length > LIMITS.criteria) {
    return { criteria: [], problems: [criterionError('criteria', `a list of at most ${LIMITS.criteria} criteria`, input)] };
  }
  const result: ReadCriteria = { criteria: [], problems: [] };
  input.forEach((entry, index) => {
    const criterion = readCriterion(entry, `criteria[${index}]`);
    if (criterion instanceof ShortlistError) result.problems.push(criterion);
    else result.criteria.push(criterion);
  });
  return result;
}
