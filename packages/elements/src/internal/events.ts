/** Typed DOM events of the elements: `shortlist-*`, bubbling and composed out of shadow roots. */

/** The shopper added a product to the tray or removed it with a compare button. */
export class ShortlistChangeEvent extends Event {
  constructor(
    readonly productId: string,
    /** `added`, `removed`, or `full` when the tray refused it. */
    readonly result: 'added' | 'removed' | 'full',
  ) {
    super('shortlist-change', { bubbles: true, composed: true });
  }
}

/** The shopper asked to open the comparison. Cancel it to open your own. */
export class ShortlistOpenEvent extends Event {
  constructor() {
    super('shortlist-open', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-change': ShortlistChangeEvent;
    'shortlist-open': ShortlistOpenEvent;
  }
}
