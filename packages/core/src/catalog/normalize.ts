/**
 * Turns raw input from any number of sources into one validated catalog. One bad product
 * never loses the others: it is reported and left out; a bad optional field is reported and
 * left out of its product.
 */
import { inferDef, isAttributeType, mergeDef, readAttribute, type SchemaProblem } from '../model/attributes.js';
import type { AttributeDefInput, CatalogInput } from '../model/input.js';
import type { AttributeDef, CatalogIssue, OptionValue, Product, ProductOption, Variant } from '../model/types.js';
import { describeValue } from '../errors.js';
import { readUrl } from '../model/url.js';
import { humanize, isMissing, readAvailability, readMoney, readNumber } from '../model/values.js';

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

export function normalizeCatalog(sources: readonly CatalogSource[], options: NormalizeOptions = {}): Catalog {
  const run = normalizeSteps(sources, options);
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
  }
}

/**
 * The same work in slices: it pauses whenever it has run for `sliceMs`, so a large catalog
 * never blocks the shopper's input with one long task.
 */
export async function normalizeCatalogInSlices(sources: readonly CatalogSource[], options: NormalizeOptions = {}, sliceMs = 8): Promise<Catalog> {
  const run = normalizeSteps(sources, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = run.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

/** `scheduler.yield()` where the browser has it (keeps our place in the queue), else a task. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
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
    const report = reporter(issues, source, `products[${index}]`);
    const product = readProduct(raw, attributeByKey, currency, report);
    if (!product) continue;
    const firstSource = seen.get(product.id);
    if (firstSource === source) {
      report.product(product.id, 'id', 'an id not used by another product', product.id);
    } else if (firstSource === undefined) {
      // The same product from another source (a page's JSON-LD and the feed): first source wins.
      seen.set(product.id, source);
      byId.set(product.id, product);
    }
  }
  return { products: [...byId.values()], byId, attributes, attributeByKey, issues };
}

interface Reporter {
  (field: string, expected: string, found: unknown): void;
  product(id: string | undefined, field: string, expected: string, found: unknown): void;
}

function reporter(issues: CatalogIssue[], source: string, path: string, productId?: string): Reporter {
  const report = ((field: string, expected: string, found: unknown) => report.product(productId, field, expected, found)) as Reporter;
  report.product = (id, field, expected, found) => {
    const where = id === undefined ? path : `product "${id}"`;
    const foundText = describeValue(found);
    issues.push({
      source,
      productId: id,
      field: field ? `${path}.${field}` : path,
      expected,
      found: foundText,
      message: `Shortlist: ${where} (${source}): ${field ? `${field} should be` : 'should be'} ${expected}, found ${foundText}.`,
    });
  };
  return report;
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
    if (!attributes || typeof attributes !== 'object') continue;
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
    const report = reporter(issues, source, `attributes[${index}]`);
    if (!def || typeof def.key !== 'string' || !KEY.test(def.key)) {
      report('key', 'a key of letters, digits, "-", "_" or "." (at most 64)', def?.key);
      continue;
    }
    const problems: SchemaProblem[] = [];
    // Infer only what the schema leaves open: reading every value twice is the costliest part.
    const complete = isAttributeType(def.type) && (def.type !== 'number' || def.unit);
    const base = defs.get(def.key) ?? (complete ? { key: def.key, label: humanize(def.key), type: def.type! } : inferDef(def.key, valuesByKey.get(def.key) ?? []));
    yield;
    // A given order is the retailer's order: move the key to where it was (re)declared last.
    defs.delete(def.key);
    defs.set(def.key, mergeDef(base, def, problems));
    for (const [field, expected, found] of problems) report(field, expected, found);
  }
  for (const [key, values] of valuesByKey) {
    if (defs.has(key)) continue;
    defs.set(key, inferDef(key, values));
    yield;
  }
  return [...defs.values()];
}

function readText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text && text.length <= max ? text : undefined;
}

function readProduct(
  raw: unknown,
  attributeByKey: ReadonlyMap<string, AttributeDef>,
  currency: string | undefined,
  listReport: Reporter,
): Product | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    listReport('', 'a product object', raw);
    return undefined;
  }
  const input = raw as Record<string, unknown>;
  const id = readText(input.id, MAX.id);
  if (id === undefined) {
    listReport('id', `a non-empty text or number of at most ${MAX.id} characters`, input.id);
    return undefined;
  }
  const report = (field: string, expected: string, found: unknown) => listReport.product(id, field, expected, found);
  const name = readText(input.name, MAX.name);
  if (name === undefined) {
    report('name', `a non-empty text of at most ${MAX.name} characters`, input.name);
    return undefined;
  }
  const product: Product = { id, name, availability: 'unknown', attributes: {} };
  const ownCurrency = readText(input.currency, 3) ?? currency;

  /** Reads an optional field; a present but bad value is reported and left out. */
  const optional = <T>(field: string, expected: string, read: (value: unknown) => T | undefined): T | undefined => {
    const value = input[field];
    if (isMissing(value)) return undefined;
    const result = read(value);
    if (result === undefined) report(field, expected, value);
    return result;
  };

  product.url = optional('url', 'an http(s) or relative URL', readUrl);
  product.image = optional('image', 'an http(s) or relative URL', readUrl);
  product.brand = optional('brand', `a text of at most ${MAX.label} characters`, (value) => readText(value, MAX.label));
  product.category = optional('category', `a text of at most ${MAX.label} characters`, (value) => readText(value, MAX.label));
  product.price = optional('price', 'a price of 0 or more with a currency (ISO 4217, e.g. "EUR")', (value) => {
    const money = readMoney(value, ownCurrency);
    return money && money.amount >= 0 && money.amount < 1e9 ? money : undefined;
  });
  product.rating = optional('rating', 'a rating from 0 to 5', readRating);
  product.availability = optional('availability', 'a schema.org availability such as "InStock"', readAvailability) ?? 'unknown';
  product.options = optional('options', `a list of at most ${MAX.options} options`, readOptions);
  product.variants = optional('variants', 'a list of variants with an id and a selection', (value) => readVariants(value, ownCurrency));
  for (const key of Object.keys(product) as Array<keyof Product>) if (product[key] === undefined) delete product[key];

  const attributes = input.attributes;
  if (isMissing(attributes)) return product;
  if (typeof attributes !== 'object' || Array.isArray(attributes)) {
    report('attributes', 'an object of attribute values', attributes);
    return product;
  }
  const entries = Object.entries(attributes as object);
  if (entries.length > MAX.attributes) report('attributes', `at most ${MAX.attributes} attributes`, entries.length);
  for (const [key, value] of entries.slice(0, MAX.attributes)) {
    const def = attributeByKey.get(key);
    if (!def) {
      report(`attributes.${key.slice(0, 64)}`, 'a key of letters, digits, "-", "_" or "." (at most 64)', key);
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
  return count !== undefined && Number.isInteger(count) && count >= 0 ? { value: rating, count } : { value: rating };
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
      const text = readText(entry.value, MAX.label);
      if (text === undefined) return undefined;
      const delta = readNumber(entry.priceDelta);
      values.push({
        value: text,
        label: readText(entry.label, MAX.label) ?? text,
        ...(delta !== undefined && { priceDelta: delta }),
        available: entry.available !== false,
      });
    }
    options.push({ key, label: readText(option.label, MAX.label) ?? humanize(key), values });
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
    const entries = Object.entries(selection).map(([key, choice]) => [key, readText(choice, MAX.label)]);
    if (entries.some(([, choice]) => choice === undefined)) return undefined;
    const variant: Variant = { id, selection: Object.fromEntries(entries) };
    const price = readMoney(item.price, currency);
    if (price) variant.price = price;
    const availability = readAvailability(item.availability);
    if (availability) variant.availability = availability;
    const url = readUrl(item.url);
    if (url) variant.url = url;
    const image = readUrl(item.image);
    if (image) variant.image = image;
    variants.push(variant);
  }
  return variants;
}
