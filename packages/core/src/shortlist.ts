/**
 * `createShortlist(config)`: one instance holds the catalog, the shopper's state and the
 * events. Everything runs in the shopper's browser; nothing is sent anywhere.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Catalog } from './catalog/normalize.js';
import { resolveConfig, type ResolvedConfig, type ShortlistConfig } from './config/config.js';
import type { ShortlistError } from './errors.js';
import { createEmitter, type Listener, type ShortlistEventMap, type ShortlistEventType, type ViewEventType } from './events.js';
import { createFormatter, type Formatter } from './format/format.js';
import { globalHandle } from './global.js';
import type { Product } from './model/types.js';
import { persist, type Persistence, type Slice } from './state/persist.js';
import { createTray, traySlice, type AddResult } from './state/tray.js';
import { VERSION } from './version.js';

export interface CatalogState {
  /** `partial`: the page's own sources loaded; the feed loads when something needs it (`ready`). */
  status: 'loading' | 'partial' | 'ready';
  catalog: Catalog;
  /** Sources that failed as a whole; the catalog holds what the others gave. */
  errors: readonly ShortlistError[];
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
  product(id: string): Product | undefined;
  add(id: string): AddResult;
  remove(id: string): boolean;
  toggle(id: string): AddResult | 'removed';
  clear(): void;
  /** Replaces the tray (a restored or shared comparison). */
  setTray(ids: readonly string[]): void;
  addability(id: string): Addability;
  /**
   * Adds persisted state that loads with a view (notes: `notesOf`, triage: `triageOf`):
   * restored from the shopper's record now, saved with it from then on.
   */
  addState<T>(name: string, slice: Slice<T>): void;
  /** Tells `on` listeners what a view did (opened, exported, shared, a note…). */
  announce<K extends ViewEventType>(type: K, detail: ShortlistEventMap[K]): void;
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
  const $catalog = atom<CatalogState>({ status: 'loading', catalog: EMPTY_CATALOG, errors: [] });
  const reportError = (error: ShortlistError) => {
    console.error(error);
    events.emit('error', { error });
  };

  // Restore before announcing changes, so a reload is not reported as the shopper adding items.
  const persistence: Persistence = persist({
    namespace: config.namespace,
    mode: config.storage,
    // Worded by a module loaded with the first problem; listeners added right after start-up get it.
    onProblem: (problem) => void import('./state/storage-problem.js').then(({ describeStorageProblem }) => reportError(describeStorageProblem(problem))),
    slices: { tray: traySlice(tray, config.tray) },
  });
  let previous = tray.$items.get();
  const stopTrayEvents = tray.$items.listen((ids) => {
    for (const id of ids) if (!previous.includes(id)) events.emit('item-add', { id });
    for (const id of previous) if (!ids.includes(id)) events.emit('item-remove', { id });
    previous = ids;
    events.emit('tray-change', { ids });
  });

  const controller = new AbortController();
  // The catalog's lifecycle and the rest of start-up load after it (see deferred.ts).
  const catalog = import('./deferred.js').then(({ afterStart }) =>
    afterStart({ config, $catalog, signal: controller.signal, report: reportError, emit: events.emit }),
  );
  const loadEverything = () => catalog.then((loader) => loader.everything());

  const product = (id: string) => $catalog.get().catalog.byId.get(id);
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
    addState: (name, slice) => persistence.add(name, slice as Slice<unknown>),
    announce: events.emit,
    on: events.on,
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
