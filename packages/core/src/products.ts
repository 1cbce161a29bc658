/**
 * The one product resolver. Every lookup of a product by id — the tray, the compare button, the
 * panel, the comparison, CSV, share links — reads a `ProductLookup`: the catalog's products,
 * extended by each feature that makes products of its own (a configured item is a product whose
 * id carries its selection). A feature adds a source with `shortlist.addProducts`.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { LoadedCatalog } from './catalog/load.js';
import type { AttributeDef, Product } from './model/types.js';
import type { CatalogState } from './shortlist.js';

/** Products by id and the attributes they carry: what views compare, sort and export. A `Catalog` is one. */
export interface ProductLookup {
  readonly byId: { get(id: string): Product | undefined };
  readonly attributes: readonly AttributeDef[];
  readonly attributeByKey: ReadonlyMap<string, AttributeDef>;
}

/** Products a feature makes, added to the lookup of the catalog and the sources before it. */
export interface ProductSource {
  /** The lookup with this source's products added: use `extendLookup`. */
  extend(lookup: ProductLookup): ProductLookup;
  /** Changes whenever the products it makes change: the lookup is extended again. */
  readonly $changes?: ReadableAtom<unknown>;
}

/**
 * `lookup`, plus the products `make` makes for ids it does not have, and `attributes` it does
 * not define. A product made once is the same object for the life of this lookup, so views
 * that compare by identity keep their work.
 */
export function extendLookup(lookup: ProductLookup, make: (id: string) => Product | undefined, attributes: readonly AttributeDef[] = []): ProductLookup {
  const made = new Map<string, Product | undefined>();
  const added = attributes.filter((def) => !lookup.attributeByKey.has(def.key));
  return {
    byId: {
      get(id) {
        const product = lookup.byId.get(id);
        if (product) return product;
        if (!made.has(id)) made.set(id, make(id));
        return made.get(id);
      },
    },
    attributes: added.length ? [...lookup.attributes, ...added] : lookup.attributes,
    attributeByKey: added.length ? new Map([...lookup.attributeByKey, ...added.map((def): [string, AttributeDef] => [def.key, def])]) : lookup.attributeByKey,
  };
}

/**
 * Keeps `$catalog`'s products up to date: the catalog as the loader publishes it (into the store
 * returned), extended by every source of `$sources`, again whenever one of them changes.
 * Stops with `signal`.
 */
export function resolveProducts($catalog: WritableAtom<CatalogState>, $sources: ReadableAtom<readonly ProductSource[]>, signal: AbortSignal): WritableAtom<LoadedCatalog> {
  const $loaded = atom<LoadedCatalog>($catalog.get());
  const resolve = () => {
    const loaded = $loaded.get();
    $catalog.set({ ...loaded, products: $sources.get().reduce((lookup: ProductLookup, source) => source.extend(lookup), loaded.catalog) });
  };
  let stopChanges: Array<() => void> = [];
  const stopSources = $sources.subscribe((sources) => {
    stopChanges.forEach((stop) => stop());
    stopChanges = sources.flatMap((source) => source.$changes?.listen(resolve) ?? []);
    resolve();
  });
  const stopLoaded = $loaded.listen(resolve);
  signal.addEventListener('abort', () => [stopSources, stopLoaded, ...stopChanges].forEach((stop) => stop()));
  return $loaded;
}
