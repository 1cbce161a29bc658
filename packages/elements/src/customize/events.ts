/** The customizer's DOM event: bubbling and composed, loaded with the customizer. */
import type { ConfigureDetail } from '@shortlist/core/customize';

/**
 * The shopper changed a configuration: what the store's own add-to-cart code needs. `complete`
 * is true only for a complete, valid and available configuration; `selection` holds what the
 * shopper typed (an engraving). The same facts reach `shortlist.on('configure', …)`.
 */
export class ShortlistConfigureEvent extends Event {
  readonly productId: string;
  readonly complete: boolean;
  /** The configured item's id, when complete. */
  readonly id?: string;
  /** The variant's id (its SKU), once the selection resolves to one. */
  readonly sku?: string;
  readonly selection: ConfigureDetail['selection'];
  readonly price?: ConfigureDetail['price'];

  constructor(detail: ConfigureDetail) {
    super('shortlist-configure', { bubbles: true, composed: true });
    ({ productId: this.productId, complete: this.complete, id: this.id, sku: this.sku, selection: this.selection, price: this.price } = detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-configure': ShortlistConfigureEvent;
  }
}
