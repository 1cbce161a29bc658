/**
 * `@shortlist/core/catalog`: reading and showing catalog values — normalization and validation,
 * units, and the formatting of attribute values. The instance loads this code right after
 * start-up; apps use it to check a catalog or format values themselves.
 *
 * @module
 */
export { normalizeCatalog, normalizeCatalogInSlices, type Catalog, type CatalogSource, type NormalizeOptions } from './normalize.js';
export { findUnit, parseQuantity, parseNumber, fromBase, type Unit, type Quantity, type Dimension } from '../model/units.js';
export { readDecimal, SCHEMA_ORG, type NumberStyle } from '../model/numbers.js';
export { formatAttribute, formatDelta } from '../format/attribute.js';
export { formatProductPrice } from '../format/price.js';
export { valueMessages } from '../format/messages-values.js';
export { priceMessages } from '../format/messages-price.js';
