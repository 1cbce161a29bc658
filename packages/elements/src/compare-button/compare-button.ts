import { css, html, nothing, svg } from 'lit';
import { ShortlistElement } from '../internal/base.js';
import { ShortlistChangeEvent } from '../internal/events.js';
import { StoreController } from '../internal/store-controller.js';

/**
 * A toggle button that adds one product to the compare tray or removes it.
 *
 * @tagname shortlist-compare-button
 * @summary Add to compare / remove from compare, for one product.
 *
 * @event shortlist-change - The shopper pressed it: `productId`, and `result` (`added`, `removed` or `full`).
 *
 * @csspart base - The button.
 * @csspart icon - The check mark, shown when the product is in the tray.
 * @csspart label - The visible text.
 * @csspart status - Why the button cannot add: the tray is full, or the product is unavailable.
 *
 * @cssproperty --shortlist-accent - Colour of the pressed state. Default `#1a5fd0`.
 * @cssproperty --shortlist-on-accent - Text colour on the accent. Default `#fff`.
 * @cssproperty --shortlist-radius - Corner radius. Default `0.375rem`.
 */
export class ShortlistCompareButton extends ShortlistElement {
  static override properties = {
    product: { reflect: true },
  };

  static override styles = [
    ShortlistElement.styles,
    css`
      [part='base'] {
        color: var(--shortlist-accent, #1a5fd0);
      }
      [part='base'][aria-pressed='true'] {
        background: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
      }
      [part='base'][aria-disabled='true'] {
        border-color: #6b6b6b;
        color: #4d4d4d;
        cursor: not-allowed;
      }
      [part='icon'] {
        inline-size: 1em;
        block-size: 1em;
      }
      /* Empty until there is something to say, so an idle button adds no height. */
      [part='status'] {
        display: block;
        font-size: 0.875em;
        color: var(--shortlist-muted, #4d4d4d);
      }
      [part='status'].has-message {
        margin-block-start: 0.25rem;
      }
    `,
  ];

  /** Id of the product, as in the catalog. */
  declare product: string;

  private readonly tray = new StoreController(this, (shortlist) => shortlist.$tray, []);
  private readonly catalog = new StoreController(this, (shortlist) => shortlist.$catalog, undefined);
  /** The tray as it was when an add was refused: the reason shows until the tray changes. */
  private refusedAt?: readonly string[];

  constructor() {
    super();
    this.product = '';
  }

  override render() {
    const shortlist = this.shortlist;
    const id = this.product;
    const state = !shortlist ? 'ok' : id ? shortlist.addability(id) : 'unavailable';
    const pressed = this.tray.value.includes(id);
    const blocked = state === 'full' || state === 'unavailable';
    const name = this.catalog.value?.catalog.byId.get(id)?.name;
    const { t } = this.format;
    const refused = state === 'full' && this.refusedAt === this.tray.value;
    const status = state === 'unavailable' ? t('unavailable') : refused ? t('trayFull', { max: shortlist!.config.tray.max }) : '';
    return html`
      <button
        part="base"
        type="button"
        aria-pressed=${pressed ? 'true' : 'false'}
        aria-disabled=${blocked ? 'true' : nothing}
        aria-label=${name ? t('compareProduct', { name }) : nothing}
        aria-describedby="status"
        @click=${this.onClick}
      >
        <svg part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          ${pressed
            ? svg`<path d="M3 8.5l3.2 3L13 4.5" fill="none" stroke="currentColor" stroke-width="2" />`
            : svg`<path d="M8 3v10M3 8h10" fill="none" stroke="currentColor" stroke-width="2" />`}
        </svg>
        <span part="label">${t('compare')}</span>
      </button>
      <span part="status" id="status" role="status" class=${status ? 'has-message' : ''}>${status}</span>
    `;
  }

  private onClick() {
    const shortlist = this.shortlist;
    if (!shortlist || !this.product || shortlist.addability(this.product) === 'unavailable') return;
    const outcome = shortlist.toggle(this.product);
    this.refusedAt = outcome === 'full' ? this.tray.value : undefined;
    this.requestUpdate();
    if (outcome === 'added' || outcome === 'removed' || outcome === 'full') {
      this.dispatchEvent(new ShortlistChangeEvent(this.product, outcome));
    }
  }
}
