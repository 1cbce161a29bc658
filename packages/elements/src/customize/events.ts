/** The customizer's DOM event: bubbling and composed, loaded with the customizer. */
import type { ConfigureDetail } from '@shortlist/core/customize';

/**
 * The shopper changed a configuration: its `detail` is what the store's own add-to-cart code
 * needs. `detail.complete` is true only for a complete, valid and available configuration;
 * `detail.selection` holds what the shopper typed (an engraving). The same facts reach
 * `shortlist.on('configure', …)`.
 */
export class ShortlistConfigureEvent extends CustomEvent<ConfigureDetail> {
  constructor(detail: ConfigureDetail) {
    super('shortlist-configure', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-configure': ShortlistConfigureEvent;
  }
}
