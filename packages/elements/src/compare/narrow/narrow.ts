/**
 * What only a narrow comparison (a phone) renders, loaded when the comparison first measures
 * itself narrow (`compare-narrow`): a desktop never downloads it. The row of "View options",
 * previous and next with the position ("2–3 of 8"), the summary of the view, and the sheet the
 * view options open in; their styles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '@shortlist/core';
import type { ComparisonState } from '@shortlist/core/compare';

export { narrowStyles } from './styles.js';

/** What the controls do; Lit calls each with the view as `this`. */
export interface NarrowActions {
  openSheet(): void;
  previous(): void;
  next(): void;
}

/** "View options", the position among the products with previous and next (when not all fit), and the view in one line. */
export function options({ position, summary }: ComparisonState, actions: NarrowActions, { t }: Formatter): TemplateResult {
  let paging: TemplateResult | typeof nothing = nothing;
  if (position) {
    const { first, last, count } = position;
    paging = html`<div class="paging" part="paging">
      <button aria-label=${t('comparePrevious')} aria-disabled=${first === 1 ? 'true' : nothing} @click=${actions.previous}>‹</button>
      <span aria-live="polite">${t(first === last ? 'comparePositionOne' : 'comparePosition', { first, last, count })}</span>
      <button aria-label=${t('compareNext')} aria-disabled=${last === count ? 'true' : nothing} @click=${actions.next}>›</button>
    </div>`;
  }
  return html`<div class="options" part="options">
    <button part="options-button" aria-haspopup="dialog" @click=${actions.openSheet}>${t('compareOptions')}</button>
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
