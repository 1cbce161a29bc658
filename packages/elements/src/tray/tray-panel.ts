import type { Product } from '@shortlist/core';
import { formatProductPrice } from '@shortlist/core/catalog';
import { fitOf } from '@shortlist/core/criteria';
import { trayFeature } from '@shortlist/core/tray';
import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { editLink } from '../internal/edit-link.js';
import { ShortlistOpenEvent } from './events.js';
import { StoreController } from '../internal/store-controller.js';
import { ShortlistView, viewStyles } from '../internal/view.js';
import type { ShortlistTray } from './tray.js';

/** The panel's parts, exported to the tray: `shortlist-tray::part(item)`. */
const EXPORTED_PARTS = 'heading, list, item, thumbnail, name, price, fit, edit, remove, empty, actions, clear, cleared, undo, compare, failure';

/**
 * The open tray: the products to compare with their thumbnails, names and prices, a remove
 * button for each, "Clear all" with an undo offer, and "Compare N products". `<shortlist-tray>`
 * creates it on the first expand (this module and lit-html load then) and exports its parts.
 *
 * Below 40rem of viewport width it is a bottom sheet (unless the tray is inline). Escape closes
 * it and returns focus to the tray's toggle; focus never drops to the page when a focused item
 * or button goes away.
 *
 * Internal: pages use `<shortlist-tray>`, which documents the panel's parts, event and custom
 * properties as its own.
 *
 * @internal
 * @tagname shortlist-tray-panel
 * @summary The tray's panel: products, remove, clear all with undo, compare.
 *
 * @event shortlist-open - The shopper pressed "Compare N products". Cancelable: unless a listener calls `preventDefault()`, the built-in comparison opens.
 *
 * @csspart base - The panel's content: heading, list, actions. Its other parts are exported
 * to the tray (`EXPORTED_PARTS`), which documents them and the custom properties read here.
 */
export class ShortlistTrayPanel extends ShortlistView {
  /** How long "Undo" is offered after "Clear all", in milliseconds; the time runs only while the shopper is not in the panel. */
  static undoTime = 10_000;

  static override styles = [
    viewStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        inline-size: min(24rem, calc(100vw - 2rem));
        max-block-size: min(36rem, calc(100vh - 5.5rem));
        border: 1px solid var(--shortlist-border, #6b6b6b);
        border-radius: var(--shortlist-radius, 0.375rem);
        background: var(--shortlist-surface, #fff);
      }
      /* Docked: above the toggle, on the tray's side. */
      :host(:not(.inline)) {
        position: absolute;
        inset-block-end: calc(100% + 0.5rem);
        inset-inline-end: 0;
        box-shadow: var(--shortlist-shadow, 0 0.5rem 1.5rem rgb(0 0 0 / 0.2));
      }
      :host(.bottom-start) {
        inset-inline: 0 auto;
      }
      :host(.inline) {
        margin-block-start: 0.5rem;
      }
      [part='base'] {
        display: flex;
        flex-direction: column;
        flex: 1 1 auto;
        min-block-size: 0;
        padding: 0.75rem;
      }
      [part='heading'] {
        margin: 0 0 0.25rem;
        font-weight: 600;
      }
      [part='list'] {
        min-block-size: 0;
        overflow: auto;
        overscroll-behavior: contain;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      [part='item'] {
        display: grid;
        grid-template-columns: 3rem minmax(0, 1fr) auto;
        align-items: center;
        gap: 0.75rem;
        padding-block: 0.5rem;
        border-block-end: 1px solid var(--shortlist-divider, #d9d9d9);
      }
      [part='thumbnail'] {
        inline-size: 3rem;
        block-size: 3rem;
        object-fit: contain;
      }
      .text {
        grid-column: 2;
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      [part='name'] {
        color: inherit;
      }
      [part='price'],
      [part='empty'],
      [part='cleared'] {
        color: var(--shortlist-muted, #4d4d4d);
      }
      [part='price'],
      [part='fit'] {
        font-size: 0.875em;
      }
      [part='remove'] {
        grid-column: 3;
        padding: 0;
        justify-content: center;
      }
      [part='remove'] svg {
        inline-size: 1em;
        block-size: 1em;
      }
      [part='empty'],
      [part='cleared'] {
        margin: 0.5rem 0;
      }
      [part='actions'] {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem;
        padding-block-start: 0.75rem;
      }
      [part='compare'] {
        border-color: var(--shortlist-accent, #1a5fd0);
        background: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
      }
      /* A bottom sheet on small screens, under the tray's toggle, which stays in its corner. */
      @media (max-width: 40rem) {
        :host(:not(.inline)) {
          position: fixed;
          z-index: -1;
          inset: auto 0 0;
          inline-size: auto;
          max-block-size: 70vh;
          padding-block-end: 4.5rem;
          border-width: 1px 0 0;
          border-radius: 1rem 1rem 0 0;
        }
      }
    `,
  ];

  readonly #tray = new StoreController(this, (shortlist) => shortlist.$tray, []);
  readonly #catalog = new StoreController(this, (shortlist) => shortlist.$catalog, undefined);
  readonly #fit = new StoreController(this, fitOf, undefined);
  /** What "Clear all" removed, offered back while the tray is still the one clearing made. */
  #cleared?: { ids: readonly string[]; tray: readonly string[] };
  /** The comparison's code failed to load on "Compare": the notice shows until the next try. */
  #loadFailed = false;
  #timer?: ReturnType<typeof setTimeout>;
  /** The element that had focus before an update, and the place of its product in the list. */
  #focused?: Element | null;
  #focusedIndex = -1;
  /** The tray's shadow root, where Escape is listened for (the toggle and the panel). */
  #root?: Node;

  override connectedCallback() {
    super.connectedCallback();
    this.setAttribute('exportparts', EXPORTED_PARTS);
    this.#root = this.getRootNode();
    this.#root.addEventListener('keydown', this.#onKeyDown);
    // On the window, so that it runs after the tray's own listener has scrolled the page.
    addEventListener('focusin', this.#onPageFocus);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    removeEventListener('focusin', this.#onPageFocus);
    this.#root?.removeEventListener('keydown', this.#onKeyDown);
  }

  /** Escape, on the toggle or in the panel, closes the panel and returns focus to the toggle. */
  readonly #onKeyDown = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape' && !this.hidden) this.#close();
  };

  /** WCAG 2.4.11: focus moved to page content that the open panel still covers, so it collapses. */
  readonly #onPageFocus = (event: FocusEvent) => {
    const tray = this.#host();
    const path = event.composedPath();
    if (!tray || this.hidden || this.classList.contains('inline') || path.includes(tray)) return;
    const focused = (path[0] as Element).getBoundingClientRect();
    const panel = this.getBoundingClientRect();
    if (focused.bottom > panel.top && focused.top < panel.bottom && focused.right > panel.left && focused.left < panel.right) {
      tray.expanded = false;
    }
  };

  protected override willUpdate() {
    this.feature(trayFeature);
    // The offer ends with the next change of the tray.
    if (this.#cleared?.tray !== this.#tray.value) this.#cleared = undefined;
    this.#focused = this.shadowRoot?.activeElement;
    this.#focusedIndex = this.#all('item').indexOf(this.#focused?.closest<HTMLElement>('[part="item"]') as HTMLElement);
  }

  protected override render() {
    const { t } = this.format;
    const ids = this.#tray.value;
    const fit = this.#fit.value;
    const cleared = this.#cleared?.ids;
    return html`<div part="base">
      <p part="heading" id="heading">${t('trayPanel')}</p>
      ${ids.length
        ? html`<ul part="list" aria-labelledby="heading">
              ${repeat(fit ? fit.sort(ids) : ids, (id) => id, (id) => this.#item(id))}
            </ul>
            <div part="actions">
              <button part="clear" type="button" @click=${this.#clearAll}>${t('trayClear')}</button>
              <button part="compare" type="button" @click=${this.#compare}>${t('trayCompare', { count: ids.length })}</button>
            </div>
            ${this.#loadFailed ? html`<p part="failure" role="alert">${t('loadFailed')}</p>` : nothing}`
        : cleared
          ? html`<div part="actions">
              <p part="cleared" id="cleared">${t('trayCleared', { count: cleared.length })}</p>
              <button part="undo" type="button" aria-describedby="cleared" @click=${this.#undo}>${t('trayUndo')}</button>
            </div>`
          : html`<p part="empty">${t('trayEmpty')}</p>`}
    </div>`;
  }

  #item(id: string) {
    const { t } = this.format;
    const fit = this.#fit.value;
    const state = this.#catalog.value;
    const product: Product | undefined = state?.products.byId.get(id);
    const name = product?.name ?? id;
    return html`<li part="item">
      ${product?.image ? html`<img part="thumbnail" src=${product.image} alt="" width="48" height="48" loading="lazy" decoding="async" />` : nothing}
      <span class="text">
        ${product?.url ? html`<a part="name" href=${product.url}>${name}</a>` : html`<span part="name">${name}</span>`}
        <span part="price">${(product && formatProductPrice(this.format, product)) ?? (state?.status === 'ready' ? nothing : t('trayLoading'))}</span>
        ${fit ? html`<span part="fit">${fit.of(id)?.text}</span>` : nothing}
        ${editLink(product, t('trayEdit'))}
      </span>
      <button part="remove" type="button" aria-label=${t('trayRemove', { name })} @click=${() => this.shortlist?.remove(id)}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2" /></svg>
      </button>
    </li>`;
  }

  protected override firstUpdated() {
    // While the shopper looks at the list, without delaying the panel's own frame.
    (window.requestIdleCallback ?? setTimeout)(() => this.#prepareComparison());
  }

  /** The comparison's code: loaded when the panel first shows (the shopper will likely compare next), and on "Compare". A failure is reported. */
  #loadComparison() {
    return this.shortlist?.load('compare', () => import('../compare/open.js')) ?? Promise.reject(new Error('no Shortlist instance on this page'));
  }

  /**
   * Loads the comparison and makes the element it will show, so the first click only renders: a
   * page's own inline comparison, or else the (closed) dialog that "Compare" opens. A failure
   * was reported; "Compare" tries again.
   */
  #prepareComparison() {
    this.#loadComparison().then(({ pageComparison }) => pageComparison(), () => {});
  }

  protected override updated() {
    const focused = this.#focused;
    if (!focused || focused.isConnected) return;
    // What had focus went away (removed, cleared, undone, or changed in another tab): focus the
    // next product's remove button, the undo offer after "Clear all", "Clear all" after undo, or
    // the toggle when none is left.
    const removes = this.#all('remove');
    const next =
      this.#focusedIndex >= 0
        ? removes[Math.min(this.#focusedIndex, removes.length - 1)]
        : this.#all(focused.getAttribute('part') === 'clear' ? 'undo' : 'clear')[0];
    (next ?? this.#toggle())?.focus();
  }

  #all(part: string) {
    return [...this.renderRoot.querySelectorAll<HTMLElement>(`[part="${part}"]`)];
  }

  /** The tray this panel belongs to, if it is in one. */
  #host(): ShortlistTray | undefined {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && 'expanded' in root.host ? (root.host as ShortlistTray) : undefined;
  }

  #toggle() {
    return this.#host()?.renderRoot?.querySelector<HTMLElement>('[part~="toggle"]');
  }

  /** Collapses the tray and returns focus to its toggle. */
  #close() {
    const tray = this.#host();
    if (!tray) return;
    tray.expanded = false;
    this.#toggle()?.focus();
  }

  #clearAll() {
    const shortlist = this.shortlist;
    if (!shortlist) return;
    const ids = this.#tray.value;
    shortlist.clear();
    this.#cleared = { ids, tray: shortlist.$tray.get() };
    this.#expireLater();
    this.requestUpdate();
  }

  #expireLater() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      // WCAG 2.2.1: the time runs only while the shopper is elsewhere.
      if (this.matches(':focus-within, :hover')) return this.#expireLater();
      this.#cleared = undefined;
      this.requestUpdate();
    }, ShortlistTrayPanel.undoTime);
  }

  #undo() {
    if (this.#cleared) this.shortlist?.setTray(this.#cleared.ids);
    this.#cleared = undefined;
    clearTimeout(this.#timer);
    this.requestUpdate();
  }

  #compare(event: Event) {
    const trigger = event.currentTarget as HTMLElement;
    if (this.dispatchEvent(new ShortlistOpenEvent())) {
      this.#loadFailed = false;
      this.#loadComparison().then(
        ({ openComparison }) => openComparison(trigger),
        () => {
          this.#loadFailed = true;
          this.requestUpdate();
        },
      );
    }
  }
}
