import { once, type ResolvedConfig } from '@shortlist/core';
import { baseStyles, css, ShortlistElement } from '../internal/base.js';
import { h } from '../internal/dom.js';
import { StoreController } from '../internal/store-controller.js';

/** Where the tray docks: `bottom-end`, `bottom-start`, or `inline` where the element is. */
export type TrayPosition = ResolvedConfig['tray']['position'];

/**
 * The compare tray, docked on every page: a toggle with the count, announced politely to
 * screen readers when it changes, that opens the panel (the products, remove, clear all with
 * undo, compare). The panel and its template library load on the first expand
 * (`<shortlist-tray-panel>`), so a product page downloads only this bar.
 *
 * Docked (`bottom-end` or `bottom-start`) it is `position: fixed`: it never moves the page's
 * content, hides while the tray is empty, and scrolls a focused page element it would cover
 * into the clear (or collapses its panel when scrolling cannot help).
 *
 * @tagname shortlist-tray
 * @summary The compare tray: count, and a panel of the products to compare.
 *
 * @event shortlist-open - The shopper pressed "Compare" in the panel. Cancelable: cancel it to open your own comparison.
 *
 * @csspart base - The toggle button (also named `toggle`): label and count; `aria-expanded`.
 * @csspart toggle - The same button as `base`.
 * @csspart label - The toggle's visible text.
 * @csspart count - The number badge.
 * @csspart status - The visually hidden live region that announces the count.
 * @csspart dock - The box holding the toggle and the panel; fixed to the viewport unless inline.
 * @csspart panel - The panel (`<shortlist-tray-panel>`), which exports the parts below.
 * @csspart heading - In the panel: "Products to compare"; labels the list.
 * @csspart list - In the panel: the list of products (`ul`).
 * @csspart item - In the panel: one product (`li`).
 * @csspart thumbnail - In the panel: the product image (decorative: the name follows it).
 * @csspart name - In the panel: the product name, a link to the product page when the catalog has a URL.
 * @csspart price - In the panel: the price, in the shopper's locale.
 * @csspart fit - In the panel: how the product fits the shopper's criteria, while the criteria filter runs on the page (the list is then best fit first).
 * @csspart edit - In the panel: "Edit", for a configured item: reopens its customizer with its options.
 * @csspart remove - In the panel: the button that removes one product.
 * @csspart empty - In the panel: the text shown when the tray is empty.
 * @csspart actions - In the panel: the row of "Clear all" and "Compare", or of the undo offer.
 * @csspart clear - In the panel: the "Clear all" button.
 * @csspart cleared - In the panel: "Cleared N products", shown with the undo button.
 * @csspart undo - In the panel: the button that puts the cleared products back, in their order.
 * @csspart compare - In the panel: the "Compare N products" button.
 * @csspart failure - In the panel: the notice that the comparison's code could not load; "Compare" tries again.
 *
 * @cssproperty --shortlist-accent - Colour of the count badge and the compare button. Default `#1a5fd0`.
 * @cssproperty --shortlist-on-accent - Text colour on the accent. Default `#fff`.
 * @cssproperty --shortlist-surface - Background of the toggle and the panel. Default `#fff`.
 * @cssproperty --shortlist-border - Border colour of the panel. Default `#6b6b6b`.
 * @cssproperty --shortlist-divider - Lines between the panel's products. Default `#d9d9d9`.
 * @cssproperty --shortlist-shadow - Shadow of the docked panel. Default `0 0.5rem 1.5rem rgb(0 0 0 / 0.2)`.
 * @cssproperty --shortlist-muted - Colour of prices and secondary text in the panel. Default `#4d4d4d`.
 */
export class ShortlistTray extends ShortlistElement {
  static override properties = {
    position: {},
    expanded: { type: Boolean },
  };

  static override styles = [
    baseStyles,
    css`
      [part='count'] {
        min-inline-size: 1.5em;
        padding: 0 0.375em;
        border-radius: 1em;
        background: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
        font-variant-numeric: tabular-nums;
        text-align: center;
      }
      /* div: the panel has the same class, for its own styles. */
      div.bottom-end,
      div.bottom-start {
        position: fixed;
        z-index: 1000;
        bottom: 1rem;
        inset-inline: auto 1rem;
      }
      div.bottom-start {
        inset-inline: 1rem auto;
      }
    `,
  ];

  /** Where the tray docks; overrides `config.tray.position`. */
  declare position?: TrayPosition;
  /** Whether the panel is open. The toggle sets it; set it to open or close the panel. */
  declare expanded: boolean;

  readonly #tray = new StoreController(this, (shortlist) => shortlist.$tray, []);
  #dock!: HTMLDivElement;
  #toggle!: HTMLButtonElement;
  #label!: HTMLSpanElement;
  #count!: HTMLSpanElement;
  #status!: HTMLSpanElement;
  #panel!: HTMLElement;
  /** The count the status last reflected, once an instance reports one. */
  #announced?: number;
  /** Whether the shopper opened the panel on this page. */
  #opened?: boolean;
  /** Loads the panel's code, once; after a failure, the next expand tries again. */
  readonly #loadPanel = once(() => this.shortlist!.load('tray', () => import('./shortlist-tray-panel.js')));
  /** The panel's code failed to load: the toggle says so until it is pressed again, which tries again. */
  #failed = false;

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('focusin', this.#onFocus);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    removeEventListener('focusin', this.#onFocus);
  }

  protected override build(root: HTMLElement | DocumentFragment) {
    this.#label = h('span', { part: 'label' });
    this.#count = h('span', { part: 'count' });
    this.#toggle = h('button', { part: 'base toggle', type: 'button', 'aria-controls': 'panel' }, this.#label, this.#count);
    this.#toggle.addEventListener('click', () => {
      this.#failed = false;
      this.expanded = !this.expanded;
    });
    // The panel's element upgrades when its module loads, on the first expand.
    this.#panel = h('shortlist-tray-panel', { id: 'panel', part: 'panel' });
    this.#dock = h('div', { part: 'dock' }, this.#toggle, this.#panel);
    this.#status = h('span', { part: 'status', class: 'visually-hidden', role: 'status' });
    root.append(this.#dock, this.#status);
  }

  protected override sync() {
    const count = this.#tray.value.length;
    const expanded = !!this.expanded;
    const { t, number } = this.format;
    const position = (this.#dock.className = this.position ?? this.shortlist?.config.tray.position ?? 'bottom-end');
    this.#toggle.setAttribute('aria-expanded', String(expanded));
    this.#label.textContent = t(this.#failed ? 'loadFailed' : 'tray');
    // A live region announces changes: the count a page opens with is not news (and phrasing it
    // would cost the page load its first Intl.PluralRules).
    if (this.shortlist) {
      if (this.#announced !== undefined && this.#announced !== count) this.#status.textContent = count ? t('trayCount', { count }) : t('trayEmpty');
      this.#announced = count;
    }
    this.#panel.hidden = !expanded;
    this.#panel.className = position;
    if (expanded) {
      this.#opened = true;
      this.#loadPanel().catch(() => {
        this.#failed = true;
        this.expanded = false;
        this.#status.textContent = t('loadFailed');
      });
    }
    // Docked and empty, there is nothing to show, until the shopper has opened the panel on this
    // page: then it stays, so the undo offer and the focus on the toggle are never lost.
    this.#dock.hidden = position != 'inline' && !count && !this.#opened;
    // Hidden, the count is read by no one: it is written without asking Intl for the locale's
    // digits, so a page whose tray is empty makes no Intl object at start-up (a long task on a
    // slow phone). Shown, it is in the locale's digits.
    this.#count.textContent = this.#dock.hidden ? String(count) : number(count);
  }

  /** WCAG 2.4.11: a page element that gets focus is scrolled clear of the docked tray (the panel collapses when that cannot help). */
  readonly #onFocus = (event: FocusEvent) => {
    const path = event.composedPath();
    const target = path[0] as Element;
    const { top, right, bottom, left } = target.getBoundingClientRect();
    const dock = this.#dock.getBoundingClientRect();
    // Keyboard focus only: scrolling under a mouse button would turn the click into a drag.
    if (!path.includes(this) && this.#dock.className != 'inline' && target.matches(':focus-visible') && top > 0 && bottom > dock.top && right > dock.left && left < dock.right) {
      // Until it clears the tray, or at most until its top reaches the viewport's.
      scrollBy(0, Math.min(bottom - dock.top + 8, top));
    }
  };
}
