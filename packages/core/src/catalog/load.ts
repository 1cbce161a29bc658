/**
 * Loads the catalog from every configured source. Loaded on first use, apart from the code a
 * product page needs at once. A failing source is reported; the others still load.
 */
import type { WritableAtom } from 'nanostores';
import type { CatalogConfig, ResolvedConfig } from '../config/config.js';
import type { Emitter } from '../events.js';
import { resolveCatalogConfig } from './config.js';
import { ShortlistError } from '../errors.js';
import type { CatalogIssue } from '../model/types.js';
import { normalizeCatalogInSlices, type Catalog, type CatalogSource } from './normalize.js';
import type { SourceResult } from './sources/index.js';

export interface LoadResult {
  catalog: Catalog;
  /** Sources that failed as a whole (a feed that could not be fetched). */
  errors: ShortlistError[];
}

/** What the catalog is read with, from the rest of the configuration. */
export interface CatalogContext {
  /** Currency of bare prices (`config.currency`). */
  currency?: string;
  /** The retailer's locale (`config.locale`): feeds and product cards write numbers in it. */
  locale: string;
}

/**
 * Throws a `ShortlistError` when the catalog configuration is wrong. Without `withFeed`, only
 * the sources already in the page load (inline products, JSON-LD, microdata, product cards).
 */
export async function loadCatalog(given: CatalogConfig, { currency, locale }: CatalogContext, signal: AbortSignal, withFeed: boolean): Promise<LoadResult> {
  const config = resolveCatalogConfig(given);
  // Its own chunk, so that neither it nor the normalization outgrows a chunk's budget.
  const { fetchFeed, feedError, readJsonLd, readMicrodata, readProductCards } = await import('./sources/index.js');
  const sources: CatalogSource[] = [];
  const sourceIssues: CatalogIssue[] = [];
  const errors: ShortlistError[] = [];
  const addSource = (source: string, { input, issues }: SourceResult, numbers?: CatalogSource['numbers']) => {
    sources.push({ source, input, numbers });
    sourceIssues.push(...issues);
  };
  if (config.products) sources.push({ source: 'inline', input: { products: config.products } });
  if (config.url && withFeed) {
    try {
      addSource('feed', await fetchFeed(config.url, { timeout: config.timeout, signal, map: config.map }));
    } catch (error) {
      if (signal.aborted) throw error;
      errors.push(error instanceof ShortlistError ? error : feedError(`the catalog feed ${config.url} failed`, { cause: error }));
    }
  }
  // On a server rendering the page there is no document: the page's own sources are off there.
  const page = globalThis.document;
  if (page && config.jsonLd) addSource('json-ld', readJsonLd(page), 'schema.org');
  if (page && config.microdata) addSource('microdata', readMicrodata(page), 'schema.org');
  if (page && config.cards) addSource('dom', readProductCards(page, config.cards, locale));
  const catalog = await normalizeCatalogInSlices(sources, { currency, locale, attributes: config.attributes });
  return { catalog: { ...catalog, issues: [...sourceIssues, ...catalog.issues] }, errors };
}

/** The catalog's state as the loader publishes it (the instance adds the products features make). */
export interface LoadedCatalog {
  /** `partial`: the page's own sources loaded; the feed loads when something needs it (`ready`). */
  status: 'loading' | 'partial' | 'ready';
  /** The catalog as loaded. */
  catalog: Catalog;
  /** Sources that failed as a whole; the catalog holds what the others gave. */
  errors: readonly ShortlistError[];
}

export interface CatalogLifecycle {
  config: ResolvedConfig;
  /** Where the catalog is published, as loaded (the instance's products are resolved from it). */
  $catalog: WritableAtom<LoadedCatalog>;
  signal: AbortSignal;
  report(error: ShortlistError): void;
  emit: Emitter['emit'];
}

/**
 * Runs one instance's catalog: the page's own sources at once, the feed when something needs
 * it (`everything()`). A product page describes its own products, and parsing a large feed is
 * the longest task a page load would otherwise get. Failures are reported; the shopper's tray
 * keeps working either way.
 */
/** A running catalog: `everything()` loads the feed too, once. */
export interface CatalogLoader {
  everything(): Promise<Catalog>;
}

export function startCatalog({ config, $catalog, signal, report, emit }: CatalogLifecycle): CatalogLoader {
  const hasFeed = typeof config.catalog.url === 'string';
  const load = (withFeed: boolean): Promise<Catalog> =>
    loadCatalog(config.catalog, config, signal, withFeed)
      .then(
        (result) => ({ ...result, complete: withFeed || !hasFeed }),
        (error: unknown) => {
          if (signal.aborted) throw error;
          // A wrong catalog configuration: no source can load, so the catalog is complete as it is.
          const failure = error instanceof ShortlistError ? error : new ShortlistError('the catalog could not be loaded', { code: 'catalog', cause: error });
          return { catalog: { ...$catalog.get().catalog, issues: [] }, errors: [failure], complete: true };
        },
      )
      .then(({ catalog, errors, complete }) => {
        if (signal.aborted) return catalog;
        $catalog.set({ status: complete ? 'ready' : 'partial', catalog, errors });
        errors.forEach(report);
        // The page's sources were reported by the first load; the second one adds the feed's.
        const issues = withFeed ? catalog.issues.filter((issue) => issue.source === 'feed') : catalog.issues;
        if (issues.length > 0) console.warn(`Shortlist: ${issues.length} catalog problem(s); the rest loaded.`, issues.map((issue) => issue.message));
        if (complete) emit('catalog-ready', { count: catalog.products.length, issues: catalog.issues });
        return catalog;
      });
  const fromPage = load(false);
  fromPage.catch(() => {
    // Aborted by destroy(): nothing to show.
  });
  let everything: Promise<Catalog> | undefined;
  return {
    everything: () => (everything ??= fromPage.then((catalog) => ($catalog.get().status === 'ready' ? catalog : load(true)))),
  };
}
