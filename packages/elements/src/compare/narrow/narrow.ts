/**
 * What only a narrow comparison (a phone) renders and does, loaded when the comparison first
 * measures itself narrow (`compare-narrow`): a desktop never downloads it. The row of "View
 * options", previous and next with the position ("2–3 of 8"), the summary of the view, the
 * sheet the view options open in, and swiping; their styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '@shortlist/core';
import type { ComparisonConnector, ComparisonState } from '@shortlist/core/compare';

export { narrowStyles } from './styles.js';

/** How far (px) a horizontal swipe goes before it shows the next product. */
const SWIPE = 40;

/** Opens the sheet of view options beside the button pressed. */
function openSheet(event: Event) {
  ((event.currentTarget as Element).getRootNode() as ShadowRoot).querySelector<HTMLDialogElement>('dialog.sheet')?.showModal();
}

/** "View options", the position among the products with previous and next (when not all fit), and the view in one line. */
export function options({ position, summary }: ComparisonState, comparison: ComparisonConnector, { t }: Formatter): TemplateResult {
  let paging: TemplateResult | typeof nothing = nothing;
  if (position) {
    const { first, last, count } = position;
    paging = html`<div class="paging" part="paging">
      <button aria-label=${t('comparePrevious')} aria-disabled=${first === 1 ? 'true' : nothing} @click=${() => comparison.slide(-1)}>‹</button>
      <span aria-live="polite">${t(first === last ? 'comparePositionOne' : 'comparePosition', { first, last, count })}</span>
      <button aria-label=${t('compareNext')} aria-disabled=${last === count ? 'true' : nothing} @click=${() => comparison.slide(1)}>›</button>
    </div>`;
  }
  return html`<div class="options" part="options">
    <button part="options-button" aria-haspopup="dialog" @click=${openSheet}>${t('compareOptions')}</button>
    ${paging}
    <p class="summary" part="summary">${summary}</p>
  </div>`;
}

/** The view options (`toolbar`) in a modal sheet; "Done" and Escape close it. */
export function sheet(toolbar: TemplateResult, { t }: Formatter): TemplateResult {
  return html`<dialog class="sheet" part="sheet" aria-labelledby="sheet-title">
    <h2 id="sheet-title">${t('compareOptions')}</h2>
    ${toolbar}
    <form method="dialog"><button class="done">${t('compareDone')}</button></form>
  </dialog>`;
}

/**
 * A horizontal swipe over the table (a finger or a pen) shows the next or previous product;
 * with a mouse, a drag selects text as it always does (and the buttons page).
 */
export class Swipe {
  /** The connector of the moment (the page's instance may change). */
  readonly #comparison: () => ComparisonConnector | undefined;
  #start?: { x: number; y: number };

  constructor(comparison: () => ComparisonConnector | undefined) {
    this.#comparison = comparison;
  }

  readonly down = ({ clientX: x, clientY: y, pointerType }: PointerEvent): void => {
    this.#start = pointerType === 'mouse' ? undefined : { x, y };
  };

  readonly up = ({ clientX, clientY }: PointerEvent): void => {
    const start = this.#start;
    this.#start = undefined;
    if (!start) return;
    const x = clientX - start.x;
    if (Math.abs(x) > SWIPE && Math.abs(x) > 2 * Math.abs(clientY - start.y)) this.#comparison()?.slide(x < 0 ? 1 : -1);
  };
}
