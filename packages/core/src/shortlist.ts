/**
 * `createShortlist(config)`: one instance holds the catalog, the shopper's state and the
 * events. Everything runs in the shopper's browser; nothing is sent anywhere.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { LoadedCatalog } from './catalog/load.js';
import type { Catalog } from './catalog/normalize.js';
import { resolveConfig, type ResolvedConfig, type ShortlistConfig } from './config/config.js';
import { ShortlistError } from './errors.js';
import { createEmitter, type Listener, type ShortlistEventMap, type ShortlistEventType } from './events.js';
import type { Feature } from './feature.js';
import { createFormatter, type Formatter } from './format/format.js';
import { globalHandle } from './global.js';
import { once } from './once.js';
import type { Product } from './model/types.js';
import type { ProductLookup, ProductSource } from './products.js';
import { persist, type Persistence, type Slice } from './state/persist.js';
import { createTray, traySlice, type AddResult } from './state/tray.js';
import { VERSION } from './version.js';

export interface CatalogState extends LoadedCatalog {
  /** Every product by id: the catalog's, and those features make (see `addProducts`). */
  products: ProductLookup;
}

/** Whether a product can be added now, and why not. */
export type Addability = 'ok' | 'present' | 'full' | 'unavailable';

export interface Shortlist {
  readonly version: string;
  readonly config: ResolvedConfig;
  readonly format: Formatter;
  readonly $catalog: ReadableAtom<CatalogState>;
  /** Ordered product ids in the tray. */
  readonly $tray: ReadableAtom<readonly string[]>;
  /**
   * Loads the whole catalog, the feed included, and resolves when it has loaded (or failed;
   * see `$catalog.get().errors`). Views that list products read it; until then the catalog
   * holds what the page itself describes.
   */
  readonly ready: Promise<Catalog>;
  /** The product with this id, from the catalog or a feature's source (see `$catalog`'s `products`). */
  product(id: string): Product | undefined;
  add(id: string): AddResult;
  remove(id: string): boolean;
  toggle(id: string): AddResult | 'removed';
  clear(): void;
  /** Replaces the tray (a restored or shared comparison). */
  setTray(ids: readonly string[]): void;
  addability(id: string): Addability;
  /**
   * Registers a feature with this instance, once (by name), and returns what its `setup` made:
   * its configuration section is checked, its copy added, its state restored. Connectors call it.
   */
  use<Context>(feature: Feature<Context>): Context;
  /** Adds persisted state (a feature's): restored from the shopper's record now, saved with it from then on. */
  addState<T>(name: string, slice: Slice<T>): void;
  /** Adds products a feature makes (configured items) to the one product resolver. */
  addProducts(source: ProductSource): void;
  /** Tells `on` listeners what the shopper did (a feature's events: opened, shared, a note…). */
  announce<K extends ShortlistEventType>(type: K, detail: ShortlistEventMap[K]): void;
  /** Reports a problem: the `error` event and the console. Shortlist keeps working. */
  report(error: ShortlistError): void;
  /** Loads code on first use (`() => import(…)`); a failure is reported as an error naming `chunk`, and rejects. */
  load<T>(chunk: string, load: () => Promise<T>): Promise<T>;
  /** Subscribes to an event (see `ShortlistEventMap`); a name no declared feature announces is reported. */
  on<K extends ShortlistEventType>(type: K, listener: Listener<K>): () => void;
  /** Erases everything Shortlist stored in this browser for this namespace. */
  forget(): void;
  /** Stops persistence and listeners; the page's handle forgets this instance. */
  destroy(): void;
}

const EMPTY_CATALOG: Catalog = { products: [], byId: new Map(), attributes: [], attributeByKey: new Map(), issues: [] };

export function createShortlist(input: ShortlistConfig = {}): Shortlist {
  const config = resolveConfig(input);
  const events = createEmitter();
  const tray = createTray(config.tray);
  const $catalog = atom<CatalogState>({ status: 'loading', catalog: EMPTY_CATALOG, products: EMPTY_CATALOG, errors: [] });
  const report = (error: ShortlistError) => {
    console.error(error);
    events.emit('error', { error });
  };

  // Restore before announcing changes, so a reload is not reported as the shopper adding items.
  const persistence: Persistence = persist({
    namespace: config.namespace,
    mode: config.storage,
    // Worded by a module loaded with the first problem; listeners added right after start-up get it.
    onProblem: (problem) => void import('./state/storage-problem.js').then(({ describeStorageProblem }) => report(describeStorageProblem(problem))),
    slices: { tray: traySlice(tray, config.tray) },
  });
  let previous = tray.$items.get();
  const stopTrayEvents = tray.$items.listen((ids) => {
    for (const id of ids) if (!previous.includes(id)) events.emit('item-add', { id });
    for (const id of previous) if (!ids.includes(id)) events.emit('item-remove', { id });
    previous = ids;
    events.emit('tray-change', { ids });
  });

  // The features' product sources: the catalog's lifecycle (deferred.ts) extends its products with them.
  const $sources = atom<readonly ProductSource[]>([]);

  // The rest of start-up loads after it (deferred.ts): the catalog's lifecycle, the checks and
  // the wording of problems. A failed load is reported and tried again when next needed.
  const controller = new AbortController();
  const loadDeferred = once(() =>
    import('./deferred.js').catch((cause: unknown) => {
      // The wording of load failures is in that chunk: this one is said plainly.
      const error = new ShortlistError('the "deferred" code could not be loaded', { code: 'load', cause });
      report(error);
      throw error;
    }),
  );
  const loadCatalog = once(() => loadDeferred().then(({ afterStart }) => afterStart({ config, $catalog, $sources, signal: controller.signal, report, emit: events.emit })));
  loadCatalog().catch((error: ShortlistError) => $catalog.set({ ...$catalog.get(), errors: [error] }));
  const loadEverything = () => loadCatalog().then((loader) => loader.everything());

  const product = (id: string) => $catalog.get().products.byId.get(id);
  const addability = (id: string): Addability => {
    if (tray.$items.get().includes(id)) return 'present';
    const known = product(id);
    const { status } = $catalog.get();
    if (!known && status === 'partial') loadEverything().catch(() => {});
    if (known?.availability === 'discontinued' || (!known && status === 'ready')) return 'unavailable';
    return tray.isFull() ? 'full' : 'ok';
  };

  const add = (id: string): AddResult => {
    const result = tray.add(id);
    if (result === 'full') events.emit('tray-full', { id, max: config.tray.max });
    return result;
  };

  const features = new Map<string, unknown>();

  const instance: Shortlist = {
    version: VERSION,
    config,
    format: createFormatter(config.locale, config.messages),
    $catalog,
    $tray: tray.$items,
    get ready() {
      return loadEverything();
    },
    product,
    add,
    remove: tray.remove,
    toggle: (id) => (tray.remove(id) ? 'removed' : add(id)),
    clear: tray.clear,
    setTray: tray.set,
    addability,
    use(feature) {
      if (!features.has(feature.name)) features.set(feature.name, feature.setup(instance));
      return features.get(feature.name) as never;
    },
    addState: (name, slice) => persistence.add(name, slice as Slice<unknown>),
    addProducts: (source) => $sources.set([...$sources.get(), source]),
    announce: events.emit,
    report,
    load: (chunk, load) => loadDeferred().then(({ loadChunk }) => loadChunk(chunk, load, report)),
    on(type, listener) {
      // A listener of a name nothing announces would never run: say so (checked after start-up).
      loadDeferred().then(({ checkEventName }) => checkEventName(type, report), () => {});
      return events.on(type, listener);
    },
    forget: persistence.forget,
    destroy() {
      controller.abort();
      persistence.stop();
      stopTrayEvents();
      const { $instance } = globalHandle();
      if ($instance.get() === instance) $instance.set(undefined);
    },
  };
  globalHandle().$instance.set(instance);
  return instance;
}
