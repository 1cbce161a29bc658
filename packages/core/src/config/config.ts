/** The configuration a retailer passes to `createShortlist` or `shortlist('init', …)`. */
import type { AttributeDefInput, CatalogInput } from '../model/input.js';
import type { Messages } from '../format/messages.js';
import type { StorageMode } from '../state/persist.js';
import type { WhenFull } from '../state/tray.js';
import type { ShortlistError } from '../errors.js';
import { integer, is, object, oneOf, plainObject, text } from './check.js';

export interface ShortlistConfig {
  /** Separates this store's saved state from other stores on the same domain. Default `default`. */
  namespace?: string;
  /** BCP 47 locale for numbers, prices and copy. Default: the page's `lang`, else the browser's. */
  locale?: string;
  /** ISO 4217 currency of bare prices. */
  currency?: string;
  /** Where the shopper's choices are kept. Default `local`. */
  storage?: StorageMode;
  tray?: {
    /** Most products in the tray, 1–500. Default 100. */
    max?: number;
    /** `reject` (default) tells the shopper it is full; `replace-oldest` drops the first item. */
    whenFull?: WhenFull;
    /** Where the tray docks: `bottom-end` (default), `bottom-start`, or `inline` where the element is. */
    position?: TrayPosition;
  };
  compare?: CompareConfig;
  catalog?: CatalogConfig;
  /** Overrides of the UI copy, by message key. */
  messages?: Partial<Messages>;
}

export interface CatalogConfig {
  /** Products given inline. */
  products?: unknown[];
  /** The attribute schema; overrides what the sources say and what is inferred. */
  attributes?: AttributeDefInput[];
  /** A JSON feed URL (http, https or relative). */
  url?: string;
  /** Turns a custom feed shape into `{ products, attributes? }`. */
  map?: (json: unknown) => CatalogInput | unknown[];
  /** Milliseconds per feed request before it is retried once. Default 8000. */
  timeout?: number;
  /** Read the page's schema.org JSON-LD. Default true. */
  jsonLd?: boolean;
  /** Read the page's schema.org microdata (`itemscope` / `itemprop`). Default true. */
  microdata?: boolean;
  /** CSS selector of product cards marked with `data-shortlist-*`, or false. Default `[data-shortlist-product]`. */
  cards?: string | false;
}

export type TrayPosition = 'bottom-end' | 'bottom-start' | 'inline';

/** What the comparison shows. */
export interface CompareConfig {
  /** Attribute keys to show, in this order. Default: every attribute the compared products have, in catalog order. */
  attributes?: string[];
  /** Group names in the order to show them; unlisted groups follow. */
  groups?: string[];
  /** Labels by attribute key or group name, replacing the catalog's. */
  labels?: Record<string, string>;
  /** `separation` orders each group's rows by how much they separate the products. Default `retailer`. */
  orderBy?: 'retailer' | 'separation';
}

/** The configuration with every default filled in. */
export interface ResolvedConfig {
  namespace: string;
  locale: string;
  currency?: string;
  storage: StorageMode;
  tray: { max: number; whenFull: WhenFull; position: TrayPosition };
  /** As given: the comparison checks it when it loads. */
  compare: CompareConfig;
  /** As given: the catalog loader checks it and fills in its defaults. */
  catalog: CatalogConfig;
  messages: Partial<Messages>;
}

const isLocale = (value: unknown) => {
  try {
    return typeof value === 'string' && Intl.getCanonicalLocales(value).length > 0;
  } catch {
    return false;
  }
};

const checkShape = object({
  namespace: text(/^[a-z0-9][a-z0-9_-]{0,39}$/i, 'letters, digits, "-" or "_" (at most 40)'),
  locale: is<string>(isLocale, 'a BCP 47 locale such as "en-GB" or "de-DE"'),
  currency: text(/^[A-Z]{3}$/, 'an ISO 4217 code such as "EUR"'),
  storage: oneOf('local', 'session', 'none'),
  tray: object({ max: integer(1, 500), whenFull: oneOf('reject', 'replace-oldest'), position: oneOf('bottom-end', 'bottom-start', 'inline') }),
  // Checked after start-up by the code that needs them (compare/config.ts, catalog/config.ts, config/messages.ts).
  compare: plainObject,
  catalog: plainObject,
  messages: plainObject,
});

/**
 * Checks a configuration without filling in defaults: each bad field is passed to `report`
 * and left out (the script tag layers configurations this way, so a lower layer shows through).
 */
export function checkConfig(input: unknown, report: (error: ShortlistError) => void): ShortlistConfig {
  try {
    return checkShape(input, '', report) as ShortlistConfig;
  } catch (error) {
    report(error as ShortlistError);
    return {};
  }
}

/** Checks a configuration and fills in defaults; throws a `ShortlistError` naming the bad field. */
export function resolveConfig(input: ShortlistConfig = {}): ResolvedConfig {
  const config = checkShape(input, '') as ShortlistConfig;
  // The checked configuration holds no undefined fields: each one given replaces its default.
  return {
    namespace: 'default',
    storage: 'local',
    compare: {},
    catalog: {},
    messages: {},
    ...config,
    locale: config.locale ?? pageLocale(),
    currency: config.currency,
    tray: { max: 100, whenFull: 'reject', position: 'bottom-end', ...config.tray },
  };
}

function pageLocale(): string {
  const candidates = [globalThis.document?.documentElement.lang, globalThis.navigator?.language];
  return Intl.getCanonicalLocales(candidates.find(isLocale) ?? 'en')[0]!;
}
