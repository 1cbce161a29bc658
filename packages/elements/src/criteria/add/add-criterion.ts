import { html, nothing } from 'lit';
import { attributeDef, createCriteria, criteriaFeature, labelOf, productValue } from '@shortlist/core/criteria';
import { StoreController } from '../../internal/store-controller.js';
import { CriteriaView } from '../base.js';
import { criteriaStyles } from '../styles.js';

/**
 * Adds a criterion from an attribute where the shopper meets it, on a product page: "Add Weight
 * to my criteria" makes this product's value a criterion (at most its weight, at least its
 * battery life, its brand) of the active context of the product's category (a new one when there
 * is none; an existing criterion on the attribute is replaced), and says what it added in a polite
 * live region ("Added to “Business traveller”: Weight: at most 1.35 kg"); Undo is in
 * `<shortlist-criteria>`. Shown once the product is known to have the attribute. It formats no
 * number until pressed: a product page's load never pays for the locale's number data.
 *
 * @tagname shortlist-add-criterion
 * @summary A button that makes a product's attribute one of the shopper's criteria.
 *
 * @csspart base - The button.
 * @csspart status - What was added (a polite live region).
 * @cssproperty --shortlist-border - Borders of fieldsets and boxes. Default `#8a8a8a`.
 */
export class ShortlistAddCriterion extends CriteriaView {
  static override properties = { product: {}, attribute: {}, said: { state: true } };
  static override styles = criteriaStyles;

  /** The product's id. */
  declare product: string;
  /** The attribute key (or `price`, `rating`). */
  declare attribute: string;
  declare private said: string;

  // Shown once the catalog knows the product (its value arrives with it).
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
    this.feature(criteriaFeature);
    const catalog = this.#catalog.value;
    const product = this.shortlist?.product(this.product);
    const def = catalog && attributeDef(catalog.products, this.attribute);
    if (!def || !product || productValue(product, this.attribute) === undefined) return nothing;
    return html`<button part="base" @click=${() => (this.said = this.#connector?.add(this.attribute, this.product) ?? '')}>${this.format.t('criteriaAddThis', { label: labelOf(this.format, def) })}</button>
      <span part="status" role="status">${this.said}</span>`;
  }
}
