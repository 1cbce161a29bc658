/**
 * Attribute schema: inferred from the values when the retailer gives none, overridden by
 * what the retailer says, and used to read every raw value into its normalized form.
 */
import type { AttributeDefInput } from './input.js';
import type { AttributeDef, AttributeType, AttributeValue } from './types.js';
import { findUnit, parseQuantity } from './units.js';
import { humanize, isMissing, readBoolean, readMoney, readNumber } from './values.js';

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

/** Problems with a schema entry, as `[field, expected, found]`. */
export type SchemaProblem = [field: string, expected: string, found: unknown];

/**
 * Merges an explicit definition over an inferred one. Returns the problems of the explicit
 * entry; a bad field of it is ignored, so the inferred value stands.
 */
export function mergeDef(inferred: AttributeDef, given: AttributeDefInput, problems: SchemaProblem[]): AttributeDef {
  const def = { ...inferred };
  if (given.label !== undefined) {
    if (typeof given.label === 'string' && given.label.trim()) def.label = given.label.trim().slice(0, 200);
    else problems.push(['label', 'a non-empty string', given.label]);
  }
  if (given.type !== undefined) {
    if (isAttributeType(given.type)) def.type = given.type;
    else problems.push(['type', `one of ${TYPES.join(', ')}`, given.type]);
  }
  if (given.unit !== undefined) {
    const unit = typeof given.unit === 'string' ? findUnit(given.unit) : undefined;
    if (unit) def.unit = unit.symbol;
    else problems.push(['unit', 'a known unit such as kg, mm, h, GB, GHz', given.unit]);
  }
  if (given.better !== undefined) {
    if (given.better === 'higher' || given.better === 'lower') def.better = given.better;
    else problems.push(['better', '"higher" or "lower"', given.better]);
  }
  if (given.group !== undefined) {
    if (typeof given.group === 'string') def.group = given.group.slice(0, 200);
    else problems.push(['group', 'a string', given.group]);
  }
  if (def.type !== 'number') delete def.unit;
  return def;
}

/** The result of reading one raw value: the value, or what was expected instead. */
export type ReadResult = { value: AttributeValue } | { expected: string };

/** Reads a raw value as `def` says. Callers check {@link isMissing} first. */
export function readAttribute(def: AttributeDef, raw: unknown, currency: string | undefined): ReadResult {
  switch (def.type) {
    case 'number':
      return readMeasure(def, raw);
    case 'boolean': {
      const value = readBoolean(raw);
      return value === undefined ? { expected: 'yes or no' } : { value };
    }
    case 'money': {
      const value = readMoney(raw, currency);
      return value ? { value } : { expected: 'a price with a currency' };
    }
    case 'set': {
      const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [raw];
      const texts = [...new Set(items.filter((item) => !isMissing(item)).map((item) => String(item).trim()))];
      return items.every((item) => ['string', 'number'].includes(typeof item)) && texts.length <= LIMITS.setItems
        ? { value: texts }
        : { expected: `a list of at most ${LIMITS.setItems} texts` };
    }
    default: {
      if (!['string', 'number'].includes(typeof raw)) return { expected: 'a text' };
      const text = String(raw).trim();
      return text.length > LIMITS.text ? { expected: `a text of at most ${LIMITS.text} characters` } : { value: text };
    }
  }
}

function readMeasure(def: AttributeDef, raw: unknown): ReadResult {
  const unit = def.unit ? findUnit(def.unit) : undefined;
  if (!unit) {
    const value = readNumber(raw);
    return value !== undefined && Math.abs(value) <= LIMITS.magnitude ? { value } : { expected: 'a number' };
  }
  const quantity = parseQuantity(raw, unit.symbol);
  const example = `a ${unit.dimension} such as "12 ${unit.symbol}"`;
  if (!quantity || quantity.unit.dimension !== unit.dimension) return { expected: example };
  // Every dimension measured here is a size, a duration or an amount: none is negative.
  if (quantity.base < 0 || quantity.base > LIMITS.magnitude) return { expected: `${example}, not negative or absurdly large` };
  return { value: quantity.base };
}
