/**
 * The comparison's DOM events: `shortlist-compare-open`, `-close`, `-export` and `-share`,
 * bubbling and composed. One class for the four keeps the view's chunk small; it lives with
 * the view (not in `internal/events.ts`), so it loads with the comparison, not on every product
 * page. The same facts reach `shortlist.on(…)` listeners as `compare-open`, `compare-export`
 * and `compare-share`.
 */

/** What the comparison did: `type` says which (`shortlist-compare-open` …), the fields the rest. */
export class ShortlistCompareEvent extends Event {
  /** How many products the comparison holds. */
  readonly count: number;
  /** `open`: shown as a `dialog`, or `inline` once it has products. */
  readonly mode?: 'dialog' | 'inline';
  /** `export`: a `csv` file, or `print`. */
  readonly format?: 'csv' | 'print';
  /** `share`: the link (product ids and choices only). */
  readonly url?: string;

  constructor(type: 'open' | 'close' | 'export' | 'share', init: ShortlistCompareEventInit = {}) {
    super(`shortlist-compare-${type}`, { bubbles: true, composed: true });
    this.count = init.count ?? 0;
    this.mode = init.mode;
    this.format = init.format;
    this.url = init.url;
  }
}

/** The fields of a `ShortlistCompareEvent`, as its constructor takes them. */
export type ShortlistCompareEventInit = Partial<Pick<ShortlistCompareEvent, 'count' | 'mode' | 'format' | 'url'>>;

declare global {
  interface GlobalEventHandlersEventMap {
    /** The comparison was shown (`mode`, `count`). */
    'shortlist-compare-open': ShortlistCompareEvent;
    /** The comparison dialog closed. */
    'shortlist-compare-close': ShortlistCompareEvent;
    /** Exported as CSV or printed (`format`, `count`). */
    'shortlist-compare-export': ShortlistCompareEvent;
    /** A share link was made (`url`, `count`). */
    'shortlist-compare-share': ShortlistCompareEvent;
  }
}
