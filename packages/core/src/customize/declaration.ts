/**
 * The customizer's declaration: its name and events, known page-wide before its code loads
 * (see `feature.ts`), and its event types, added to the centre's by declaration merging.
 */
import { declareFeature } from '../feature.js';
import { globalHandle } from '../global.js';
import type { Money } from '../model/types.js';

/** What the customizer tells the retailer's own add-to-cart code (`configure`, `shortlist-configure`). */
export interface ConfigureDetail {
  /** The configured product's id. */
  productId: string;
  /** True only for a complete, valid, available configuration: anything else must not go in a cart. */
  complete: boolean;
  /** The configured item's id (product id, `~`, selection), when complete. */
  id?: string;
  /** The SKU: the id of the variant the selection resolves to. */
  sku?: string;
  /** The chosen options by key: list values, numbers, and texts as the shopper typed them (an engraving). */
  selection: Readonly<Record<string, string | number>>;
  /** The total for what is chosen, in the product's currency. */
  price?: Money;
}

declare module '../events.js' {
  interface ShortlistEventMap {
    /** The shopper changed a configuration: for the retailer's add-to-cart code. Holds what the shopper typed. */
    configure: ConfigureDetail;
    /** The shopper put a configuration into the comparison (the product's id only: nothing typed). */
    'customize-add': { productId: string };
    /** The shopper made a link to a configuration (the product's id only: nothing typed). */
    'customize-share': { productId: string };
  }
}

export const customizeDeclaration = declareFeature({
  name: 'customize',
  events: ['configure', 'customize-add', 'customize-share'],
  // Every option's price and the total show in the first render.
  numbers: true,
  // A configured item's id holds `~` (so does a shared comparison of one, escaped): the tray,
  // the comparison or a link needs the customizer's products at once.
  wanted: () => [globalThis.location?.search ?? '', ...(globalHandle().$instance.get()?.$tray.get() ?? [])].some((text) => text.includes('~')),
});
