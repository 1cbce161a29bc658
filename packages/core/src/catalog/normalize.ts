/**
 * Turns raw input from any number of sources into one validated catalog. One bad product
 * never loses the others: it is reported and left out; a bad optional field is reported and
 * left out of its product.
 */
import { inferDef, isAttributeType, mergeDef } from '../model/attributes.js';
import type { AttributeDefInput, CatalogInput } from '../model/input.js';
import { SCHEMA_ORG } from '../model/numbers.js';
import type { AttributeDef, CatalogIssue, Product } from '../model/types.js';
import { humanize, isRecord } from '../model/values.js';
import { KEY, KEY_EXPECTED, readProduct, sharedValues, type Reporter } from './product.js';
import { runAtOnce, runInSlices } from './slices.js';
import { catalogIssue } from './entries.js';
import { getOrInsertComputed } from '../get-or-insert.js';

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
  /** Name used in issues: `inline`, `feed`, `json-ld`, `microdata`, `dom`. */
  source: string;
  input: CatalogInput;
  /**
   * How the source writes numbers in text: `schema.org` markup always with "." as the decimal
   * mark; otherwise (the default) in the retailer's locale, `NormalizeOptions.locale`.
   */
  numbers?: 'schema.org' | 'locale';
}

export interface NormalizeOptions {
  /** Currency of bare price amounts. */
  currency?: string;
  /**
   * The retailer's locale (`config.locale`), which feeds and product cards write numbers in:
   * "1.299,00" in `de-DE`. Without it, "1,299" and "1.299" both read as 1299.
   */
  locale?: string;
  /** The retailer's schema; overrides the sources' and the inferred one. */
  attributes?: readonly AttributeDefInput[];
}

export function normalizeCatalog(sources: readonly CatalogSource[], options: NormalizeOptions = {}): Catalog {
  return runAtOnce(normalizeSteps(sources, options));
}

/** The same work in slices of `sliceMs` (see slices.ts). */
export function normalizeCatalogInSlices(sources: readonly CatalogSource[], options: NormalizeOptions = {}, sliceMs = 8): Promise<Catalog> {
  return runInSlices(normalizeSteps(sources, options), sliceMs);
}

/** Normalization as steps: each `yield` is a point where the work may pause. */
function* normalizeSteps(sources: readonly CatalogSource[], options: NormalizeOptions): Generator<void, Catalog> {
  const issues: CatalogIssue[] = [];
  const localeNumbers = { locale: options.locale };
  const rawProducts = sources.flatMap(({ source, input, numbers }) =>
    (Array.isArray(input.products) ? input.products : []).map((raw, index) => ({
      source,
      raw,
      index,
      currency: input.currency ?? options.currency,
      numbers: numbers === 'schema.org' ? SCHEMA_ORG : localeNumbers,
    })),
  );
  const attributes = yield* buildSchema(sources, rawProducts.map(({ raw }) => raw), options.attributes ?? [], issues);
  const attributeByKey = new Map(attributes.map((def) => [def.key, def]));

  const byId = new Map<string, Product>();
  const seen = new Map<string, string>();
  const shared = sharedValues();
  for (const { source, raw, index, currency, numbers } of rawProducts) {
    yield;
    const reportOn = reporter(issues, source, `products[${index}]`);
    const product = readProduct(raw, { attributeByKey, currency, numbers, shared }, reportOn);
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
      getOrInsertComputed(valuesByKey, key, () => []).push(value);
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
