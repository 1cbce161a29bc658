/**
 * Turns raw input from any number of sources into one validated catalog. One bad product
 * never loses the others: it is reported and left out; a bad optional field is reported and
 * left out of its product.
 */
import { inferDef, isAttributeType, mergeDef, readAttribute } from '../model/attributes.js';
import type { AttributeDefInput, CatalogInput } from '../model/input.js';
import type { AttributeDef, CatalogIssue, OptionValue, Product, ProductOption, Variant } from '../model/types.js';
import { readUrl } from '../model/url.js';
import { humanize, isMissing, isRecord, isTextual, readAvailability, readMoney, readNumber } from '../model/values.js';
import { runInSlices, runSteps } from '../steps.js';
import { catalogIssue, defined } from './sources/shared.js';

/** A validated, normalized catalog. */
export interface Catalog {
  /** Valid products, in the order the sources listed them. */
  readonly products: readonly Product[];
  readonly byId: ReadonlyMap<string, Product>;
  /** Attribute definitions: the retailer's order first, then inferred ones in order of appearance. */
  readonly attributes: readonly AttributeDef[];
  readonly attributeByKey: ReadonlyMap<string, AttributeDef>;
  /** Everything that was wrong and left out. */
  readonly issues: readonly CatalogIssue[];
}

export interface CatalogSource {
  /** Name used in issues: `inline`, `feed`, `json-ld`, `dom`. */
  source: string;
  input: CatalogInput;
}

export interface NormalizeOptions {
  /** Currency of bare price amounts. */
  currency?: string;
  /** The retailer's schema; overrides the sources' and the inferred one. */
  attributes?: readonly AttributeDefInput[];
}

const MAX = { id: 128, name: 300, label: 200, attributes: 500, options: 50 } as const;
const KEY = /^[A-Za-z0-9][\w.-]{0,63}$/;
const KEY_EXPECTED = 'a key of letters, digits, "-", "_" or "." (at most 64)';

export function normalizeCatalog(sources: readonly CatalogSource[], options: NormalizeOptions = {}): Catalog {
  return runSteps(normalizeSteps(sources, options));
}

/**
 * The same work in slices: it pauses whenever it has run for `sliceMs`, so a large catalog
 * never blocks the shopper's input with one long task.
 */
export function normalizeCatalogInSlices(sources: readonly CatalogSource[], options: NormalizeOptions = {}, sliceMs = 8): Promise<Catalog> {
  return runInSlices(normalizeSteps(sources, options), sliceMs);
}

/** Normalization as steps: each `yield` is a point where the work may pause. */
function* normalizeSteps(sources: readonly CatalogSource[], options: NormalizeOptions): Generator<void, Catalog> {
  const issues: CatalogIssue[] = [];
  const rawProducts = sources.flatMap(({ source, input }) =>
    (Array.isArray(input.products) ? input.products : []).map((raw, index) => ({ source, raw, index, currency: input.currency ?? options.currency })),
  );
  const attributes = yield* buildSchema(sources, rawProducts.map(({ raw }) => raw), options.attributes ?? [], issues);
  const attributeByKey = new Map(attributes.map((def) => [def.key, def]));

  const byId = new Map<string, Product>();
  const seen = new Map<string, string>();
  for (const { source, raw, index, currency } of rawProducts) {
    yield;
    const reportOn = reporter(issues, source, `products[${index}]`);
    const product = readProduct(raw, attributeByKey, currency, reportOn);
    if (!product) continue;
    const firstSource = seen.get(product.id);
    if (firstSource === source) {
      reportOn(product.id)('id', 'an id not used by another product', product.id);
    } else if (firstSource === undefined) {
      // The same product from another source (a page's JSON-LD and the feed): first source wins.
      seen.set(product.id, source);
      byId.set(product.id, product);
    }
  }
  return { products: [...byId.values()], byId, attributes, attributeByKey, issues };
}

type Report = (field: string, expected: string, found: unknown) => void;
/** Reports on the entry at a path: on its product, once the product's id is known. */
type Reporter = (id?: string) => Report;

function reporter(issues: CatalogIssue[], source: string, path: string): Reporter {
  return (id) =>
    (field, expected, found) => {
      const where = id === undefined ? path : `product "${id}"`;
      issues.push(catalogIssue(source, field ? `${path}.${field}` : path, expected, found, `${where} (${source})`, id, field));
    };
}

function* buildSchema(
  sources: readonly CatalogSource[],
  rawProducts: readonly unknown[],
  explicit: readonly AttributeDefInput[],
  issues: CatalogIssue[],
): Generator<void, AttributeDef[]> {
  const valuesByKey = new Map<string, unknown[]>();
  for (const raw of rawProducts) {
    yield;
    const attributes = (raw as { attributes?: unknown })?.attributes;
    // An array is reported with its product; its indices are no attribute keys.
    if (!isRecord(attributes)) continue;
    for (const [key, value] of Object.entries(attributes)) {
      if (!KEY.test(key)) continue;
      let values = valuesByKey.get(key);
      if (!values) valuesByKey.set(key, (values = []));
      values.push(value);
    }
  }
  // Later entries override earlier ones: sources' schemas, then the retailer's configuration.
  const given = [
    ...sources.flatMap(({ source, input }) => (input.attributes ?? []).map((def, index) => ({ def, source, index }))),
    ...explicit.map((def, index) => ({ def, source: 'config', index })),
  ];
  const defs = new Map<string, AttributeDef>();
  for (const { def, source, index } of given) {
    const report = reporter(issues, source, `attributes[${index}]`)();
    if (!def || typeof def.key !== 'string' || !KEY.test(def.key)) {
      report('key', KEY_EXPECTED, def?.key);
      continue;
    }
    // Infer only what the schema leaves open: reading every value twice is the costliest part.
    const complete = isAttributeType(def.type) && (def.type !== 'number' || def.unit);
    const base = defs.get(def.key) ?? (complete ? { key: def.key, label: humanize(def.key), type: def.type! } : inferDef(def.key, valuesByKey.get(def.key) ?? []));
    yield;
    // A given order is the retailer's order: move the key to where it was (re)declared last.
    defs.delete(def.key);
    defs.set(def.key, mergeDef(base, def, report));
  }
  for (const [key, values] of valuesByKey) {
    if (defs.has(key)) continue;
    defs.set(key, inferDef(key, values));
    yield;
  }
  return [...defs.values()];
}

function readText(value: unknown, max: number): string | undefined {
  if (!isTextual(value)) return undefined;
  const text = String(value).trim();
  return text && text.length <= max ? text : undefined;
}

const readLabel = (value: unknown) => readText(value, MAX.label);

function readProduct(
  input: unknown,
  attributeByKey: ReadonlyMap<string, AttributeDef>,
  currency: string | undefined,
  reportOn: Reporter,
): Product | undefined {
  if (!isRecord(input)) {
    reportOn()('', 'a product object', input);
    return undefined;
  }
  const id = readText(input.id, MAX.id);
  if (id === undefined) {
    reportOn()('id', `a non-empty text or number of at most ${MAX.id} characters`, input.id);
    return undefined;
  }
  const report = reportOn(id);
  const name = readText(input.name, MAX.name);
  if (name === undefined) {
    report('name', `a non-empty text of at most ${MAX.name} characters`, input.name);
    return undefined;
  }
  const ownCurrency = readText(input.currency, 3) ?? currency;

  /** Reads an optional field; a present but bad value is reported and left out. */
  const optional = <T>(field: string, expected: string, read: (value: unknown) => T | undefined): T | undefined => {
    const value = input[field];
    if (isMissing(value)) return undefined;
    const result = read(value);
    if (result === undefined) report(field, expected, value);
    return result;
  };

  const product: Product = {
    id,
    name,
    availability: 'unknown',
    attributes: {},
    ...defined({
      url: optional('url', 'an http(s) or relative URL', readUrl),
      image: optional('image', 'an http(s) or relative URL', readUrl),
      brand: optional('brand', `a text of at most ${MAX.label} characters`, readLabel),
      category: optional('category', `a text of at most ${MAX.label} characters`, readLabel),
      price: optional('price', 'a price of 0 or more with a currency (ISO 4217, e.g. "EUR")', (value) => {
        const money = readMoney(value, ownCurrency);
        return money && money.amount >= 0 && money.amount < 1e9 ? money : undefined;
      }),
      rating: optional('rating', 'a rating from 0 to 5', readRating),
      availability: optional('availability', 'a schema.org availability such as "InStock"', readAvailability),
      options: optional('options', `a list of at most ${MAX.options} options`, readOptions),
      variants: optional('variants', 'a list of variants with an id and a selection', (value) => readVariants(value, ownCurrency)),
    }),
  };

  const attributes = input.attributes;
  if (isMissing(attributes)) return product;
  if (!isRecord(attributes)) {
    report('attributes', 'an object of attribute values', attributes);
    return product;
  }
  const entries = Object.entries(attributes);
  if (entries.length > MAX.attributes) report('attributes', `at most ${MAX.attributes} attributes`, entries.length);
  for (const [key, value] of entries.slice(0, MAX.attributes)) {
    const def = attributeByKey.get(key);
    if (!def) {
      report(`attributes.${key.slice(0, 64)}`, KEY_EXPECTED, key);
      continue;
    }
    if (isMissing(value)) continue;
    const result = readAttribute(def, value, ownCurrency);
    if ('value' in result) product.attributes[key] = result.value;
    else report(`attributes.${key}`, result.expected, value);
  }
  return product;
}

function readRating(value: unknown) {
  const input = value && typeof value === 'object' ? (value as { value?: unknown; count?: unknown }) : { value };
  const rating = readNumber(input.value);
  if (rating === undefined || rating < 0 || rating > 5) return undefined;
  const count = readNumber(input.count);
  return defined({ value: rating, count: count !== undefined && Number.isInteger(count) && count >= 0 ? count : undefined });
}

function readOptions(value: unknown): ProductOption[] | undefined {
  if (!Array.isArray(value) || value.length > MAX.options) return undefined;
  const options: ProductOption[] = [];
  for (const option of value) {
    const key = readText(option?.key, 64);
    if (!key || !Array.isArray(option.values)) return undefined;
    const values: OptionValue[] = [];
    for (const item of option.values) {
      const entry = typeof item === 'object' && item !== null ? item : { value: item };
      const text = readLabel(entry.value);
      if (text === undefined) return undefined;
      values.push(
        defined({
          value: text,
          label: readLabel(entry.label) ?? text,
          priceDelta: readNumber(entry.priceDelta),
          available: entry.available !== false,
        }),
      );
    }
    options.push({ key, label: readLabel(option.label) ?? humanize(key), values });
  }
  return options;
}

function readVariants(value: unknown, currency: string | undefined): Variant[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const variants: Variant[] = [];
  for (const item of value) {
    const id = readText(item?.id, MAX.id);
    const selection = item?.selection;
    if (!id || !selection || typeof selection !== 'object') return undefined;
    const entries = Object.entries(selection).map(([key, choice]) => [key, readLabel(choice)]);
    if (entries.some(([, choice]) => choice === undefined)) return undefined;
    variants.push(
      defined({
        id,
        // Every choice was read above.
        selection: Object.fromEntries(entries) as Variant['selection'],
        price: readMoney(item.price, currency),
        availability: readAvailability(item.availability),
        url: readUrl(item.url),
        image: readUrl(item.image),
      }),
    );
  }
  return variants;
}
