/**
 * Reads the schema.org `Product` / `ProductGroup` JSON-LD a store already publishes for
 * search engines. It only extracts and shapes data: `normalizeCatalog` validates it later.
 */
import type { AttributeDefInput, OptionInput, ProductInput, VariantInput } from '../../model/input.js';
import type { CatalogIssue } from '../../model/types.js';
import { isRecord, readAmount } from '../../model/values.js';
import { addProduct, catalogIssue, defined, resolveUrl, type PageSourceResult, type ProductDraft } from './shared.js';

type LdNode = Record<string, unknown>;
type Report = (field: string, expected: string, found: unknown) => void;

/** What one product's offers boil down to. */
interface OfferInfo {
  amount?: number;
  currency?: string;
  availability?: string;
}

interface Reader {
  issues: CatalogIssue[];
  /** Attribute labels by key; the first name seen wins. */
  defs: Map<string, AttributeDefInput>;
  /** Base URL of the script being read, for relative links. */
  base: string;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts']);
const GTINS = ['gtin14', 'gtin13', 'gtin12', 'gtin8', 'gtin'];
const PRODUCT_ID_KEYS = ['sku', 'productID', '@id', ...GTINS];
// A group's own id (`productGroupID`) reads better than its `@id`, usually a page URL.
const GROUP_ID_KEYS = ['sku', 'productID', 'productGroupID', '@id', ...GTINS];
const VARIANT_ID_KEYS = ['sku', '@id', 'productID'];
const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/schema\.org\/)/i;

/** Every product described by the `application/ld+json` scripts under `root`. */
export function readJsonLd(root: ParentNode = document): PageSourceResult {
  const products = new Map<string, ProductDraft>();
  const reader: Reader = { issues: [], defs: new Map(), base: '' };

  root.querySelectorAll('script[type="application/ld+json"]').forEach((script, index) => {
    const where = `script[${index}]`;
    const source = script.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      // JSON.parse throws only Errors: a SyntaxError for bad JSON (a RangeError for absurd nesting).
      const subject = `JSON-LD script ${index + 1} was skipped (${(error as Error).message})`;
      reader.issues.push(catalogIssue('json-ld', where, 'valid JSON', source.trim(), subject));
      return;
    }
    reader.base = script.baseURI;
    for (const [node, path] of findProducts(data, where)) {
      const product = readProduct(node, path, reader);
      if (product) addProduct(products, product);
    }
  });

  const attributes = [...reader.defs.values()];
  return {
    input: { products: [...products.values()], ...(attributes.length > 0 && { attributes }) },
    issues: reader.issues,
  };
}

/**
 * Product nodes anywhere in the data: top level, arrays, `@graph`, `ItemList` items,
 * `Offer.itemOffered`… A product's own nested products (variants, related items) are not
 * products of the page, so the walk stops at each product.
 */
function* findProducts(value: unknown, path: string): Generator<[LdNode, string]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* findProducts(item, `${path}[${i}]`);
  } else if (isRecord(value)) {
    if (typesOf(value).some((type) => PRODUCT_TYPES.has(type))) yield [value, path];
    else for (const [key, item] of Object.entries(value)) yield* findProducts(item, `${path}.${key}`);
  }
}

function readProduct(node: LdNode, path: string, reader: Reader): ProductDraft | undefined {
  const isGroup = typesOf(node).includes('ProductGroup');
  const id = idOf(node, isGroup ? GROUP_ID_KEYS : PRODUCT_ID_KEYS);
  const name = text(node.name);
  if (id === undefined) {
    const subject = `JSON-LD product ${name === undefined ? '' : `${JSON.stringify(name)} `}was skipped`;
    reader.issues.push(catalogIssue('json-ld', `${path}.sku`, 'an id (sku, productID, @id or gtin)', undefined, subject));
    return undefined;
  }
  const productId = String(id);
  const report: Report = (field, expected, found) =>
    reader.issues.push(catalogIssue('json-ld', field, expected, found, `JSON-LD product "${productId}"`, productId));

  const offer = readOffers(node.offers, `${path}.offers`, report);
  const group = isGroup ? readVariants(node, path, report, reader.base) : undefined;
  // Groups often price only their variants: show the lowest as the group's price.
  const priced = offer.amount === undefined && group?.cheapest ? group.cheapest : offer;
  return defined({
    id,
    name,
    url: resolveUrl(text(node.url), reader.base),
    image: resolveUrl(imageUrl(node.image), reader.base),
    brand: text(node.brand),
    price: priceOf(priced),
    availability: offer.availability,
    rating: readRating(node.aggregateRating, `${path}.aggregateRating`, report),
    category: text(node.category)?.split('>').pop()?.trim() || undefined,
    attributes: readProperties(node.additionalProperty, `${path}.additionalProperty`, report, reader.defs),
    options: group?.options,
    variants: group?.variants,
  });
}

/** The lowest-priced of one or more `Offer` / `AggregateOffer` nodes. */
function readOffers(value: unknown, path: string, report: Report): OfferInfo {
  let best: OfferInfo | undefined;
  list(value).forEach((offer, i) => {
    if (!isRecord(offer)) return;
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    const specification = first(offer.priceSpecification);
    const spec = isRecord(specification) ? specification : {};
    const key = offer.lowPrice !== undefined ? 'lowPrice' : offer.price !== undefined ? 'price' : 'priceSpecification.price';
    const raw = offer.lowPrice ?? offer.price ?? spec.price;
    const amount = readAmount(raw);
    if (raw !== undefined && amount === undefined) report(`${at}.${key}`, 'a number or a numeric string', raw);
    const info = { amount, currency: text(offer.priceCurrency ?? spec.priceCurrency), availability: text(offer.availability) };
    best = cheaper(best, info);
  });
  return best ?? {};
}

/** The offer a shopper would look at first: the one with the lowest known price. */
function cheaper(a: OfferInfo | undefined, b: OfferInfo): OfferInfo {
  return !a || (b.amount !== undefined && (a.amount === undefined || b.amount < a.amount)) ? b : a;
}

function priceOf({ amount, currency }: OfferInfo): ProductInput['price'] {
  if (amount === undefined) return undefined;
  return currency ? { amount, currency } : amount;
}

/** `aggregateRating` on a 0–5 scale, whatever `bestRating` the store uses. */
function readRating(value: unknown, path: string, report: Report): ProductInput['rating'] {
  const rating = first(value);
  if (!isRecord(rating)) return undefined;
  const score = readAmount(rating.ratingValue);
  if (score === undefined) {
    report(`${path}.ratingValue`, 'a number', rating.ratingValue);
    return undefined;
  }
  const best = readAmount(rating.bestRating) ?? 5;
  const count = readAmount(rating.reviewCount) || readAmount(rating.ratingCount);
  return defined({ value: best > 0 && best !== 5 ? (score * 5) / best : score, count });
}

/** `additionalProperty` (`PropertyValue` list) as attributes keyed in kebab-case. */
function readProperties(
  value: unknown,
  path: string,
  report: Report,
  defs: Map<string, AttributeDefInput>,
): Record<string, unknown> | undefined {
  const entries: Array<[string, unknown]> = [];
  list(value).forEach((property, i) => {
    const at = `${path}[${i}]`;
    if (!isRecord(property)) return report(at, 'a PropertyValue', property);
    const label = text(property.name);
    const key = kebab(text(property.propertyID) ?? label ?? '');
    if (!key) return report(`${at}.name`, 'a name or propertyID', property.name);
    // Only a range (minValue/maxValue) or nothing: no single value to compare.
    if (property.value === undefined || property.value === null) return;
    // A UN/CEFACT code (`KGM`) is unambiguous; normalization maps it, like unit text.
    const unit = text(property.unitCode) ?? text(property.unitText);
    entries.push([key, unit ? { value: property.value, unit } : property.value]);
    if (!defs.has(key)) defs.set(key, defined({ key, label }));
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A `ProductGroup`'s `hasVariant` as variants, and the values they vary by as options. */
function readVariants(group: LdNode, path: string, report: Report, base: string) {
  // `https://schema.org/size` → `size`; `color`, or the name of an additionalProperty.
  const varied = list(group.variesBy)
    .map((name) => text(name)?.replace(SCHEMA_PREFIX, ''))
    .filter((name): name is string => !!name);
  const values = new Map(varied.map((name) => [kebab(name), new Set<string>()]));
  const variants: VariantInput[] = [];
  let cheapest: OfferInfo | undefined;

  list(group.hasVariant).forEach((variant, i) => {
    const at = `${path}.hasVariant[${i}]`;
    if (!isRecord(variant)) return report(at, 'a Product', variant);
    const id = idOf(variant, VARIANT_ID_KEYS);
    if (id === undefined) return report(`${at}.sku`, 'a variant id (sku, @id or productID)', undefined);
    const selection: Record<string, string> = {};
    for (const name of varied) {
      const choice = text(variant[name]) ?? propertyValue(variant.additionalProperty, name);
      if (choice === undefined) continue;
      selection[kebab(name)] = choice;
      values.get(kebab(name))?.add(choice);
    }
    const offer = readOffers(variant.offers, `${at}.offers`, report);
    if (offer.amount !== undefined) cheapest = cheaper(cheapest, offer);
    variants.push(
      defined({
        id,
        selection,
        price: priceOf(offer),
        availability: offer.availability,
        url: resolveUrl(text(variant.url), base),
        image: resolveUrl(imageUrl(variant.image), base),
      }),
    );
  });

  const options: OptionInput[] = [...values].filter(([, set]) => set.size > 0).map(([key, set]) => ({ key, values: [...set] }));
  return { options: options.length > 0 ? options : undefined, variants: variants.length > 0 ? variants : undefined, cheapest };
}

/** The value of the `additionalProperty` whose name or propertyID is `name`. */
function propertyValue(properties: unknown, name: string): string | undefined {
  const match = list(properties).find(
    (property) => isRecord(property) && [property.name, property.propertyID].some((key) => kebab(text(key) ?? '') === kebab(name)),
  );
  return isRecord(match) ? text(match.value) : undefined;
}

function idOf(node: LdNode, keys: string[]): string | number | undefined {
  for (const key of keys) {
    const value = node[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** `@type` names without their `schema:` / `https://schema.org/` prefix. */
function typesOf(node: LdNode): string[] {
  return list(node['@type']).map((type) => (typeof type === 'string' ? type.replace(SCHEMA_PREFIX, '') : ''));
}

/** Plain text from a string, a number, `{ "@value" }`, a named thing (Brand) or the first of a list. */
function text(value: unknown): string | undefined {
  const item = first(value);
  if (typeof item === 'string') return item.trim() || undefined;
  if (typeof item === 'number') return String(item);
  if (isRecord(item)) return text(item['@value'] ?? item.name);
  return undefined;
}

/** An image as a URL string, a list of them, or an `ImageObject`. */
function imageUrl(value: unknown): string | undefined {
  const image = first(value);
  return isRecord(image) ? text(image.url ?? image.contentUrl) : text(image);
}

/** `Battery life` / `batteryLife` → `battery-life`: one key style for every source. */
function kebab(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}
