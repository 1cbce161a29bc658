/**
 * Reading loosely typed input values into the model's types. Each reader returns
 * `undefined` when the input is not of its type; the caller reports what was expected.
 */
import { AMBIGUOUS, readDecimal, type Ambiguous, type NumberStyle } from './numbers.js';
import type { Availability, Money } from './types.js';

/** Placeholders stores use for "no value": treated as not specified, not as an error. */
const MISSING = new Set(['', '-', '–', '—', 'n/a', 'na', 'none', 'null', 'unknown', '?']);

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that reads as text: a string, or a number (`42` is the text "42"). */
export function isTextual(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && MISSING.has(value.trim().toLowerCase()));
}

export function readNumber(value: unknown, style?: NumberStyle): number | undefined {
  const number = typeof value === 'string' ? readDecimal(value, style) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A number from a number or from text with symbols around it: `"$1,299.00"`, `"1.299,00 €"`, `"CHF 1’299.–"`. */
export function readAmount(value: unknown, style?: NumberStyle): number | Ambiguous | undefined {
  if (typeof value !== 'string') return readNumber(value);
  const amount = readDecimal(value.replace(/[^\d.,'’\s+\-–—]/g, '').trim(), style);
  return amount === AMBIGUOUS || (amount !== undefined && Number.isFinite(amount)) ? amount : undefined;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'ja', 'oui']);
const FALSE = new Set(['false', 'no', 'n', '0', 'nein', 'non']);

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  return TRUE.has(text) ? true : FALSE.has(text) ? false : undefined;
}

/**
 * Prices as feeds write them: `1299`, `"1.299,00 €"`, `{ amount: "1299.00", currency: "EUR" }`.
 * Text is read in `style`, with the currency's decimals: "1,299" is ambiguous in a
 * three-decimal currency.
 */
export function readMoney(value: unknown, currency: string | undefined, style?: NumberStyle): Money | Ambiguous | undefined {
  if (value && typeof value === 'object' && 'amount' in value) {
    const { amount, currency: own } = value as { amount: unknown; currency?: unknown };
    return readMoney(amount, typeof own === 'string' ? own : currency, style);
  }
  const code = currency?.trim().toUpperCase();
  if (!code || !/^[A-Z]{3}$/.test(code)) return undefined;
  const amount = readAmount(value, { ...style, currency: code });
  return typeof amount === 'number' ? { amount, currency: code } : amount;
}

const AVAILABILITY: Record<string, Availability> = {
  instock: 'in-stock',
  instoreonly: 'in-stock',
  onlineonly: 'in-stock',
  outofstock: 'out-of-stock',
  soldout: 'out-of-stock',
  preorder: 'preorder',
  presale: 'preorder',
  backorder: 'backorder',
  limitedavailability: 'limited',
  limited: 'limited',
  discontinued: 'discontinued',
};

/** Accepts `in-stock`, `InStock` and `https://schema.org/InStock` alike. */
export function readAvailability(value: unknown): Availability | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '').replace(/[\s_-]/g, '').toLowerCase();
  // Own keys only: `constructor` is no availability.
  return Object.hasOwn(AVAILABILITY, name) ? AVAILABILITY[name] : undefined;
}

/** Best first: something is as available as its most available variant or offer. */
const AVAILABILITY_ORDER: Availability[] = ['in-stock', 'limited', 'preorder', 'backorder', 'out-of-stock', 'discontinued', 'unknown'];

/** The best of several availabilities: in stock when any is. */
export function bestAvailability(values: ReadonlyArray<Availability | undefined>): Availability | undefined {
  return AVAILABILITY_ORDER.find((availability) => values.includes(availability));
}

/** `battery-life` → `Battery life`; `screenSize` → `Screen size`. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
