/** The configuration a retailer passes to `createShortlist` or `shortlist('init', …)`. */
import type { AttributeDefInput, CatalogInput } from '../model/input.js';
import type { Messages } from '../format/messages.js';
import type { StorageMode } from '../state/persist.js';
import type { WhenFull } from '../state/tray.js';
import type { ShortlistError } from '../errors.js';
import { declaredFeatures } from '../feature.js';
import { integer, is, object, oneOf, plainObject, text } from './check.js';

/**
 * The centre's fields. Each feature adds its section (`compare`, `criteria`…) by declaration
 * merging; a section is checked when its feature's code loads.
 */
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

/** The centre's fields, which `resolveConfig` fills in. */
type CentreField = 'namespace' | 'locale' | 'currency' | 'storage' | 'tray' | 'catalog' | 'messages';

/** The configuration with the centre's defaults filled in; features' sections as given (each feature checks its own). */
export type ResolvedConfig = Omit<ShortlistConfig, CentreField> & {
  namespace: string;
  locale: string;
  currency?: string;
  storage: StorageMode;
  tray: { max: number; whenFull: WhenFull; position: TrayPosition };
  /** As given: the catalog loader checks it and fills in its defaults. */
  catalog: CatalogConfig;
  messages: Partial<Messages>;
};

const isLocale = (value: unknown) => {
  try {
    return typeof value === 'string' && Intl.getCanonicalLocales(value).length > 0;
  } catch {
    return false;
  }
};

const CENTRE = {
  namespace: text(/^[a-z0-9][a-z0-9_-]{0,39}$/i, 'letters, digits, "-" or "_" (at most 40)'),
  locale: is<string>(isLocale, 'a BCP 47 locale such as "en-GB" or "de-DE"'),
  currency: text(/^[A-Z]{3}$/, 'an ISO 4217 code such as "EUR"'),
  storage: oneOf('local', 'session', 'none'),
  tray: object({ max: integer(1, 500), whenFull: oneOf('reject', 'replace-oldest'), position: oneOf('bottom-end', 'bottom-start', 'inline') }),
  // Checked after start-up by the code that needs them (catalog/config.ts, config/messages.ts).
  catalog: plainObject,
  messages: plainObject,
};

/**
 * The centre's fields, and a section for each declared feature, checked when the feature is set
 * up (a feature named like a centre field, as the tray's panel is, uses the centre's).
 */
const checkShape = (input: unknown, report?: (error: ShortlistError) => void) =>
  object({ ...Object.fromEntries([...declaredFeatures().keys()].map((name) => [name, plainObject])), ...CENTRE })(input, '', report) as ShortlistConfig;

/**
 * Checks a configuration without filling in defaults: each bad field is passed to `report`
 * and left out (the script tag layers configurations this way, so a lower layer shows through).
 */
export function checkConfig(input: unknown, report: (error: ShortlistError) => void): ShortlistConfig {
  try {
    return checkShape(input, report);
  } catch (error) {
    report(error as ShortlistError);
    return {};
  }
}

/** Checks a configuration and fills in defaults; throws a `ShortlistError` naming the bad field. */
export function resolveConfig(input: ShortlistConfig = {}): ResolvedConfig {
  const config = checkShape(input);
  // The checked configuration holds no undefined fields: each one given replaces its default.
  return {
    namespace: 'default',
    storage: 'local',
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
