import { html, nothing } from 'lit';
import { createCriteria } from '@shortlist/core/criteria';
import { StoreController } from '../internal/store-controller.js';
import { ShortlistView } from '../internal/view.js';
import { criteriaStyles } from './styles.js';

/**
 * Adds a criterion from an attribute where the shopper meets it, on a product page: "Add to my
 * criteria: Weight: at most 1.35 kg" — like this product's value (at most its weight, at least
 * its battery life, its brand), to the active context of the product's category (a new one when
 * there is none; an existing criterion on the attribute is replaced). Says what it did in a
 * polite live region; Undo is in `<shortlist-criteria>`.
 *
 * @tagname shortlist-add-criterion
 * @summary A button that makes a product's attribute one of the shopper's criteria.
 *
 * @csspart base - The button.
 * @csspart status - What was added (a polite live region).
 */
export class ShortlistAddCriterion extends ShortlistView {
  static override properties = { product: {}, attribute: {}, said: { state: true } };
  static override styles = criteriaStyles;

  /** The product's id. */
  declare product: string;
  /** The attribute key (or `price`, `rating`). */
  declare attribute: string;
  declare private said: string;

  // The suggestion follows the catalog (the product's value arrives with it).
  readonly #catalog = new StoreController(this, (shortlist) => shortlist.$catalog, undefined);

  constructor() {
    super();
    this.said = '';
  }

  get #connector() {
    const shortlist = this.shortlist;
    return shortlist && createCriteria(shortlist, shortlist.product(this.product)?.category ?? '');
  }

  protected override render() {
    const suggested = this.#catalog.value && this.#connector?.suggest(this.attribute, this.product);
    if (!suggested) return nothing;
    return html`<button part="base" @click=${() => (this.said = this.#connector?.add(this.attribute, this.product) ?? '')}>${this.format.t('criteriaAddThis', { criterion: suggested.text })}</button>
      <span part="status" role="status">${this.said}</span>`;
  }
}
