/** The tray panel's DOM event: bubbling and composed, loaded with the panel. */

/** The shopper asked to open the comparison. Cancel it to open your own. */
export class ShortlistOpenEvent extends Event {
  constructor() {
    super('shortlist-open', { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-open': ShortlistOpenEvent;
  }
}
