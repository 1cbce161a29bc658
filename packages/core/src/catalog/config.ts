/**
 * The `catalog` part of the configuration, checked here rather than at start-up: only the
 * catalog loader, which is loaded on first use, needs it.
 */
import { array, integer, is, object, type } from '../config/check.js';
import type { CatalogConfig } from '../config/config.js';
import { readUrl } from '../model/url.js';

/** The catalog configuration with defaults filled in. */
export type ResolvedCatalogConfig = CatalogConfig & { timeout: number; jsonLd: boolean; microdata: boolean; cards: string | false };

const isSelector = (value: unknown) => {
  if (value === false) return true;
  try {
    document.createDocumentFragment().querySelector(value as string);
    return typeof value === 'string';
  } catch {
    return false;
  }
};

const checkCatalog = object({
  products: array,
  attributes: array,
  url: is<string>((value) => readUrl(value) !== undefined, 'an http(s) or relative URL'),
  map: type('function', 'a function'),
  timeout: integer(100, 60_000),
  jsonLd: type('boolean', 'true or false'),
  microdata: type('boolean', 'true or false'),
  cards: is<string | false>(isSelector, 'a valid CSS selector, or false'),
});

/** Throws a `ShortlistError` naming the bad `catalog.*` field. */
export function resolveCatalogConfig(config: CatalogConfig): ResolvedCatalogConfig {
  return { timeout: 8000, jsonLd: true, microdata: true, cards: '[data-shortlist-product]', ...(checkCatalog(config, 'catalog') as CatalogConfig) };
}
