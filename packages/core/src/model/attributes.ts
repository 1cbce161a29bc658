/**
 * Attribute schema: inferred from the values when the retailer gives none, overridden by
 * what the retailer says, and used to read every raw value into its normalized form.
 */
import type { AttributeDefInput } from './input.js';
import type { AttributeDef, AttributeType, AttributeValue } from './types.js';
import { AMBIGUOUS, type NumberStyle } from './numbers.js';
import { findUnit, parseQuantity, readQuantity, unitOf } from './units.js';
import { humanize, isMissing, isTextual, readBoolean, readMoney, readNumber } from './values.js';

const TYPES: readonly AttributeType[] = ['number', 'boolean', 'enum', 'set', 'text', 'money'];
export const isAttributeType = (type: unknown): type is AttributeType => TYPES.includes(type as AttributeType);
const LIMITS = { text: 1000, setItems: 100, magnitude: 1e15 } as const;

/** Guesses a definition from the values seen for one key. */
export function inferDef(key: string, values: readonly unknown[]): AttributeDef {
  const present = values.filter((value) => !isMissing(value));
  const def: AttributeDef = { key, label: humanize(key), type: inferType(present) };
  const units = present.map((value) => parseQuantity(value)?.unit).filter((unit) => unit !== undefined);
  if (def.type === 'number' && units.length > 0) {
    // The dimension most values share wins; a stray value in another dimension is reported alone.
    const dimension = mostCommon(units.map((unit) => unit.dimension));
    def.unit = mostCommon(units.filter((unit) => unit.dimension === dimension).map((unit) => unit.symbol));
  }
  return def;
}

function inferType(values: readonly unknown[]): AttributeType {
  if (values.length === 0) return 'text';
  const all = (test: (value: unknown) => boolean) => values.every(test);
  if (all((value) => typeof value === 'boolean' || (typeof value === 'string' && readBoolean(value) !== undefined && !/^\d+$/.test(value)))) {
    return 'boolean';
  }
  if (all(Array.isArray)) return 'set';
  if (all((value) => readNumber(value) !== undefined || parseQuantity(value) !== undefined)) return 'number';
  if (all((value) => typeof value === 'object' && value !== null && 'amount' in value)) return 'money';
  const distinct = new Set(values.map(String));
  const longest = Math.max(...[...distinct].map((text) => text.length));
  return distinct.size <= Math.max(12, values.length / 4) && longest <= 60 ? 'enum' : 'text';
}

function mostCommon(items: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Reports a bad field of a schema entry: what was expected, and what was found. */
export type SchemaReport = (field: string, expected: string, found: unknown) => void;

/**
 * Merges an explicit definition over an inferred one. Reports the problems of the explicit
 * entry; a bad field of it is ignored, so the inferred value stands.
 */
export function mergeDef(inferred: AttributeDef, given: AttributeDefInput, report: SchemaReport): AttributeDef {
  const def = { ...inferred };
  /** Takes the given field if `read` accepts it, else reports it. */
  const merge = <K extends keyof AttributeDef>(field: K, expected: string, read: (value: unknown) => AttributeDef[K] | undefined) => {
    const value = given[field];
    if (value === undefined) return;
    const result = read(value);
    if (result === undefined) report(field, expected, value);
    else def[field] = result;
  };
  merge('label', 'a non-empty string', (label) => (typeof label === 'string' && label.trim() ? label.trim().slice(0, 200) : undefined));
  merge('type', `one of ${TYPES.join(', ')}`, (type) => (isAttributeType(type) ? type : undefined));
  // Stated by the retailer: a typo is reported, not kept as a unit of its own.
  merge('unit', 'a known unit such as kg, mm, h, GB, GHz', (unit) => (typeof unit === 'string' ? findUnit(unit)?.symbol : undefined));
  merge('better', '"higher" or "lower"', (better) => (better === 'higher' || better === 'lower' ? better : undefined));
  merge('group', 'a string', (group) => (typeof group === 'string' ? group.slice(0, 200) : undefined));
  if (def.type !== 'number') delete def.unit;
  return def;
}

/** The result of reading one raw value: the value, or what was expected instead. */
export type ReadResult = { value: AttributeValue } | { expected: string };

/** What an ambiguous number is reported as. */
export const CLEAR_NUMBER = 'a number whose decimal mark is clear ("1,299" and "12.500" may be thousands or decimals: write "1299" or "1,299.00")';

/** Reads a raw value as `def` says, text numbers written in `numbers`. Callers check {@link isMissing} first. */
export function readAttribute(def: AttributeDef, raw: unknown, currency: string | undefined, numbers?: NumberStyle): ReadResult {
  switch (def.type) {
    case 'number':
      return readMeasure(def, raw, numbers);
    case 'boolean': {
      const value = readBoolean(raw);
      return value === undefined ? { expected: 'yes or no' } : { value };
    }
    case 'money': {
      const value = readMoney(raw, currency, numbers);
      return value === AMBIGUOUS ? { expected: CLEAR_NUMBER } : value ? { value } : { expected: 'a price with a currency' };
    }
    case 'set': {
      const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
      const texts = [...new Set(items.filter((item) => !isMissing(item)).map((item) => String(item).trim()))];
      return items.every(isTextual) && texts.length <= LIMITS.setItems
        ? { value: texts }
        : { expected: `a list of at most ${LIMITS.setItems} texts` };
    }
    default: {
      if (!isTextual(raw)) return { expected: 'a text' };
      const text = String(raw).trim();
      return text.length > LIMITS.text ? { expected: `a text of at most ${LIMITS.text} characters` } : { value: text };
    }
  }
}

function readMeasure(def: AttributeDef, raw: unknown, numbers: NumberStyle | undefined): ReadResult {
  const unit = def.unit ? unitOf(def.unit) : undefined;
  if (!unit) {
    const value = readNumber(raw, numbers);
    return value !== undefined && Math.abs(value) <= LIMITS.magnitude ? { value } : { expected: 'a number' };
  }
  const quantity = readQuantity(raw, unit.symbol, numbers);
  const example = `a ${unit.dimension} such as "12 ${unit.symbol}"`;
  if (quantity === AMBIGUOUS) return { expected: CLEAR_NUMBER };
  if (!quantity || quantity.unit.dimension !== unit.dimension) return { expected: example };
  // Every dimension measured here is a size, a duration or an amount: none is negative.
  if (quantity.base < 0 || quantity.base > LIMITS.magnitude) return { expected: `${example}, not negative or absurdly large` };
  return { value: quantity.base };
}
