/**
 * Shortlist core: headless and framework-free. Use it alone from React, Vue or Svelte, or
 * through the `@shortlist/elements` web components.
 *
 * This entry is what every page loads: the instance, configuration, events, the feature
 * contract, the product resolver, state and formatting. The catalog's code has its own entry
 * (`@shortlist/core/catalog`), and so has each feature (`@shortlist/core/compare`,
 * `@shortlist/core/tray`…); importing a feature's entry declares the feature.
 *
 * @packageDocumentation
 */
export { createShortlist, type Shortlist, type CatalogState, type Addability } from './shortlist.js';
export { resolveConfig, checkConfig, type ShortlistConfig, type ResolvedConfig, type CatalogConfig, type TrayPosition } from './config/config.js';
export { object, is, oneOf, integer, text, type, array, plainObject, configError, type Check, type Shape } from './config/check.js';
export { ShortlistError, DOCS_URL, type ErrorCode, type ErrorCodes, type ErrorDetails } from './errors.js';
export type { ShortlistEventMap, ShortlistEventType, ShortlistEvent, Listener } from './events.js';
export { declareFeature, declareFeatureNames, declaredFeatures, type Feature, type FeatureDeclaration } from './feature.js';
export { defineFeature, type FeatureDefinition } from './define-feature.js';
export { once } from './once.js';
export { getOrInsertComputed } from './get-or-insert.js';
export { runInSlices, yieldToMain } from './catalog/slices.js';
export { extendLookup, type ProductLookup, type ProductSource } from './products.js';
export { globalHandle, type GlobalHandle } from './global.js';
export { VERSION } from './version.js';

export type * from './model/types.js';
export type * from './model/input.js';
export { MAX_ID_LENGTH } from './model/limits.js';
export type { Catalog, CatalogSource, NormalizeOptions } from './catalog/normalize.js';
export type { Unit, Quantity, Dimension } from './model/units.js';
export type { LoadedCatalog } from './catalog/load.js';

export { createFormatter, type Formatter } from './format/format.js';
export { startMessages, isMessage, type Messages, type MessagesOf, type MessageKey, type Message, type MessageTables } from './format/messages.js';

export { createTray, traySlice, type Tray, type TrayOptions, type AddResult, type WhenFull } from './state/tray.js';
export { persist, storageKey, RECORD_VERSION, type Persistence, type PersistOptions, type Slice, type StorageMode, type StorageProblem } from './state/persist.js';
export { byProductState, byProductSlice, own, type ByProduct, type ByProductState } from './state/by-product.js';
export type { KeyValue } from './state/merge.js';
