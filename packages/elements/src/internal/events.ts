/**
 * Typed DOM events of the elements every page loads: `shortlist-*`, bubbling and composed out
 * of shadow roots. Views that load on first use keep theirs in their folder (tray/events.ts,
 * compare/events.ts), so their code loads with them.
 */

/** The shopper added a product to the tray or removed it with a compare button. */
export class ShortlistChangeEvent extends Event {
  constructor(
    /** The product's id, as in the catalog. */
    readonly productId: string,
    /** `added`, `removed`, or `full` when the tray refused it. */
    readonly result: 'added' | 'removed' | 'full',
  ) {
    super('shortlist-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-change': ShortlistChangeEvent;
  }
}
