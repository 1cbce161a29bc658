/**
 * Reads the products a page describes in schema.org terms — JSON-LD blocks, or microdata items
 * read into the same shape — into raw products. It only extracts and shapes data:
 * `normalizeCatalog` validates it later.
 *
 * Variants: a `ProductGroup`'s `hasVariant` (inline or by reference), products joined to a group
 * of the page by `isVariantOf` or `inProductGroupWithID`, or a product's offers when each has
 * its own SKU. A variant is not a product of the page; a variant that lives on another page
 * (`{ "url": … }` only) is neither.
 */
import type { OptionInput, ProductInput, VariantInput } from '../../model/input.js';
import { findUnit } from '../../model/units.js';
import { humanize, isRecord, readAmount } from '../../model/values.js';
import { AMBIGUOUS, SCHEMA_ORG } from '../../model/numbers.js';
import { CLEAR_NUMBER } from '../../model/attributes.js';
import type { CatalogIssue } from '../../model/types.js';
import { catalogIssue, defined, type Report } from '../entries.js';
import { addProduct, type ProductDraft, type SourceResult } from './shared.js';
import { deref, first, get, idOf, keyOf, list, literal, node, schemaName, text, typesOf, url, type SchemaNode, type SchemaReader } from './schema-nodes.js';
import { readOffers, summarize, type Offer, type Pricing } from './schema-offers.js';
import { getOrInsertComputed } from '../../get-or-insert.js';

/** One block of the page's data (a JSON-LD script, a microdata item) and the path issues name it by. */
export interface SchemaBlock {
  data: unknown;
  path: string;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts']);
const GTINS = ['gtin14', 'gtin13', 'gtin12', 'gtin8', 'gtin'];
const PRODUCT_ID_KEYS = ['sku', 'productID', '@id', ...GTINS];
// A group's own id (`productGroupID`) reads better than its `@id`, usually a page URL.
const GROUP_ID_KEYS = ['sku', 'productID', 'productGroupID', '@id', ...GTINS];
const VARIANT_ID_KEYS = ['sku', '@id', 'productID', ...GTINS];
/** Product properties that are measurements (`QuantitativeValue`s) or descriptions, read as attributes. */
const MEASURES = ['weight', 'height', 'width', 'depth'];
const DESCRIPTIONS = ['color', 'material', 'pattern'];

const isProduct = (value: SchemaNode) => typesOf(value).some((type) => PRODUCT_TYPES.has(type));
const isGroup = (value: SchemaNode) => typesOf(value).includes('ProductGroup');

/** The products a page's blocks describe, as the page source `source` (`json-ld`, `microdata`) found them under `root`. */
export function readSchemaPage(source: string, root: ParentNode, blocks: readonly SchemaBlock[], issues: CatalogIssue[]): SourceResult {
  const reader: SchemaReader = { source, base: (root as Node).baseURI ?? document.baseURI, byId: new Map(), issues, defs: new Map() };
  const products = new Map<string, ProductDraft>();
  for (const product of readSchemaProducts(blocks, reader)) addProduct(products, product);
  const attributes = [...reader.defs.values()];
  return { input: { products: [...products.values()], ...(attributes.length > 0 && { attributes }) }, issues };
}

/** Every product the blocks describe; problems go to `reader.issues`, attribute labels to `reader.defs`. */
function readSchemaProducts(blocks: readonly SchemaBlock[], reader: SchemaReader): ProductDraft[] {
  for (const { data } of blocks) indexIds(data, reader);
  const found = blocks.flatMap(({ data, path }) => [...findProducts(data, path)]);
  const variantsOf = new Map<SchemaNode, SchemaNode[]>();
  for (const [group] of found.filter(([candidate]) => isGroup(candidate))) {
    const groupId = text(group.productGroupID, reader);
    const joined = found
      .map(([candidate]) => candidate)
      .filter((candidate) => candidate !== group && (node(candidate.isVariantOf, reader) === group || (!!groupId && text(candidate.inProductGroupWithID, reader) === groupId)));
    const listed = list(group.hasVariant).map((variant) => deref(variant, reader)).filter(isRecord);
    variantsOf.set(group, [...new Set([...listed, ...joined])]);
  }
  const variants = new Set([...variantsOf.values()].flat());
  return found.flatMap(([candidate, path]) => {
    if (variants.has(candidate)) return [];
    const product = readProduct(candidate, path, variantsOf.get(candidate), reader);
    return product ? [product] : [];
  });
}

/** Indexes every node that defines an `@id`, so that references anywhere on the page find it. */
function indexIds(value: unknown, reader: SchemaReader) {
  if (Array.isArray(value)) for (const item of value) indexIds(item, reader);
  else if (isRecord(value)) {
    const id = Object.keys(value).some((key) => key !== '@id' && key !== '@type') ? idOf(value, reader) : undefined;
    if (id && !reader.byId.has(id)) reader.byId.set(id, value);
    for (const item of Object.values(value)) indexIds(item, reader);
  }
}

/**
 * Product nodes anywhere in the data: top level, arrays, `@graph`, `ItemList` items,
 * `Offer.itemOffered`… A product's own nested products (variants, related items) are not
 * products of the page, so the walk stops at each product, but for the group it is a variant of.
 */
function* findProducts(value: unknown, path: string): Generator<[SchemaNode, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* findProducts(item, `${path}[${i}]`);
  } else if (isRecord(value)) {
    if (!isProduct(value)) for (const [key, item] of Object.entries(value)) yield* findProducts(item, `${path}.${key}`);
    else {
      yield [value, path];
      yield* findProducts(value.isVariantOf, `${path}.isVariantOf`);
    }
  }
}

function readProduct(product: SchemaNode, path: string, variantNodes: SchemaNode[] | undefined, reader: SchemaReader): ProductDraft | undefined {
  const name = text(product.name, reader) ?? (variantNodes?.[0] && text(variantNodes[0].name, reader));
  const id = idFrom(product, variantNodes ? GROUP_ID_KEYS : PRODUCT_ID_KEYS, reader);
  const subject = reader.source === 'json-ld' ? 'JSON-LD product' : 'Microdata product';
  if (id === undefined) {
    const skipped = `${subject} ${name === undefined ? '' : `${JSON.stringify(name)} `}was skipped`;
    reader.issues.push(catalogIssue(reader.source, `${path}.sku`, 'an id (sku, productID, @id or gtin)', undefined, skipped));
    return undefined;
  }
  const report: Report = (field, expected, found) => reader.issues.push(catalogIssue(reader.source, field, expected, found, `${subject} "${id}"`, id));
  const offers = readOffers(product.offers, `${path}.offers`, reader, report);
  const pricing = summarize(offers);
  const varied = list(product.variesBy)
    .map((entry) => text(entry, reader))
    .filter((entry): entry is string => !!entry)
    .map(schemaName);
  const variants = variantNodes ? readVariants(product, variantNodes, varied, path, reader, report) : offerVariants(offers, reader);
  const rawId = typeof product['@id'] === 'string' ? product['@id'] : '';
  return defined({
    id,
    name,
    // Else the offer's page, else an `@id` written as a page address (WooCommerce's `…/#product`).
    url: url(product.url, reader) ?? pricing.url ?? (/^https?:\/\//i.test(rawId) ? idOf(product, reader)!.replace(/#.*$/, '') : undefined),
    image: url(product.image, reader),
    brand: text(product.brand, reader),
    gtin: gtinOf(product, reader),
    ...prices(pricing),
    availability: pricing.availability,
    rating: readRating(product.aggregateRating, `${path}.aggregateRating`, reader, report),
    category: text(product.category, reader)?.split('>').pop()?.trim() || undefined,
    attributes: readAttributes(product, varied, path, reader, report),
    ...variants,
  });
}

/** A product's or variant's prices in the input's terms: a bare amount when the page names no currency. */
function prices({ price, listPrice, min, max, currency }: Pricing): Pick<ProductInput, 'price' | 'listPrice' | 'priceRange'> {
  const money = (amount: number | undefined) => (amount === undefined ? undefined : currency ? { amount, currency } : amount);
  return defined({ price: money(price), listPrice: money(listPrice), priceRange: min === undefined || max === undefined ? undefined : { min, max, currency } });
}

/** The first id among `keys`: a text or number, an `@id` resolved against the page, a GTIN with its leading zeros. */
function idFrom(item: SchemaNode, keys: string[], reader: SchemaReader): string | undefined {
  for (const key of keys) {
    const id = key === '@id' ? idOf(item, reader) : GTINS.includes(key) ? gtinOf(item, reader, key) : literal(item[key], reader);
    if (id !== undefined) return String(id);
  }
  return undefined;
}

/** A GTIN as text; one a page wrote as a bare number gets back the leading zeros of its length (`gtin14`). */
function gtinOf(item: SchemaNode, reader: SchemaReader, only?: string): string | number | undefined {
  for (const key of only ? [only] : GTINS) {
    const value = literal(item[key], reader);
    const size = Number(key.slice(4)) || undefined;
    if (typeof value === 'number' && Number.isSafeInteger(value)) return size ? String(value).padStart(size, '0') : value;
    if (value !== undefined) return String(value);
  }
  return undefined;
}

/** A `ProductGroup`'s variants, and the values they vary by as options. */
function readVariants(group: SchemaNode, nodes: SchemaNode[], varied: string[], path: string, reader: SchemaReader, report: Report) {
  const values = new Map(varied.map((name) => [keyOf(name), { name, values: new Set<string>() }]));
  const variants: VariantInput[] = [];
  nodes.forEach((variant, i) => {
    // A variant that lives on another page (`{ "url": … }`) says nothing to compare.
    if (!isProduct(variant)) return;
    const at = `${path}.hasVariant[${i}]`;
    const id = idFrom(variant, VARIANT_ID_KEYS, reader);
    if (id === undefined) return report(`${at}.sku`, 'a variant id (sku, @id or productID)', undefined);
    const selection: Record<string, string> = {};
    for (const name of varied) {
      // What the group states (its material, say) holds for every variant that does not say otherwise.
      const choice = text(get(variant, name), reader) ?? propertyText(variant.additionalProperty, name, reader) ?? text(get(group, name), reader);
      if (choice === undefined) continue;
      selection[keyOf(name)] = choice;
      values.get(keyOf(name))?.values.add(choice);
    }
    const pricing = summarize(readOffers(variant.offers, `${at}.offers`, reader, report));
    variants.push(
      defined({
        id,
        name: text(variant.name, reader),
        selection,
        ...prices(pricing),
        availability: pricing.availability,
        url: url(variant.url, reader) ?? pricing.url,
        image: url(variant.image, reader),
      }),
    );
  });
  const options: OptionInput[] = [...values]
    .filter(([, option]) => option.values.size > 0)
    // A label only where the key lost letters of the name ("Größe" → `grosse`).
    .map(([key, { name, values: set }]) => ({ key, ...(humanize(key) !== humanize(name) && { label: humanize(name) }), values: [...set] }));
  return { options: options.length > 0 ? options : undefined, variants: variants.length > 0 ? variants : undefined };
}

/** Offers that each carry their own SKU (PrestaShop's combinations): one variant each. */
function offerVariants(offers: Offer[], reader: SchemaReader): { variants?: VariantInput[] } {
  const own = offers.filter((offer) => offer.sku);
  if (own.length < 2 || new Set(own.map((offer) => offer.sku)).size < own.length) return {};
  return {
    variants: own.map((offer) =>
      defined({ id: offer.sku!, name: text(offer.node.name, reader), selection: {}, ...prices(offer), availability: offer.availability, url: offer.url, image: url(offer.node.image, reader) }),
    ),
  };
}

/** The value of the `additionalProperty` whose name or propertyID is `name`. */
function propertyText(properties: unknown, name: string, reader: SchemaReader): string | undefined {
  const match = list(properties)
    .map((property) => deref(property, reader))
    .find((property) => isRecord(property) && [property.name, property.propertyID].some((key) => keyOf(text(key, reader) ?? '') === keyOf(name)));
  return isRecord(match) ? text(match.value, reader) : undefined;
}

/** `aggregateRating` on a 0–5 scale, whatever `bestRating` the store uses (Magento: percent). */
function readRating(value: unknown, path: string, reader: SchemaReader, report: Report): ProductInput['rating'] {
  const rating = node(value, reader);
  if (!rating) return undefined;
  const number = (field: string) => {
    const raw = literal(rating[field], reader);
    const amount = raw === undefined ? undefined : readAmount(raw, SCHEMA_ORG);
    if (amount === AMBIGUOUS) report(`${path}.${field}`, CLEAR_NUMBER, raw);
    return typeof amount === 'number' ? amount : undefined;
  };
  const score = number('ratingValue');
  if (score === undefined) {
    report(`${path}.ratingValue`, 'a number', literal(rating.ratingValue, reader) ?? first(rating.ratingValue));
    return undefined;
  }
  const best = number('bestRating') ?? 5;
  const count = number('reviewCount') || number('ratingCount');
  return defined({ value: best > 0 && best !== 5 ? (score * 5) / best : score, count });
}

/**
 * Attributes: `additionalProperty` `PropertyValue`s (keyed in kebab-case), the measurements
 * `weight`, `height`, `width`, `depth`, and `color`, `material`, `pattern` where variants do
 * not vary by them. A property given several times is a list.
 */
function readAttributes(product: SchemaNode, varied: string[], path: string, reader: SchemaReader, report: Report): Record<string, unknown> | undefined {
  const attributes = new Map<string, unknown[]>();
  const add = (key: string, label: string | undefined, value: unknown) => {
    if (value === undefined) return;
    getOrInsertComputed(attributes, key, () => []).push(value);
    if (!reader.defs.has(key)) reader.defs.set(key, defined({ key, label }));
  };
  list(product.additionalProperty).forEach((entry, i) => {
    const at = `${path}.additionalProperty[${i}]`;
    const property = deref(entry, reader);
    if (!isRecord(property)) return report(at, 'a PropertyValue', property);
    const label = text(property.name, reader);
    const key = keyOf(text(property.propertyID, reader) ?? label ?? '');
    if (!key) return report(`${at}.name`, 'a name or propertyID', property.name);
    add(key, label, measure(property, reader));
  });
  for (const key of MEASURES) add(key, humanize(key), measure(deref(first(product[key]), reader), reader));
  for (const key of DESCRIPTIONS) if (!varied.some((name) => keyOf(name) === key)) add(key, humanize(key), text(product[key], reader));
  const entries = [...attributes].map(([key, values]) => [key, values.length > 1 ? values.flat() : values[0]] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * A `PropertyValue` or `QuantitativeValue`: its value (a number, text, yes/no, or several) with
 * its unit (`unitCode` where Shortlist knows the code, else `unitText`); a range
 * (`minValue`/`maxValue`, open at either end) as text; plain text or a number as it is.
 */
function measure(value: unknown, reader: SchemaReader): unknown {
  if (!isRecord(value)) return typeof value === 'boolean' ? value : literal(value, reader);
  const code = text(value.unitCode, reader);
  const unit = code && findUnit(code) ? code : (text(value.unitText, reader) ?? code);
  const values = list(value.value).map((item) => (typeof item === 'boolean' ? item : literal(item, reader))).filter((item) => item !== undefined);
  if (values.length > 1) return values;
  if (values.length === 1) return unit ? { value: values[0], unit } : values[0];
  const [min, max] = [literal(value.minValue, reader), literal(value.maxValue, reader)];
  if (min === undefined && max === undefined) return undefined;
  const range = min === undefined ? `≤ ${max}` : max === undefined ? `≥ ${min}` : `${min}–${max}`;
  return unit ? `${range} ${findUnit(unit)?.symbol ?? unit}` : range;
}
