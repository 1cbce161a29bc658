import { css, nothing } from 'lit';
import { getOrInsertComputed } from '@shortlist/core';
import { CriteriaElement } from '../base.js';
import { ShortlistRankEvent } from './events.js';

/**
 * What the views' `:host` rules gave it, for the document (or shadow root) it is in: no box of its
 * own, none when `hidden`, and the views' font and colour for the listing. `:where()` lets any
 * rule of the page win.
 */
const noBox = css`
  :where(shortlist-arrange) {
    display: contents;
    font: var(--shortlist-font, inherit);
    color: var(--shortlist-color, inherit);
  }
  :where(shortlist-arrange[hidden]) {
    display: none;
  }
`;

/**
 * An opt-in mode for stores that keep their own listing markup: wrapped around it, it orders
 * the page's product cards by the shopper's criteria (best fit first; the page's own order
 * while there are none), and with `hide` hides the cards that miss a must-have. Cards are the
 * elements with `data-shortlist-product` (the markup Shortlist reads products from); a card in
 * a list item moves with its `li`. Every ranking is also sent as a `shortlist-rank` event with
 * the ranked ids, for stores that render their listing themselves (the element may then be
 * empty).
 *
 * Its children are the listing itself, in the page's DOM: it has no shadow root, since attaching
 * one to the listing's wrapper when the element loads lays the whole listing out again (0.5–1 s
 * at 4× CPU for the storefront's 167 cards). It takes no box of its own (`display: contents`,
 * which any rule of the page overrides); a page that gives it `display: contents` in its own
 * stylesheet has nothing laid out again when it loads.
 *
 * @tagname shortlist-arrange
 * @summary Orders (and optionally hides) the page's own product cards by fit.
 *
 * @event shortlist-rank - The ranking changed (`ShortlistRankEvent`: `ids` best fit first, `passing`).
 */
export class ShortlistArrange extends CriteriaElement {
  static override properties = { ...CriteriaElement.properties, hide: { type: Boolean } };
  /** Hides the cards of products that miss a must-have. */
  declare hide: boolean;

  readonly #ranking = this.watch((connector) => connector.$ranking, undefined);
  /** Each card's place in the page's own order, noted when first seen. */
  readonly #pageOrder = new WeakMap<Element, number>();
  #seen = 0;

  protected override createRenderRoot() {
    const root = this.getRootNode() as Document | ShadowRoot;
    const sheet = noBox.styleSheet!;
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return this;
  }

  protected override render() {
    return nothing;
  }

  protected override updated(): void {
    const ranking = this.#ranking.value;
    if (!ranking) return;
    const judged = ranking.criteria.length > 0;
    const focused = document.activeElement;
    const lists = new Map<Element, Array<{ item: HTMLElement; place: number }>>();
    for (const card of this.querySelectorAll<HTMLElement>('[data-shortlist-product]')) {
      const item = card.parentElement?.localName === 'li' ? card.parentElement : card;
      if (!this.#pageOrder.has(item)) this.#pageOrder.set(item, this.#seen++);
      const id = card.dataset.shortlistProduct!;
      const index = ranking.indexOf(id);
      item.hidden = this.hide && judged && index !== undefined && !ranking.passes(index);
      getOrInsertComputed(lists, item.parentElement!, () => []).push({ item, place: judged ? (ranking.place(id) ?? Infinity) : this.#pageOrder.get(item)! });
    }
    for (const [parent, items] of lists) {
      const sorted = [...items].sort((a, b) => a.place - b.place || this.#pageOrder.get(a.item)! - this.#pageOrder.get(b.item)!);
      // Moved only when out of order: moving a card costs layout, and the focus inside it.
      if (sorted.some((entry, position) => entry !== items[position])) parent.append(...sorted.map(({ item }) => item));
    }
    if (focused instanceof HTMLElement && document.activeElement !== focused) focused.focus({ preventScroll: true });
    this.dispatchEvent(new ShortlistRankEvent(ranking.ids(), ranking.passing));
  }
}
