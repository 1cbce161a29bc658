/**
 * Loads the catalog from every configured source. Loaded on first use, apart from the code a
 * product page needs at once. A failing source is reported; the others still load.
 */
import type { CatalogConfig } from '../config/config.js';
import { resolveCatalogConfig } from './config.js';
import { ShortlistError } from '../errors.js';
import type { CatalogIssue } from '../model/types.js';
import { normalizeCatalogInSlices, type Catalog, type CatalogSource } from './normalize.js';
import { readProductCards } from './sources/dom.js';
import { fetchFeed } from './sources/feed.js';
import { readJsonLd } from './sources/jsonld.js';

export interface LoadResult {
  catalog: Catalog;
  /** Sources that failed as a whole (a feed that could not be fetched). */
  errors: ShortlistError[];
}

/** Throws a `ShortlistError` when the catalog configuration is wrong. */
export async function loadCatalog(given: CatalogConfig, currency: string | undefined, signal?: AbortSignal): Promise<LoadResult> {
  const config = resolveCatalogConfig(given);
  const sources: CatalogSource[] = [];
  const pageIssues: CatalogIssue[] = [];
  const errors: ShortlistError[] = [];
  if (config.products) sources.push({ source: 'inline', input: { products: config.products } });
  if (config.url) {
    try {
      sources.push({ source: 'feed', input: await fetchFeed(config.url, { timeout: config.timeout, signal, map: config.map }) });
    } catch (error) {
      if (signal?.aborted) throw error;
      errors.push(error instanceof ShortlistError ? error : new ShortlistError(`the catalog feed ${config.url} failed`, { code: 'feed', field: 'catalog.url', docs: 'catalog.md#feed', cause: error }));
    }
  }
  if (config.jsonLd) {
    const { input, issues } = readJsonLd(document);
    sources.push({ source: 'json-ld', input });
    pageIssues.push(...issues);
  }
  if (config.cards) {
    const { input, issues } = readProductCards(document, config.cards);
    sources.push({ source: 'dom', input });
    pageIssues.push(...issues);
  }
  const catalog = await normalizeCatalogInSlices(sources, { currency, attributes: config.attributes });
  return { catalog: { ...catalog, issues: [...pageIssues, ...catalog.issues] }, errors };
}
