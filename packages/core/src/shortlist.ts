/**
 * `createShortlist(config)`: one instance holds the catalog, the shopper's state and the
 * events. Everything runs in the shopper's browser; nothing is sent anywhere.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Catalog } from './catalog/normalize.js';
import { resolveConfig, type ResolvedConfig, type ShortlistConfig } from './config/config.js';
import { ShortlistError } from './errors.js';
import { createEmitter, type Listener, type ShortlistEventType } from './events.js';
import { createFormatter, type Formatter } from './format/format.js';
import { en } from './format/messages.js';
import { globalHandle } from './global.js';
import type { Product } from './model/types.js';
import { createNotes, type Notes } from './state/notes.js';
import { persist, type Persistence } from './state/persist.js';
import { createTray, trayItems, type AddResult } from './state/tray.js';
import { VERSION } from './version.js';

export interface CatalogState {
  status: 'loading' | 'ready';
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
  readonly $notes: ReadableAtom<Notes>;
  /** Resolves when the catalog has loaded (or failed; see `$catalog.get().errors`). */
  readonly ready: Promise<Catalog>;
  product(id: string): Product | undefined;
  add(id: string): AddResult;
  remove(id: string): boolean;
  toggle(id: string): AddResult | 'removed';
  clear(): void;
  /** Replaces the tray (a restored or shared comparison). */
  setTray(ids: readonly string[]): void;
  addability(id: string): Addability;
  setNote(id: string, text: string): void;
  on<K extends ShortlistEventType>(type: K, listener: Listener<K>): () => void;
  /** Erases everything Shortlist stored in this browser for this namespace. */
  forget(): void;
  /** Stops persistence and listeners; the page's handle forgets this instance. */
  destroy(): void;
}

const EMPTY_CATALOG: Catalog = { products: [], byId: new Map(), attributes: [], attributeByKey: new Map(), issues: [] };

export function createShortlist(input: ShortlistConfig = {}): Shortlist {
  const config = resolveConfig(input, Object.keys(en));
  const events = createEmitter();
  const tray = createTray(config.tray);
  const notes = createNotes();
  const $catalog = atom<CatalogState>({ status: 'loading', catalog: EMPTY_CATALOG, errors: [] });
  let starting = true;
  const reportError = (error: ShortlistError) => {
    console.error(error);
    // Errors found while starting wait a microtask, so listeners added right after still get them.
    if (starting) queueMicrotask(() => events.emit('error', { error }));
    else events.emit('error', { error });
  };

  // Restore before announcing changes, so a reload is not reported as the shopper adding items.
  const persistence: Persistence = persist({
    namespace: config.namespace,
    mode: config.storage,
    onError: reportError,
    slices: {
      tray: { store: tray.$items, read: (saved) => trayItems(readIds(saved) ?? [], config.tray.max), empty: [] },
      notes: { store: notes.$notes, read: readNotes, empty: {} },
    },
  });
  let previous = tray.$items.get();
  const stopTrayEvents = tray.$items.listen((ids) => {
    for (const id of ids) if (!previous.includes(id)) events.emit('item-add', { id });
    for (const id of previous) if (!ids.includes(id)) events.emit('item-remove', { id });
    previous = ids;
    events.emit('tray-change', { ids });
  });

  const controller = new AbortController();
  const ready = import('./catalog/load.js')
    .then(({ loadCatalog }) => loadCatalog(config.catalog, config.currency, controller.signal))
    .catch((error: unknown) => {
      if (controller.signal.aborted) throw error;
      // A wrong catalog configuration: report it, keep the shopper's tray working.
      return { catalog: EMPTY_CATALOG, errors: [error instanceof ShortlistError ? error : new ShortlistError('the catalog could not be loaded', { code: 'catalog', cause: error })] };
    })
    .then(({ catalog, errors }) => {
      if (controller.signal.aborted) return catalog;
      $catalog.set({ status: 'ready', catalog, errors });
      errors.forEach(reportError);
      if (catalog.issues.length > 0) console.warn(`Shortlist: ${catalog.issues.length} catalog problem(s); the rest loaded.`, catalog.issues.map((issue) => issue.message));
      events.emit('catalog-ready', { count: catalog.products.length, issues: catalog.issues });
      return catalog;
    });
  ready.catch(() => {
    // Aborted by destroy(): nothing to show.
  });

  const product = (id: string) => $catalog.get().catalog.byId.get(id);
  const addability = (id: string): Addability => {
    if (tray.$items.get().includes(id)) return 'present';
    const known = product(id);
    if ($catalog.get().status === 'ready' && (!known || known.availability === 'discontinued')) return 'unavailable';
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
    $notes: notes.$notes,
    ready,
    product,
    add,
    remove: tray.remove,
    toggle: (id) => (tray.remove(id) ? 'removed' : add(id)),
    clear: tray.clear,
    setTray: tray.set,
    addability,
    setNote(id, text) {
      events.emit('note-change', { id, note: notes.setNote(id, text) });
    },
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
  starting = false;
  return instance;
}

const readIds = (saved: unknown) =>
  Array.isArray(saved) ? saved.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 128) : undefined;


const readNotes = (saved: unknown): Notes | undefined =>
  saved && typeof saved === 'object' && !Array.isArray(saved)
    ? Object.fromEntries(Object.entries(saved).filter(([, note]) => typeof note === 'string'))
    : undefined;
