/**
 * Reads a product's option data and rules (`Product.options`, `Product.rules`, as the catalog
 * gave them) into the option model, checking everything. One problem makes the product's
 * configuration unusable (a configuration that ignored a bad rule could offer what the
 * retailer forbids); the product itself stays in the catalog.
 */
import type { ConditionInput } from '../model/input.js';
import type { ListOption, OptionClause, OptionKind, OptionRule, OptionValue, Product, ProductOption } from '../model/types.js';
import { readUrl } from '../model/url.js';
import { humanize, isRecord, readBoolean, readNumber } from '../model/values.js';
import { ConfigurationError } from './errors.js';
import { parseAllowed } from './text.js';

export interface OptionData {
  options: ProductOption[];
  rules: OptionRule[];
  /** Empty when the data is usable. */
  errors: ConfigurationError[];
}

const LIMITS = { values: 100, text: 200, label: 200, unit: 20, magnitude: 1e9, gridPoints: 1e6, rows: 100 } as const;
const KEY = /^[A-Za-z0-9][\w.-]{0,63}$/;
const KINDS: readonly OptionKind[] = ['choice', 'size', 'material', 'text', 'number'];
const SWATCH = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const THEN_KINDS = { requires: 'requires', onlyWith: 'only-with', excludes: 'excludes', allow: 'allow' } as const;

/** Records a problem; returns undefined, so a reader can `return report(…)`. */
type Report = (field: string, expected: string, found: unknown) => undefined;

export function readOptionData(product: Product): OptionData {
  const errors: ConfigurationError[] = [];
  const report: Report = (field, expected, found) => {
    errors.push(new ConfigurationError(product.id, field, { field, expected, found }));
    return undefined;
  };
  const options = (product.options ?? []).map((input, index) => readOption(input, `options[${index}]`, report));
  const usable = options.filter((option) => option !== undefined);
  const byKey = new Map<string, ProductOption>();
  usable.forEach((option, index) => {
    if (byKey.has(option.key)) report(`options[${index}].key`, 'a key no other option of the product uses', option.key);
    byKey.set(option.key, option);
  });
  const rules = (product.rules ?? []).map((input, index) => readRule(input, `rules[${index}]`, byKey, report));
  return { options: usable, rules: rules.filter((rule) => rule !== undefined), errors };
}

// ---- options -------------------------------------------------------------------------------

function readOption(input: unknown, path: string, report: Report): ProductOption | undefined {
  if (!isRecord(input)) return report(path, 'an option object', input);
  const key = typeof input.key === 'string' && KEY.test(input.key) ? input.key : undefined;
  if (!key) return report(`${path}.key`, 'a key of letters, digits, "-", "_" or "." (at most 64)', input.key);
  const label = optionalText(input.label, LIMITS.label, `${path}.label`, report) ?? humanize(key);
  const kind = input.kind ?? (input.values !== undefined ? 'choice' : undefined);
  if (!KINDS.includes(kind as OptionKind)) return report(`${path}.kind`, `one of ${KINDS.join(', ')}`, input.kind);

  if (kind === 'text') {
    const maxLength = input.maxLength === undefined ? LIMITS.text : integerIn(input.maxLength, 1, LIMITS.text);
    if (maxLength === undefined) return report(`${path}.maxLength`, `a whole number from 1 to ${LIMITS.text}`, input.maxLength);
    const allowed = optionalText(input.allowed, LIMITS.text, `${path}.allowed`, report);
    if (allowed !== undefined && !parseAllowed(allowed)) return report(`${path}.allowed`, 'characters and ranges such as "A-Za-z0-9 .-"', allowed);
    const required = input.required === undefined ? false : readBoolean(input.required);
    if (required === undefined) return report(`${path}.required`, 'true or false', input.required);
    const price = readPrice(input, path, report);
    return price && { key, label, kind, maxLength, required, ...price, ...(allowed === undefined ? {} : { allowed }) };
  }
  if (kind === 'number') return readNumberOption(input, key, label, path, report);

  if (!Array.isArray(input.values) || input.values.length === 0 || input.values.length > LIMITS.values) {
    return report(`${path}.values`, `a list of 1 to ${LIMITS.values} values`, input.values);
  }
  const values: OptionValue[] = [];
  for (const [index, item] of input.values.entries()) {
    const value = readValue(item, `${path}.values[${index}]`, report);
    if (!value) return undefined;
    if (values.some((other) => other.value === value.value)) return report(`${path}.values[${index}].value`, 'a value not listed before in this option', value.value);
    values.push(value);
  }
  return { key, label, kind: kind as ListOption['kind'], values };
}

function readNumberOption(input: Record<string, unknown>, key: string, label: string, path: string, report: Report): ProductOption | undefined {
  const bound = (field: string) => {
    const value = readNumber(input[field]);
    return value !== undefined && Math.abs(value) <= LIMITS.magnitude ? value : report(`${path}.${field}`, `a number from -${LIMITS.magnitude} to ${LIMITS.magnitude}`, input[field]);
  };
  const min = bound('min');
  const max = bound('max');
  if (min === undefined || max === undefined) return undefined;
  if (min >= max) return report(`${path}.max`, `a number above min (${min})`, input.max);
  const step = input.step === undefined ? 1 : readNumber(input.step);
  if (step === undefined || step <= 0 || (max - min) / step > LIMITS.gridPoints) {
    return report(`${path}.step`, `a number above 0 that divides ${min}–${max} into at most ${LIMITS.gridPoints} steps`, input.step);
  }
  const grid = { min, max, step };
  const initial = input.default === undefined ? min : readNumber(input.default);
  if (initial === undefined || snapToGrid(grid, initial) !== initial) return report(`${path}.default`, `a number from ${min} to ${max} in steps of ${step}`, input.default);
  const unit = optionalText(input.unit, LIMITS.unit, `${path}.unit`, report);
  return { key, label, kind: 'number', min, max, step, default: initial, ...(unit === undefined ? {} : { unit }) };
}

/** `value` when it lies on the grid of `option` (within rounding), exactly as the grid writes it; else undefined. */
export function snapToGrid(option: { min: number; max: number; step: number }, value: number): number | undefined {
  const steps = (value - option.min) / option.step;
  const whole = Math.round(steps);
  if (!Number.isFinite(steps) || Math.abs(steps - whole) > 1e-9 || value < option.min - 1e-9 || value > option.max + 1e-9) return undefined;
  // `0.1 + 0.2` is 0.30000000000000004: write the grid point with the step's decimals.
  const decimals = Math.min(12, Math.max(decimalsOf(option.step), decimalsOf(option.min)));
  return Number((option.min + whole * option.step).toFixed(decimals));
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

function readValue(item: unknown, path: string, report: Report): OptionValue | undefined {
  const entry = isRecord(item) ? item : { value: item };
  const value = typeof entry.value === 'number' || typeof entry.value === 'string' ? String(entry.value).trim() : '';
  if (!value || value.length > LIMITS.label) return report(`${path}.value`, `a non-empty text or number of at most ${LIMITS.label} characters`, entry.value);
  const label = optionalText(entry.label, LIMITS.label, `${path}.label`, report) ?? value;
  const available = entry.available === undefined ? true : readBoolean(entry.available);
  if (available === undefined) return report(`${path}.available`, 'true or false', entry.available);
  if (entry.swatch !== undefined && !(typeof entry.swatch === 'string' && SWATCH.test(entry.swatch))) {
    return report(`${path}.swatch`, 'a colour such as "#1d4ed8" or "#fff"', entry.swatch);
  }
  const urls: Partial<Record<'image' | 'layer', string>> = {};
  for (const field of ['image', 'layer'] as const) {
    if (entry[field] === undefined) continue;
    const url = readUrl(entry[field]);
    if (!url) return report(`${path}.${field}`, 'an http(s) or relative URL', entry[field]);
    urls[field] = url;
  }
  const price = readPrice(entry, path, report);
  return price && { value, label, available, ...price, ...(entry.swatch === undefined ? {} : { swatch: entry.swatch as string }), ...urls };
}

/** `priceDelta` (a number, or `"10%"`) and `pricePercent`; undefined after reporting a bad one. */
function readPrice(entry: Record<string, unknown>, path: string, report: Report): { priceDelta?: number; pricePercent?: number } | undefined {
  const price: { priceDelta?: number; pricePercent?: number } = {};
  const { priceDelta, pricePercent } = entry;
  const percentText = typeof priceDelta === 'string' && priceDelta.trim().endsWith('%');
  for (const [field, raw, percent] of [
    ['priceDelta', priceDelta, percentText],
    ['pricePercent', pricePercent, true],
  ] as const) {
    if (raw === undefined) continue;
    const amount = readNumber(typeof raw === 'string' ? raw.replace('%', '') : raw);
    if (amount === undefined || Math.abs(amount) > (percent ? 1000 : LIMITS.magnitude)) {
      return report(`${path}.${field}`, percent ? 'a percentage such as 10 or "10%"' : 'an amount such as 180 or "-20", or a percentage such as "10%"', raw);
    }
    price[percent ? 'pricePercent' : 'priceDelta'] = amount;
  }
  return price;
}

function optionalText(value: unknown, max: number, field: string, report: Report): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value.trim() : '';
  return text && text.length <= max ? text : report(field, `a non-empty text of at most ${max} characters`, value);
}

function integerIn(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined;
}

// ---- rules ---------------------------------------------------------------------------------

function readRule(input: unknown, path: string, options: ReadonlyMap<string, ProductOption>, report: Report): OptionRule | undefined {
  if (!isRecord(input)) return report(path, 'a rule object', input);
  const given = Object.keys(THEN_KINDS).filter((name) => input[name] !== undefined) as Array<keyof typeof THEN_KINDS>;
  if (given.length !== 1) return report(path, 'exactly one of requires, onlyWith, excludes, allow', given.length > 1 ? given.join(' and ') : 'none of them');
  const name = given[0]!;
  const condition = input.if === undefined ? [] : readCondition(input.if, `${path}.if`, options, report);
  if (!condition) return undefined;
  if (name !== 'allow') {
    const then = readCondition(input[name], `${path}.${name}`, options, report);
    return then && { kind: THEN_KINDS[name], if: condition, then };
  }
  const rows = input.allow;
  if (!Array.isArray(rows) || rows.length === 0 || rows.length > LIMITS.rows) return report(`${path}.allow`, `a list of 1 to ${LIMITS.rows} conditions`, rows);
  const read = rows.map((row, index) => readCondition(row, `${path}.allow[${index}]`, options, report));
  return read.every((row) => row !== undefined) ? { kind: 'allow', if: condition, rows: read as OptionClause[][] } : undefined;
}

function readCondition(input: unknown, path: string, options: ReadonlyMap<string, ProductOption>, report: Report): OptionClause[] | undefined {
  if (!isRecord(input) || Object.keys(input).length === 0) return report(path, 'an object naming at least one option', input);
  const clauses: OptionClause[] = [];
  for (const [key, value] of Object.entries(input as ConditionInput)) {
    const option = options.get(key);
    if (!option) return report(`${path}.${key}`, `one of the product's options (${[...options.keys()].join(', ') || 'none'})`, key);
    const clause = readClause(option, value, `${path}.${key}`, report);
    if (!clause) return undefined;
    clauses.push(clause);
  }
  return clauses;
}

function readClause(option: ProductOption, value: unknown, path: string, report: Report): OptionClause | undefined {
  const { key } = option;
  if (option.kind === 'text') {
    return isRecord(value) && typeof value.filled === 'boolean' ? { key, filled: value.filled } : report(path, '{ "filled": true } or { "filled": false }', value);
  }
  if (option.kind === 'number') {
    const range = isRecord(value) ? value : { min: value, max: value };
    const min = range.min === undefined ? undefined : readNumber(range.min);
    const max = range.max === undefined ? undefined : readNumber(range.max);
    const valid = (range.min !== undefined || range.max !== undefined) && (range.min === undefined || min !== undefined) && (range.max === undefined || max !== undefined);
    if (!valid || (min !== undefined && max !== undefined && min > max)) return report(path, 'a number, or { "min": …, "max": … } (either may be left out)', value);
    return { key, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  }
  const negated = isRecord(value) && 'not' in value;
  const listed = negated ? value.not : value;
  const list: unknown[] = Array.isArray(listed) ? listed : [listed];
  const known = (item: unknown) => (typeof item === 'number' || typeof item === 'string') && option.values.some((entry) => entry.value === String(item));
  const bad = list.findIndex((item) => !known(item));
  if (list.length === 0 || bad >= 0) {
    return report(path, `values of ${key} (${option.values.map((entry) => entry.value).join(', ')}), or { "not": … }`, bad >= 0 ? list[bad] : listed);
  }
  const items = new Set(list.map(String));
  const values = option.values.map((entry) => entry.value).filter((entry) => items.has(entry) !== negated);
  return values.length > 0 ? { key, values } : report(path, `values that leave at least one value of ${key}`, value);
}
