import { html, nothing } from 'lit';
import { criteriaOf, fitOf } from '@shortlist/core/criteria';
import { StoreController } from '../internal/store-controller.js';
import { CriteriaView } from './base.js';
import { criteriaStyles, fitStyles } from './styles.js';

/** A symbol per fit status and per outcome of a criterion, next to its text: never colour alone. */
export const SYMBOLS = { great: '★', good: '✓', weak: '~', fails: '✕', unknown: '?', met: '✓', missed: '✕' } as const;

/** A fit badge: symbol and text. */
export const badge = (status: keyof typeof SYMBOLS, text: string) => html`<span part="badge" class="badge ${status}"><span aria-hidden="true">${SYMBOLS[status]}</span>${text}</span>`;

/**
 * How one product fits the shopper's criteria — "Great fit · 86/100", "Misses a must-have" —
 * for product cards and pages; with `details`, the reason for each criterion ("Weight: 1.7 kg,
 * 0.2 kg over your 1.5 kg"). Judged by the active context of the product's category; shows
 * nothing while the shopper has no criteria there.
 *
 * @tagname shortlist-fit
 * @summary A product's fit badge, with its reasons on request.
 *
 * @csspart badge - The badge: symbol and text.
 * @csspart reasons - The list of reasons (with `details`).
 *
 * @cssproperty --shortlist-fit-great - Colour of "Great fit". Default `#135c2b`.
 * @cssproperty --shortlist-fit-good - Colour of "Good fit". Default `#1d4f91`.
 * @cssproperty --shortlist-fit-weak - Colour of "Weak fit" and "Not enough information". Default `#5c4813`.
 * @cssproperty --shortlist-fit-fails - Colour of "Misses a must-have". Default `#9c1c1c`.
 * @cssproperty --shortlist-border - Borders of fieldsets and boxes. Default `#8a8a8a`.
 * @cssproperty --shortlist-muted - The reasons (with `details`). Default `#4d4d4d`.
 */
export class ShortlistFit extends CriteriaView {
  static override properties = { product: {}, details: { type: Boolean } };
  static override styles = [...criteriaStyles, fitStyles];

  /** The product's id. */
  declare product: string;
  /** Lists the reasons under the badge. */
  declare details: boolean;

  readonly #fit = new StoreController(this, (shortlist) => (criteriaOf(shortlist), fitOf(shortlist)), undefined);

  protected override render() {
    const fit = this.#fit.value;
    const of = fit?.of(this.product);
    if (!of) return nothing;
    return html`${badge(of.status, of.text)}
      ${this.details ? html`<ul part="reasons">${fit!.reasons(this.product).map(({ outcome, text }) => html`<li class=${outcome}><span aria-hidden="true">${SYMBOLS[outcome]}</span> ${text}</li>`)}</ul>` : nothing}`;
  }
}
