import { baseStyles, css, ShortlistElement } from '../internal/base.js';
import { h, s, setAttr, setText } from '../internal/dom.js';
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
 * @cssproperty --shortlist-muted - Colour of the status text. Default `#4d4d4d`.
 */
export class ShortlistCompareButton extends ShortlistElement {
  static override properties = {
    product: { reflect: true },
  };

  static override styles = [
    baseStyles,
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
      [part='status']:not(:empty) {
        margin-block-start: 0.25rem;
      }
    `,
  ];

  /** Id of the product, as in the catalog. */
  declare product: string;

  readonly #tray = new StoreController(this, (shortlist) => shortlist.$tray, []);
  readonly #catalog = new StoreController(this, (shortlist) => shortlist.$catalog, undefined);
  /** The tray as it was when an add was refused: the reason shows until the tray changes. */
  #refusedAt?: readonly string[];
  #button!: HTMLButtonElement;
  #iconPath!: SVGPathElement;
  #label!: HTMLSpanElement;
  #status!: HTMLSpanElement;

  constructor() {
    super();
    this.product = '';
  }

  protected override build(root: HTMLElement | DocumentFragment) {
    this.#iconPath = s('path', { fill: 'none', stroke: 'currentColor', 'stroke-width': '2' });
    const icon = s('svg', { part: 'icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' }, this.#iconPath);
    this.#label = h('span', { part: 'label' });
    this.#button = h('button', { part: 'base', type: 'button', 'aria-describedby': 'status' }, icon, this.#label);
    this.#button.addEventListener('click', () => this.#onClick());
    this.#status = h('span', { part: 'status', id: 'status', role: 'status' });
    root.append(this.#button, this.#status);
  }

  protected override sync() {
    const shortlist = this.shortlist;
    const id = this.product;
    const state = !shortlist ? 'ok' : id ? shortlist.addability(id) : 'unavailable';
    const pressed = this.#tray.value.includes(id);
    const name = this.#catalog.value?.products.byId.get(id)?.name;
    const { t } = this.format;
    const refused = state === 'full' && this.#refusedAt === this.#tray.value;
    const status = state === 'unavailable' ? t('unavailable') : refused ? t('trayFull', { max: shortlist!.config.tray.max }) : '';
    setAttr(this.#button, 'aria-pressed', String(pressed));
    setAttr(this.#button, 'aria-disabled', state === 'full' || state === 'unavailable' ? 'true' : undefined);
    setAttr(this.#button, 'aria-label', name ? t('compareProduct', { name }) : undefined);
    setAttr(this.#iconPath, 'd', pressed ? 'M3 8.5l3.2 3L13 4.5' : 'M8 3v10M3 8h10');
    setText(this.#label, t('compare'));
    setText(this.#status, status);
  }

  #onClick() {
    const shortlist = this.shortlist;
    if (!shortlist || !this.product || shortlist.addability(this.product) === 'unavailable') return;
    const outcome = shortlist.toggle(this.product);
    this.#refusedAt = outcome === 'full' ? this.#tray.value : undefined;
    this.requestUpdate();
    // Never `present`: toggle removes a product that is in the tray.
    if (outcome !== 'present') {
      this.dispatchEvent(new ShortlistChangeEvent(this.product, outcome));
    }
  }
}
