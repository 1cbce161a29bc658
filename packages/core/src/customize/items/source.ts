/**
 * Configured items in the one product resolver: an id `<product id>~<selection>` resolves to
 * its configured product (see `configuredProduct`), so the tray, the comparison, CSV and share
 * links treat it like any product. The options of the configured items in the tray are the
 * lookup's attributes too: the comparison shows them as rows.
 */
import { computed } from 'nanostores';
import { extendLookup, type ProductLookup, type ProductSource } from '../../products.js';
import type { AttributeDef, Product } from '../../model/types.js';
import type { Shortlist } from '../../shortlist.js';
import { configuratorFor } from '../configurator.js';
import { configuredProduct, type ConfiguredItem } from './configured-product.js';
import { decodeSelection, parseConfiguredId } from '../selection.js';
import { getOrInsertComputed } from '../../get-or-insert.js';

export function configuredItems(shortlist: Shortlist): ProductSource {
  // Per base product object (a new catalog makes new ones): its configured items by id.
  const made = new WeakMap<Product, Map<string, ConfiguredItem | undefined>>();
  const itemOf = (lookup: ProductLookup, id: string): ConfiguredItem | undefined => {
    const parsed = parseConfiguredId(id);
    const base = parsed && lookup.byId.get(parsed.productId);
    if (!base) return undefined;
    const items = getOrInsertComputed(made, base, () => new Map());
    if (!items.has(id)) {
      const selection = decodeSelection(configuratorFor(base).options, parsed.selection);
      const item = 'problem' in selection ? undefined : configuredProduct(base, selection, lookup.attributeByKey);
      // Only a complete configuration, under its one id: an id with its options in another order is not this item.
      items.set(id, item?.complete && item.product.id === id ? item : undefined);
    }
    return items.get(id);
  };
  return {
    // The set of configured ids in the tray, as one text: it changes only when that set does.
    $changes: computed(shortlist.$tray, (ids) => ids.filter((id) => parseConfiguredId(id)).join(' ')),
    extend(lookup) {
      const defs = new Map<string, AttributeDef>();
      for (const id of shortlist.$tray.get()) for (const def of itemOf(lookup, id)?.attributes ?? []) if (!defs.has(def.key)) defs.set(def.key, def);
      return extendLookup(lookup, (id) => itemOf(lookup, id)?.product, [...defs.values()]);
    },
  };
}
