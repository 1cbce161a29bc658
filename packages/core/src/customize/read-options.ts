/**
 * Reads a product's option data and rules (`Product.options`, `Product.rules`, as the catalog
 * gave them) into the option model, checking everything. A problem makes the product's
 * configuration unusable (a configuration that ignored a bad rule could offer what the
 * retailer forbids): the first one found is its error. The product itself stays in the catalog.
 */
import type { ListOption, OptionClause, OptionKind, OptionRule, OptionValue, PriceDelta, Product, ProductOption } from '../model/types.js';
import { readUrl } from '../model/url.js';
import { humanize, isRecord, readBoolean, readNumber } from '../model/values.js';
import { ConfigurationError } from './errors.js';
import { clausesOf } from './model.js';
import { parseAllowed } from './text.js';

export interface OptionData {
  options: ProductOption[];
  rules: OptionRule[];
  /** Empty when the data is usable. */
  errors: ConfigurationError[];
}

/** `values`: the solver tells at most 32 values of an option apart (see solver.ts), so a number's rules may name at most 31 bounds. */
const LIMITS = { values: 32, bounds: 31, text: 200, magnitude: 1e9, percent: 1000, gridPoints: 1e6, rows: 100 } as const;
const KEY = /^[A-Za-z0-9][\w.-]{0,63}$/;
const KINDS: readonly OptionKind[] = ['choice', 'size', 'material', 'text', 'number'];
const SWATCH = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const THEN_KINDS = { requires: 'requires', onlyWith: 'only-with', excludes: 'excludes', allow: 'allow' } as const;

type Input = Record<string, unknown>;
type NumberClause = { min?: number; max?: number };

export function readOptionData(product: Product): OptionData {
  const fail = (field: string, expected: string, found: unknown): never => {
    throw new ConfigurationError(product.id, field, { field, expected, found });
  };
  const record = (value: unknown, field: string, expected: string): Input => (isRecord(value) ? value : fail(field, expected, value));
  /** Field `name` of `input` read by `read`; undefined when absent. */
  const optional = <T>(input: Input, path: string, name: string, read: (value: unknown, field: string) => T): T | undefined =>
    input[name] === undefined ? undefined : read(input[name], `${path}.${name}`);
  const text = (value: unknown, field: string) => {
    const read = typeof value === 'string' ? value.trim() : '';
    return read && read.length <= LIMITS.text ? read : fail(field, `a non-empty text of at most ${LIMITS.text} characters`, value);
  };
  /** A number that `fits`; `text` is what is read of a text (a price's without its `%`). */
  const number = (value: unknown, field: string, expected: string, fits = (read: number) => Math.abs(read) <= LIMITS.magnitude, text = value) => {
    const read = readNumber(text);
    return read !== undefined && fits(read) ? read : fail(field, expected, value);
  };
  const boolean = (value: unknown, field: string) => readBoolean(value) ?? fail(field, 'true or false', value);

  /** `priceDelta` (an amount, or `"10%"`) and `pricePercent`. */
  const price = (input: Input, path: string): PriceDelta => {
    const charge: PriceDelta = {};
    for (const name of ['priceDelta', 'pricePercent'] as const) {
      const raw = input[name];
      const percent = name === 'pricePercent' || (typeof raw === 'string' && raw.trim().endsWith('%'));
      const expected = percent ? 'a percentage such as 10 or "10%"' : 'an amount such as 180 or "-20", or a percentage such as "10%"';
      const amount = optional(input, path, name, (value, field) =>
        number(value, field, expected, (read) => Math.abs(read) <= (percent ? LIMITS.percent : LIMITS.magnitude), typeof value === 'string' ? value.replace('%', '') : value),
      );
      if (amount !== undefined) charge[percent ? 'pricePercent' : 'priceDelta'] = amount;
    }
    return charge;
  };

  const value = (item: unknown, path: string): OptionValue => {
    const entry = isRecord(item) ? item : { value: item };
    const raw = typeof entry.value === 'number' ? String(entry.value) : entry.value;
    const name = text(raw, `${path}.value`);
    const swatch = optional(entry, path, 'swatch', (colour, field) => (typeof colour === 'string' && SWATCH.test(colour) ? colour : fail(field, 'a colour such as "#1d4ed8" or "#fff"', colour)));
    const url = (link: unknown, field: string) => readUrl(link) ?? fail(field, 'an http(s) or relative URL', link);
    const image = optional(entry, path, 'image', url);
    const layer = optional(entry, path, 'layer', url);
    return {
      value: name,
      label: optional(entry, path, 'label', text) ?? name,
      available: optional(entry, path, 'available', boolean) ?? true,
      ...price(entry, path),
      ...(swatch ? { swatch } : {}),
      ...(image ? { image } : {}),
      ...(layer ? { layer } : {}),
    };
  };

  const option = (input: unknown, path: string): ProductOption => {
    const entry = record(input, path, 'an option object');
    const key = typeof entry.key === 'string' && KEY.test(entry.key) ? entry.key : fail(`${path}.key`, 'a key of letters, digits, "-", "_" or "." (at most 64)', entry.key);
    const label = optional(entry, path, 'label', text) ?? humanize(key);
    const kind = (entry.kind ?? (entry.values === undefined ? undefined : 'choice')) as OptionKind;
    if (!KINDS.includes(kind)) fail(`${path}.kind`, `one of ${KINDS.join(', ')}`, entry.kind);

    if (kind === 'text') {
      const allowed = optional(entry, path, 'allowed', (spec, field) => (parseAllowed(text(spec, field)) ? (spec as string).trim() : fail(field, 'characters and ranges such as "A-Za-z0-9 .-"', spec)));
      return {
        key,
        label,
        kind,
        maxLength: optional(entry, path, 'maxLength', (length, field) => (Number.isInteger(length) && (length as number) >= 1 && (length as number) <= LIMITS.text ? (length as number) : fail(field, `a whole number from 1 to ${LIMITS.text}`, length))) ?? LIMITS.text,
        required: optional(entry, path, 'required', boolean) ?? false,
        ...price(entry, path),
        ...(allowed === undefined ? {} : { allowed }),
      };
    }
    if (kind === 'number') {
      const bound = (name: string) => number(entry[name], `${path}.${name}`, `a number from -${LIMITS.magnitude} to ${LIMITS.magnitude}`);
      const min = bound('min');
      const max = number(entry.max, `${path}.max`, `a number above min (${min})`, (read) => read > min && read <= LIMITS.magnitude);
      const step = optional(entry, path, 'step', (raw, field) => number(raw, field, `a number above 0 that divides ${min}–${max} into at most ${LIMITS.gridPoints} steps`, (read) => read > 0 && (max - min) / read <= LIMITS.gridPoints)) ?? 1;
      const grid = { min, max, step };
      const initial = optional(entry, path, 'default', (raw, field) => number(raw, field, `a number from ${min} to ${max} in steps of ${step}`, (read) => snapToGrid(grid, read) === read)) ?? min;
      const unit = optional(entry, path, 'unit', text);
      return { key, label, kind, ...grid, default: initial, ...(unit === undefined ? {} : { unit }) };
    }
    const values = Array.isArray(entry.values) && entry.values.length > 0 && entry.values.length <= LIMITS.values ? entry.values : fail(`${path}.values`, `a list of 1 to ${LIMITS.values} values`, entry.values);
    const read = values.map((item, index) => value(item, `${path}.values[${index}]`));
    read.forEach((entry, index) => {
      if (read.findIndex((other) => other.value === entry.value) < index) fail(`${path}.values[${index}].value`, 'a value not listed before in this option', entry.value);
    });
    return { key, label, kind: kind as ListOption['kind'], values: read };
  };

  const clause = (target: ProductOption, input: unknown, path: string): OptionClause => {
    const { key } = target;
    if (target.kind === 'text') return isRecord(input) && typeof input.filled === 'boolean' ? { key, filled: input.filled } : fail(path, '{ "filled": true } or { "filled": false }', input);
    if (target.kind === 'number') {
      const range = isRecord(input) ? input : { min: input, max: input };
      const expected = 'a number, or { "min": …, "max": … } (either may be left out)';
      const min = optional(range, path, 'min', (bound) => number(bound, path, expected));
      const max = optional(range, path, 'max', (bound) => number(bound, path, expected, (read) => read >= (min ?? -Infinity)));
      return min === undefined && max === undefined ? fail(path, expected, input) : { key, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    const negated = isRecord(input) && 'not' in input;
    const listed = negated ? input.not : input;
    const items = (Array.isArray(listed) ? listed : [listed]).map((item) => (typeof item === 'number' ? String(item) : item));
    const known = target.values.map((entry) => entry.value);
    const unknown = items.find((item) => !known.includes(item as string));
    if (items.length === 0 || unknown !== undefined) fail(path, `values of ${key} (${known.join(', ')}), or { "not": … }`, unknown ?? listed);
    const values = known.filter((entry) => items.includes(entry) !== negated);
    return values.length > 0 ? { key, values } : fail(path, `values that leave at least one value of ${key}`, input);
  };

  const condition = (input: unknown, path: string, options: ReadonlyMap<string, ProductOption>): OptionClause[] => {
    const entries = Object.entries(isRecord(input) ? input : {});
    if (entries.length === 0) fail(path, 'an object naming at least one option', input);
    return entries.map(([key, value]) => {
      const target = options.get(key) ?? fail(`${path}.${key}`, `one of the product's options (${[...options.keys()].join(', ') || 'none'})`, key);
      return clause(target, value, `${path}.${key}`);
    });
  };

  const rule = (input: unknown, path: string, options: ReadonlyMap<string, ProductOption>): OptionRule => {
    const entry = record(input, path, 'a rule object');
    const given = (Object.keys(THEN_KINDS) as Array<keyof typeof THEN_KINDS>).filter((name) => entry[name] !== undefined);
    if (given.length !== 1) fail(path, 'exactly one of requires, onlyWith, excludes, allow', given.join(' and ') || 'none of them');
    const name = given[0]!;
    const conditions = optional(entry, path, 'if', (value, field) => condition(value, field, options)) ?? [];
    if (name !== 'allow') return { kind: THEN_KINDS[name], if: conditions, then: condition(entry[name], `${path}.${name}`, options) };
    const rows = Array.isArray(entry.allow) && entry.allow.length > 0 && entry.allow.length <= LIMITS.rows ? entry.allow : fail(`${path}.allow`, `a list of 1 to ${LIMITS.rows} conditions`, entry.allow);
    return { kind: 'allow', if: conditions, rows: rows.map((row, index) => condition(row, `${path}.allow[${index}]`, options)) };
  };

  try {
    const options = (product.options ?? []).map((input, index) => option(input, `options[${index}]`));
    const byKey = new Map<string, ProductOption>();
    options.forEach(({ key }, index) => (byKey.has(key) ? fail(`options[${index}].key`, 'a key no other option of the product uses', key) : byKey.set(key, options[index]!)));
    const rules = (product.rules ?? []).map((input, index) => rule(input, `rules[${index}]`, byKey));
    for (const { key, kind } of options) {
      const bounds = new Set(rules.flatMap(clausesOf).flatMap((named) => (named.key === key && kind === 'number' ? [(named as NumberClause).min, (named as NumberClause).max] : [])));
      bounds.delete(undefined);
      if (bounds.size > LIMITS.bounds) fail('rules', `rules naming at most ${LIMITS.bounds} bounds of ${key}`, `${bounds.size}`);
    }
    return { options, rules, errors: [] };
  } catch (error) {
    if (error instanceof ConfigurationError) return { options: [], rules: [], errors: [error] };
    throw error;
  }
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
