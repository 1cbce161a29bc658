/**
 * What a product's schema.org offers say about its price. The current price comes from
 * `price`, or from `priceSpecification`s (a `SalePrice` beats the regular one); the regular,
 * struck-through price from a `ListPrice` / `StrikethroughPrice` specification (or the regular
 * specification next to a `SalePrice`); a range from `AggregateOffer` `lowPrice`/`highPrice`,
 * `minPrice`/`maxPrice`, or offers that cost different amounts. Amounts are read as schema.org
 * writes them ("." is the decimal mark); a price is never read from an object's name, never
 * 0 for "missing".
 */
import { CLEAR_NUMBER } from '../../model/attributes.js';
import { AMBIGUOUS } from '../../model/numbers.js';
import { bestAvailability, isRecord, readAmount, readAvailability } from '../../model/values.js';
import type { Report } from '../entries.js';
import { deref, first, get, list, literal, schemaName, text, url, type SchemaNode, type SchemaReader } from './schema-nodes.js';

/** What one offer, or all of a product's offers together, say. */
export interface Pricing {
  price?: number;
  /** The regular price while `price` is a sale price. */
  listPrice?: number;
  min?: number;
  max?: number;
  currency?: string;
  /** The best availability, as Shortlist names it (`in-stock`). */
  availability?: string;
  url?: string;
}

/** One offer: its pricing, and what makes it a variant when each offer has its own SKU. */
export interface Offer extends Pricing {
  node: SchemaNode;
  path: string;
  sku?: string;
}

const LIST_PRICE_TYPES = new Set(['ListPrice', 'StrikethroughPrice']);

/** Every offer under `value` (a list, an `AggregateOffer` and the offers it holds), read. */
export function readOffers(value: unknown, path: string, reader: SchemaReader, report: Report, currency?: string): Offer[] {
  return list(value).flatMap((entry, index) => {
    const offer = deref(entry, reader);
    if (!isRecord(offer)) return [];
    const at = Array.isArray(value) ? `${path}[${index}]` : path;
    const read = readOffer(offer, at, reader, report, currency);
    return [read, ...readOffers(offer.offers, `${at}.offers`, reader, report, read.currency)];
  });
}

/** What offers together say: the cheapest offer's prices, the range of all, the best availability. */
export function summarize(offers: readonly Pricing[]): Pricing {
  const currency = (offers.find((offer) => offer.price !== undefined) ?? offers.find((offer) => offer.currency))?.currency;
  const same = offers.filter((offer) => offer.currency === currency);
  const cheapest = same.filter((offer) => offer.price !== undefined).sort((a, b) => a.price! - b.price!)[0];
  const amounts = same.flatMap(({ price, min, max }) => [price, min, max].filter((amount) => amount !== undefined));
  const [min, max] = [Math.min(...amounts), Math.max(...amounts)];
  return {
    price: cheapest?.price,
    listPrice: cheapest?.listPrice,
    ...(min < max && { min, max }),
    currency,
    availability: bestAvailability(offers.map((offer) => readAvailability(offer.availability))),
    url: offers.find((offer) => offer.url)?.url,
  };
}

function readOffer(offer: SchemaNode, path: string, reader: SchemaReader, report: Report, parentCurrency: string | undefined): Offer {
  const specs = list(offer.priceSpecification)
    .map((spec) => deref(spec, reader))
    .filter(isRecord)
    // A price per kilogram or litre, or one for members only, is not what the product costs.
    .filter((spec) => spec.referenceQuantity === undefined && spec.validForMemberTier === undefined);
  const currency = text(offer.priceCurrency, reader) ?? specs.map((spec) => text(spec.priceCurrency, reader)).find(Boolean) ?? parentCurrency;
  const amount = (field: string, from: SchemaNode = offer, at = path) => readPrice(get(from, field), `${at}.${field}`, currency, reader, report);

  const sale: number[] = [];
  const listed: number[] = [];
  const plain: number[] = [];
  const push = (to: number[], value: number | undefined) => value !== undefined && to.push(value);
  push(plain, amount('price'));
  specs.forEach((spec, index) => {
    const type = schemaName(text(spec.priceType, reader) ?? '');
    const value = amount('price', spec, `${path}.priceSpecification${Array.isArray(offer.priceSpecification) ? `[${index}]` : ''}`);
    push(type === 'SalePrice' ? sale : LIST_PRICE_TYPES.has(type) ? listed : plain, value);
  });
  const price = sale.length ? Math.min(...sale) : plain.length ? Math.min(...plain) : listed.length ? Math.min(...listed) : undefined;
  // Next to a sale price, the plain price is the regular one.
  const regular = listed.length ? Math.max(...listed) : sale.length && plain.length ? Math.max(...plain) : undefined;
  const spec = specs[0] ?? {};
  const min = amount('lowPrice') ?? amount('minPrice') ?? amount('minPrice', spec);
  const max = amount('highPrice') ?? amount('maxPrice') ?? amount('maxPrice', spec);
  return {
    node: offer,
    path,
    price: price ?? min,
    ...(regular !== undefined && price !== undefined && regular > price && { listPrice: regular }),
    min,
    max,
    currency,
    availability: text(offer.availability, reader),
    url: url(offer.url, reader),
    sku: text(offer.sku, reader),
  };
}

/** An amount as schema.org writes it: a number, or text with "." as the decimal mark. */
function readPrice(value: unknown, field: string, currency: string | undefined, reader: SchemaReader, report: Report): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const raw = literal(value, reader);
  const amount = raw === undefined ? undefined : readAmount(raw, { schemaOrg: true, currency });
  if (typeof amount === 'number') return amount;
  report(field, amount === AMBIGUOUS ? CLEAR_NUMBER : 'a number or a numeric text', raw ?? first(value));
  return undefined;
}
