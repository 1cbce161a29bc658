/**
 * Reads a product's option data and rules (`Product.options`, `Product.rules`, as the catalog
 * gave them) into the option model, checking everything. A problem makes the product's
 * configuration unusable (a configuration that ignored a bad rule could offer what the
 * retailer forbids): the first one found is its problem. The product itself stays in the
 * catalog. Problems are data; `checkConfiguration` (check/, loaded to report them) words them.
 */
import type { ListOption, OptionClause, OptionKind, OptionRule, OptionValue, PriceDelta, Product, ProductOption } from '../model/types.js';
import { defined } from '../catalog/entries.js';
import { KEY } from '../catalog/product.js';
import { readUrl } from '../model/url.js';
import { humanize, isRecord, readBoolean, readNumber } from '../model/values.js';
import type { Expected } from './check/expected.js';
import { parseAllowed } from './text.js';

/** A field of a product's option data (or variants) that is not usable: where, what it should have been, what it was. */
export class DataProblem {
  constructor(
    /** Path of the field in the product (`options[1].values[2].swatch`, `rules[3].if.cpu`). */
    readonly field: string,
    readonly expected: Expected,
    readonly found: unknown,
    /** Keys of the options involved. */
    readonly options: readonly string[] = [],
  ) {}
}

export interface OptionData {
  options: ProductOption[];
  rules: OptionRule[];
  /** Empty when the data is usable. */
  problems: DataProblem[];
}

/** `values`: the solver tells at most 32 values of an option apart (see solver.ts). */
const LIMITS = { values: 32, text: 200, magnitude: 1e9, percent: 1000, gridPoints: 1e6 } as const;
const KINDS: readonly OptionKind[] = ['choice', 'size', 'material', 'text', 'number'];
const SWATCH = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const THEN_KINDS = { requires: 'requires', onlyWith: 'only-with', excludes: 'excludes' } as const;

type Input = Record<string, unknown>;

export function readOptionData(product: Product): OptionData {
  const fail = (field: string, expected: Expected, found: unknown): never => {
    throw new DataProblem(field, expected, found);
  };
  const record = (value: unknown, field: string, expected: Expected): Input => (isRecord(value) ? value : fail(field, expected, value));
  /** Field `name` of `input` read by `read`; undefined when absent. */
  const optional = <T>(input: Input, path: string, name: string, read: (value: unknown, field: string) => T): T | undefined =>
    input[name] === undefined ? undefined : read(input[name], `${path}.${name}`);
  const text = (value: unknown, field: string) => {
    const read = typeof value === 'string' ? value.trim() : '';
    return read && read.length <= LIMITS.text ? read : fail(field, ['text', LIMITS.text], value);
  };
  /** A number that `fits`; `text` is what is read of a text (a price's without its `%`). */
  const number = (value: unknown, field: string, expected: Expected, fits = (read: number) => Math.abs(read) <= LIMITS.magnitude, text = value) => {
    const read = readNumber(text);
    return read !== undefined && fits(read) ? read : fail(field, expected, value);
  };
  const boolean = (value: unknown, field: string) => readBoolean(value) ?? fail(field, ['boolean'], value);

  /** `priceDelta` (an amount, or `"10%"`) and `pricePercent`. */
  const price = (input: Input, path: string): PriceDelta => {
    const amount = (name: string, percent: boolean) =>
      optional(input, path, name, (value, field) =>
        number(value, field, [percent ? 'percent' : 'amount'], (read) => Math.abs(read) <= (percent ? LIMITS.percent : LIMITS.magnitude), typeof value === 'string' ? value.replace('%', '') : value),
      );
    const percent = typeof input.priceDelta === 'string' && input.priceDelta.trim().endsWith('%');
    const delta = amount('priceDelta', percent);
    return defined({ priceDelta: percent ? undefined : delta, pricePercent: amount('pricePercent', true) ?? (percent ? delta : undefined) });
  };

  const value = (item: unknown, path: string): OptionValue => {
    const entry = isRecord(item) ? item : { value: item };
    const raw = typeof entry.value === 'number' ? String(entry.value) : entry.value;
    const name = text(raw, `${path}.value`);
    const swatch = optional(entry, path, 'swatch', (colour, field) => (typeof colour === 'string' && SWATCH.test(colour) ? colour : fail(field, ['colour'], colour)));
    const url = (link: unknown, field: string) => readUrl(link) ?? fail(field, ['url'], link);
    const image = optional(entry, path, 'image', url);
    const layer = optional(entry, path, 'layer', url);
    return defined({ value: name, label: optional(entry, path, 'label', text) ?? name, available: optional(entry, path, 'available', boolean) ?? true, ...price(entry, path), swatch, image, layer });
  };

  const option = (input: unknown, path: string): ProductOption => {
    const entry = record(input, path, ['option']);
    const key = typeof entry.key === 'string' && KEY.test(entry.key) ? entry.key : fail(`${path}.key`, ['key'], entry.key);
    const label = optional(entry, path, 'label', text) ?? humanize(key);
    const kind = (entry.kind ?? (entry.values === undefined ? undefined : 'choice')) as OptionKind;
    if (!KINDS.includes(kind)) fail(`${path}.kind`, ['kind', KINDS.join(', ')], entry.kind);

    if (kind === 'text') {
      const allowed = optional(entry, path, 'allowed', (spec, field) => (parseAllowed(text(spec, field)) ? (spec as string).trim() : fail(field, ['allowed'], spec)));
      return defined({
        key,
        label,
        kind,
        maxLength: optional(entry, path, 'maxLength', (length, field) => number(length, field, ['max-length', LIMITS.text], (read) => Number.isInteger(read) && read >= 1 && read <= LIMITS.text)) ?? LIMITS.text,
        required: optional(entry, path, 'required', boolean) ?? false,
        ...price(entry, path),
        allowed,
      });
    }
    if (kind === 'number') {
      const min = number(entry.min, `${path}.min`, ['number', LIMITS.magnitude]);
      const max = number(entry.max, `${path}.max`, ['max', min], (read) => read > min && read <= LIMITS.magnitude);
      const step = optional(entry, path, 'step', (raw, field) => number(raw, field, ['step', min, max, LIMITS.gridPoints], (read) => read > 0 && (max - min) / read <= LIMITS.gridPoints)) ?? 1;
      const grid = { min, max, step };
      const initial = optional(entry, path, 'default', (raw, field) => number(raw, field, ['default', min, max, step], (read) => snapToGrid(grid, read) === read)) ?? min;
      return defined({ key, label, kind, ...grid, default: initial, unit: optional(entry, path, 'unit', text) });
    }
    const values = Array.isArray(entry.values) && entry.values.length > 0 && entry.values.length <= LIMITS.values ? entry.values : fail(`${path}.values`, ['values', LIMITS.values], entry.values);
    const read = values.map((item, index) => value(item, `${path}.values[${index}]`));
    read.forEach((entry, index) => {
      if (read.findIndex((other) => other.value === entry.value) < index) fail(`${path}.values[${index}].value`, ['unique-value'], entry.value);
    });
    return { key, label, kind: kind as ListOption['kind'], values: read };
  };

  /** A clause on a list option: a value, a list of values, or `{ not: … }` for all the others. */
  const clause = (target: ProductOption, input: unknown, path: string): OptionClause => {
    const { key } = target;
    if (!('values' in target)) return fail(path, ['list-option', key, target.kind], input);
    const negated = isRecord(input) && 'not' in input;
    const listed = negated ? input.not : input;
    const items = (Array.isArray(listed) ? listed : [listed]).map((item) => (typeof item === 'number' ? String(item) : item));
    const known = target.values.map((entry) => entry.value);
    const unknown = items.find((item) => !known.includes(item as string));
    if (items.length === 0 || unknown !== undefined) fail(path, ['option-values', key, known.join(', ')], unknown ?? listed);
    const values = known.filter((entry) => items.includes(entry) !== negated);
    return values.length > 0 ? { key, values } : fail(path, ['some-value', key], input);
  };

  const condition = (input: unknown, path: string, options: ReadonlyMap<string, ProductOption>): OptionClause[] => {
    const entries = Object.entries(isRecord(input) ? input : {});
    if (entries.length === 0) fail(path, ['condition'], input);
    return entries.map(([key, value]) => {
      const target = options.get(key) ?? fail(`${path}.${key}`, ['option-key', [...options.keys()].join(', ')], key);
      return clause(target, value, `${path}.${key}`);
    });
  };

  const rule = (input: unknown, path: string, options: ReadonlyMap<string, ProductOption>): OptionRule => {
    const entry = record(input, path, ['rule']);
    const given = (Object.keys(THEN_KINDS) as Array<keyof typeof THEN_KINDS>).filter((name) => entry[name] !== undefined);
    if (given.length !== 1) fail(path, ['consequence'], given.join(' and ') || 'none of them');
    const name = given[0]!;
    return { kind: THEN_KINDS[name], if: optional(entry, path, 'if', (value, field) => condition(value, field, options)) ?? [], then: condition(entry[name], `${path}.${name}`, options) };
  };

  try {
    const options = (product.options ?? []).map((input, index) => option(input, `options[${index}]`));
    const byKey = new Map<string, ProductOption>();
    options.forEach(({ key }, index) => (byKey.has(key) ? fail(`options[${index}].key`, ['unique-key'], key) : byKey.set(key, options[index]!)));
    return { options, rules: (product.rules ?? []).map((input, index) => rule(input, `rules[${index}]`, byKey)), problems: [] };
  } catch (problem) {
    if (problem instanceof DataProblem) return { options: [], rules: [], problems: [problem] };
    throw problem;
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
