/**
 * Reads one raw product into the model: each field checked, a bad optional field reported and
 * left out, and what the variants say about the product (its price range, lowest price and
 * availability) worked out.
 */
import { CLEAR_NUMBER, readAttribute } from '../model/attributes.js';
import { AMBIGUOUS, type Ambiguous, type NumberStyle } from '../model/numbers.js';
import type { AttributeDef, Money, PriceRange, Product, Variant } from '../model/types.js';
import { readUrl } from '../model/url.js';
import { bestAvailability, isMissing, isRecord, isTextual, readAvailability, readMoney, readNumber } from '../model/values.js';
import { defined, type Report } from './entries.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/** Reports on the entry at a path: on its product, once the product's id is known. */
export type Reporter = (id?: string) => Report;

const MAX = { id: 128, name: 300, label: 200, attributes: 500, options: 50, rules: 200 } as const;
export const KEY = /^[\p{L}\p{N}][\p{L}\p{N}_.-]{0,63}$/u;
export const KEY_EXPECTED = 'a key of letters, digits, "-", "_" or "." (at most 64)';
const PRICE_EXPECTED = 'a price of 0 or more with a currency (ISO 4217, e.g. "EUR")';

/** What a product is read with: its schema, the currency of bare prices, how its text numbers are written. */
export interface ProductContext {
  attributeByKey: ReadonlyMap<string, AttributeDef>;
  currency: string | undefined;
  numbers: NumberStyle;
  /** The one copy of a text or a list of texts many products repeat (see `sharedValues`). */
  shared: SharedValues;
}

/** One copy of each value products repeat; see `sharedValues`. */
export interface SharedValues {
  text(text: string): string;
  /** A product's name: like `text`, in a table of its own. */
  name(name: string): string;
  /** A set attribute's items: one frozen list per distinct list, shared by every product that has it. */
  list(items: readonly string[]): readonly string[];
  /** A price: one frozen object per amount and currency. */
  money(price: Money): Money;
}

/**
 * Keeps one copy of each text products repeat — a name, a brand, a currency, an attribute's
 * values — of each list of them (a laptop's ports) and of each price, instead of every copy the
 * feed held: most of a large catalog's memory otherwise. Shared lists and prices are frozen, so
 * no product changes another's.
 */
export function sharedValues(): SharedValues {
  const text = firstCopies<string>();
  const lists = new Map<string, readonly string[]>();
  const prices = new Map<string, Map<number, Money>>();
  return {
    text,
    // Names mostly differ: in the texts' table, 10,000 of them made a large feed's load hold a
    // task over 50 ms (feed-large.test.ts); in a table of their own, it does not.
    name: firstCopies<string>(),
    list(items) {
      // JSON keeps every text apart, whatever characters it holds.
      const key = JSON.stringify(items);
      return getOrInsertComputed(lists, key, () => Object.freeze(items.map(text)));
    },
    money({ amount, currency }) {
      const byAmount = getOrInsertComputed(prices, currency, () => new Map<number, Money>());
      return getOrInsertComputed(byAmount, amount, () => Object.freeze({ amount, currency: text(currency) }));
    },
  };
}

/** Returns each value as the first equal one it was given. */
function firstCopies<T>(): (value: T) => T {
  const seen = new Map<T, T>();
  return (value) => getOrInsertComputed(seen, value, itself);
}

/** A value's first copy is itself (one function for every call: this runs for every text of a catalog). */
const itself = <T>(value: T) => value;

function readText(value: unknown, max: number): string | undefined {
  if (!isTextual(value)) return undefined;
  const text = String(value).trim();
  return text && text.length <= max ? text : undefined;
}

const readLabel = (value: unknown) => readText(value, MAX.label);

export function readProduct(input: unknown, context: ProductContext, reportOn: Reporter): Product | undefined {
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
  const { numbers, shared } = context;
  const given = readText(input.currency, 3);
  const currency = given === undefined ? context.currency : shared.text(given);
  const label = (value: unknown) => {
    const text = readLabel(value);
    return text === undefined ? undefined : shared.text(text);
  };
  const price = (value: unknown) => {
    const money = readMoney(value, currency, numbers);
    if (money === AMBIGUOUS) return money;
    return money && money.amount >= 0 && money.amount < 1e9 ? shared.money(money) : undefined;
  };

  /** Reads an optional field; a present but bad value is reported and left out. */
  const optional = <T>(field: string, expected: string, read: (value: unknown) => T | Ambiguous | undefined): T | undefined => {
    const value = input[field];
    if (isMissing(value)) return undefined;
    const result = read(value);
    if (result === AMBIGUOUS || result === undefined) report(field, result ? CLEAR_NUMBER : expected, value);
    else return result;
    return undefined;
  };

  const product: Product = {
    id,
    name: shared.name(name),
    availability: 'unknown',
    attributes: {},
    ...defined({
      url: optional('url', 'an http(s) or relative URL', readUrl),
      image: optional('image', 'an http(s) or relative URL', readUrl),
      brand: optional('brand', `a text of at most ${MAX.label} characters`, label),
      gtin: optional('gtin', 'a GTIN of 8, 12, 13 or 14 digits', readGtin),
      category: optional('category', `a text of at most ${MAX.label} characters`, label),
      price: optional('price', PRICE_EXPECTED, price),
      listPrice: optional('listPrice', PRICE_EXPECTED, price),
      priceRange: optional('priceRange', 'a price range { min, max } with min at most max and a currency', (value) => readPriceRange(value, price)),
      rating: optional('rating', 'a rating from 0 to 5', (value) => readRating(value, numbers)),
      availability: optional('availability', 'a schema.org availability such as "InStock"', readAvailability),
      // Checked in depth by the customizer when the product is configured (customize/read-options.ts).
      options: optional('options', `a list of at most ${MAX.options} options`, (value) => listOf(value, MAX.options)),
      rules: optional('rules', `a list of at most ${MAX.rules} rules`, (value) => listOf(value, MAX.rules)),
      variants: optional('variants', 'a list of variants with an id and a selection', (value) => readVariants(value, price)),
    }),
  };
  settleFromVariants(product, report);

  const attributes = input.attributes;
  if (isMissing(attributes)) return product;
  if (!isRecord(attributes)) {
    report('attributes', 'an object of attribute values', attributes);
    return product;
  }
  const entries = Object.entries(attributes);
  if (entries.length > MAX.attributes) report('attributes', `at most ${MAX.attributes} attributes`, entries.length);
  for (const [key, value] of entries.slice(0, MAX.attributes)) {
    const def = context.attributeByKey.get(key);
    if (!def) {
      report(`attributes.${key.slice(0, 64)}`, KEY_EXPECTED, key);
      continue;
    }
    if (isMissing(value)) continue;
    const result = readAttribute(def, value, currency, numbers);
    if (!('value' in result)) report(`attributes.${key}`, result.expected, value);
    else if (typeof result.value === 'string') product.attributes[key] = shared.text(result.value);
    else product.attributes[key] = Array.isArray(result.value) ? shared.list(result.value) : result.value;
  }
  return product;
}

/**
 * Works out what the variants say about their product: the price range of their prices (in the
 * product's currency); when the product states no price, the lowest one (with that variant's
 * regular price while it is on sale); its availability (the best of theirs); its image when it
 * has none. A list price is kept only above the price: at the price, nothing is on sale.
 */
function settleFromVariants(product: Product, report: Report) {
  const variants = product.variants ?? [];
  for (const variant of variants) if (!isReduction(variant.price, variant.listPrice)) delete variant.listPrice;
  const currency = product.price?.currency ?? product.priceRange?.currency ?? variants.find((variant) => variant.price)?.price!.currency;
  const priced = variants.filter(({ price }) => price && price.currency === currency).sort((a, b) => a.price!.amount - b.price!.amount);
  const [cheapest, dearest] = [priced[0], priced.at(-1)];
  if (!product.priceRange && cheapest && dearest) product.priceRange = { min: cheapest.price!.amount, max: dearest.price!.amount, currency: currency! };
  if (product.priceRange && product.priceRange.min === product.priceRange.max) delete product.priceRange;
  if (!product.price && !product.listPrice && cheapest) Object.assign(product, defined({ price: cheapest.price, listPrice: cheapest.listPrice }));
  if (!product.price && product.priceRange) product.price = { amount: product.priceRange.min, currency: product.priceRange.currency };
  if (product.listPrice && !isReduction(product.price, product.listPrice)) {
    // Equal is a product not on sale; a list price below the price is a mistake.
    if (!product.price || product.listPrice.currency !== product.price.currency || product.listPrice.amount < product.price.amount) {
      report('listPrice', `a regular price above the price${product.price ? ` (${product.price.amount} ${product.price.currency})` : ''}`, product.listPrice.amount);
    }
    delete product.listPrice;
  }
  product.availability = bestAvailability(variants.map((variant) => variant.availability)) ?? product.availability;
  const image = product.image ?? variants.find((variant) => variant.image)?.image;
  if (image) product.image = image;
}

const isReduction = (price: Money | undefined, listPrice: Money | undefined) =>
  !!price && !!listPrice && price.currency === listPrice.currency && listPrice.amount > price.amount;

function readPriceRange(value: unknown, price: (value: unknown) => Money | Ambiguous | undefined): PriceRange | Ambiguous | undefined {
  if (!isRecord(value)) return undefined;
  const withCurrency = (amount: unknown) => price(isRecord(amount) ? amount : { amount, currency: value.currency });
  const [min, max] = [withCurrency(value.min), withCurrency(value.max)];
  if (min === AMBIGUOUS || max === AMBIGUOUS) return AMBIGUOUS;
  if (!min || !max || min.currency !== max.currency || min.amount > max.amount) return undefined;
  return { min: min.amount, max: max.amount, currency: min.currency };
}

/** Text of 8, 12, 13 or 14 digits; a number gets back the leading zeros a page lost by writing it as one. */
function readGtin(value: unknown): string | undefined {
  const digits = typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,14}$/.test(digits)) return undefined;
  const length = [8, 12, 13, 14].find((size) => size >= digits.length)!;
  return typeof value === 'number' || digits.length === length ? digits.padStart(length, '0') : undefined;
}

function readRating(value: unknown, numbers: NumberStyle) {
  const input = isRecord(value) ? (value as { value?: unknown; count?: unknown }) : { value };
  const rating = readNumber(input.value, numbers);
  if (rating === undefined || rating < 0 || rating > 5) return undefined;
  const count = readNumber(input.count, numbers);
  // Literals rather than `defined`: an object made field by field takes more memory, times 10,000 products.
  return count !== undefined && Number.isInteger(count) && count >= 0 ? { value: rating, count } : { value: rating };
}

/** A list of at most `max` items, as given. */
const listOf = (value: unknown, max: number) => (Array.isArray(value) && value.length <= max ? value : undefined);

function readVariants(value: unknown, price: (value: unknown) => Money | Ambiguous | undefined): Variant[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const money = (raw: unknown) => {
    const result = isMissing(raw) ? undefined : price(raw);
    return result === AMBIGUOUS ? undefined : result;
  };
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
        name: readText(item.name, MAX.name),
        // Every choice was read above.
        selection: Object.fromEntries(entries) as Variant['selection'],
        price: money(item.price),
        listPrice: money(item.listPrice),
        availability: readAvailability(item.availability),
        url: readUrl(item.url),
        image: readUrl(item.image),
      }),
    );
  }
  return variants;
}
