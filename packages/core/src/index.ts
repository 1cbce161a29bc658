/**
 * Shortlist core: headless and framework-free. Use it alone from React, Vue or Svelte, or
 * through the `@shortlist/elements` web components.
 *
 * @packageDocumentation
 */
export { createShortlist, type Shortlist, type CatalogState, type Addability } from './shortlist.js';
export { resolveConfig, type ShortlistConfig, type ResolvedConfig, type CatalogConfig } from './config/config.js';
export { ShortlistError, DOCS_URL, type ErrorCode, type ErrorDetails } from './errors.js';
export type { ShortlistEventMap, ShortlistEventType, ShortlistEvent, Listener } from './events.js';
export { globalHandle, type GlobalHandle } from './global.js';
export { VERSION } from './version.js';

export type * from './model/types.js';
export type * from './model/input.js';
export { findUnit, parseQuantity, parseNumber, fromBase, type Unit, type Quantity, type Dimension } from './model/units.js';
export { normalizeCatalog, normalizeCatalogInSlices, type Catalog, type CatalogSource, type NormalizeOptions } from './catalog/normalize.js';

export { createFormatter, type Formatter } from './format/format.js';
export { formatAttribute } from './format/attribute.js';
export { en, de, bundledMessages, type Messages, type MessageKey, type Message } from './format/messages.js';

export { createTray, type Tray, type TrayOptions, type AddResult, type WhenFull } from './state/tray.js';
export { persist, storageKey, RECORD_VERSION, type Persistence, type PersistOptions, type Slice, type StorageMode } from './state/persist.js';
export type { Notes } from './state/notes.js';
