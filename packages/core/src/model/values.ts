/**
 * Reading loosely typed input values into the model's types. Each reader returns
 * `undefined` when the input is not of its type; the caller reports what was expected.
 */
import type { Availability, Money } from './types.js';
import { parseNumber } from './units.js';

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

export function readNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' ? parseNumber(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A number from a number or from text with symbols around it: `"$1,299.00"`, `"1.299,00 €"`. */
export function readAmount(value: unknown): number | undefined {
  return readNumber(typeof value === 'string' ? value.replace(/[^\d.,'\s+-]/g, '').trim() : value);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'ja', 'oui']);
const FALSE = new Set(['false', 'no', 'n', '0', 'nein', 'non']);

export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  return TRUE.has(text) ? true : FALSE.has(text) ? false : undefined;
}

/** Prices as feeds write them: `1299`, `"1.299,00 €"`, `{ amount: "1299.00", currency: "EUR" }`. */
export function readMoney(value: unknown, currency: string | undefined): Money | undefined {
  if (value && typeof value === 'object' && 'amount' in value) {
    const { amount, currency: own } = value as { amount: unknown; currency?: unknown };
    return readMoney(amount, typeof own === 'string' ? own : currency);
  }
  const amount = readAmount(value);
  const code = currency?.trim().toUpperCase();
  if (amount === undefined || !code || !/^[A-Z]{3}$/.test(code)) return undefined;
  return { amount, currency: code };
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
  const name = value.replace(/^https?:\/\/schema\.org\//i, '').replace(/[\s_-]/g, '').toLowerCase();
  // Own keys only: `constructor` is no availability.
  return Object.hasOwn(AVAILABILITY, name) ? AVAILABILITY[name] : undefined;
}

/** `battery-life` → `Battery life`; `screenSize` → `Screen size`. */
export function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
