/**
 * Shortlist core: headless and framework-free. Use it alone from React, Vue or Svelte, or
 * through the `@shortlist/elements` web components.
 *
 * @packageDocumentation
 */
export { createShortlist, type Shortlist, type CatalogState, type Addability } from './shortlist.js';
export { resolveConfig, checkConfig, type ShortlistConfig, type ResolvedConfig, type CatalogConfig, type CompareConfig, type TrayPosition } from './config/config.js';
export { ShortlistError, DOCS_URL, type ErrorCode, type ErrorDetails } from './errors.js';
export type { ShortlistEventMap, ShortlistEventType, ShortlistEvent, Listener } from './events.js';
export { globalHandle, type GlobalHandle } from './global.js';
export { VERSION } from './version.js';

export type * from './model/types.js';
export type * from './model/input.js';
export { findUnit, parseQuantity, parseNumber, fromBase, type Unit, type Quantity, type Dimension } from './model/units.js';
export { readDecimal, SCHEMA_ORG, type NumberStyle } from './model/numbers.js';
export { normalizeCatalog, normalizeCatalogInSlices, type Catalog, type CatalogSource, type NormalizeOptions } from './catalog/normalize.js';

export { createFormatter, type Formatter } from './format/format.js';
export { formatAttribute } from './format/attribute.js';
export { startMessages, isMessage, type Messages, type MessageKey, type Message, type MessageTables } from './format/messages.js';
export { trayMessages } from './format/messages-tray.js';
export { compareMessages } from './format/messages-compare.js';
export { valueMessages } from './format/messages-values.js';
export { priceMessages } from './format/messages-price.js';
export { formatProductPrice } from './format/price.js';

export { createTray, type Tray, type TrayOptions, type AddResult, type WhenFull } from './state/tray.js';
export { persist, storageKey, RECORD_VERSION, type Persistence, type PersistOptions, type Slice, type StorageMode, type StorageProblem } from './state/persist.js';
export { describeStorageProblem } from './state/storage-problem.js';
export { notesOf, MAX_NOTE_LENGTH, type Notes, type NotesState } from './state/notes.js';

export { formatDelta } from './format/attribute.js';
export { triageOf, type TriageMark, type Triage, type TriageState } from './state/triage.js';
export { readByProduct, type ByProduct } from './state/by-product.js';
export { compareTable, type CompareTable, type CompareOptions, type CompareGroup, type CompareRow, type CompareCell, type CompareView } from './compare/table.js';
export { sortByAttribute, moveTo, type SortDirection } from './compare/sort.js';
export { toCsv, csvFileName, type CsvExtra, type CsvLabels } from './compare/csv.js';
export { SHARE_PARAM, encodeShare, decodeShare, shareUrl, readShare, withoutShare, type ShareState, type ShareProblem } from './compare/share.js';
export { resolveCompareConfig } from './compare/config.js';
