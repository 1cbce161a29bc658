/** The criteria elements' DOM events. */

/** The ranking changed (`<shortlist-arrange>`): every ranked product id, best fit first, for stores that render their own listing. */
export class ShortlistRankEvent extends Event {
  constructor(
    readonly ids: string[],
    /** How many of them pass every must-have (they come first). */
    readonly passing: number,
  ) {
    super('shortlist-rank', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shortlist-rank': ShortlistRankEvent;
  }
}
