/** The comparison's toolbar: which rows show and in which order, sorting, and the export, print and share buttons. */
import { html, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Formatter } from '@shortlist/core';
import type { ComparisonConnector, ComparisonState } from '@shortlist/core/compare';

/** The views, in the order they are offered, with their labels. */
const VIEWS = [
  ['all', 'compareViewAll'],
  ['differences', 'compareViewDifferences'],
  ['similarities', 'compareViewSimilarities'],
] as const;

export interface ToolbarState {
  state: ComparisonState;
  /** What the sort list offers (the connector's). */
  sortKeys: ComparisonConnector['sortKeys'];
  /** Whether the sort list offers the attributes yet: they come after the first frame. */
  attributes: boolean;
}

/** What the controls do; Lit calls each with the view as `this`. */
export interface ToolbarActions {
  /** A change of the view (radio buttons `view`), the row order (checkbox `separation`) or the filter (checkbox `hide`). */
  onChange(event: Event): void;
  sort(): void;
  exportCsv(): void;
  print(): void;
  share(): void;
}

export function toolbar({ state, sortKeys, attributes }: ToolbarState, actions: ToolbarActions, { t }: Formatter): TemplateResult {
  const { view, separation, hideEliminated, eliminated, comparison } = state;
  return html`<div part="toolbar" class="toolbar" @change=${actions.onChange}>
    <fieldset>
      <legend>${t('compareView')}</legend>
      ${VIEWS.map(([value, label]) => html`<label><input type="radio" name="view" value=${value} .checked=${view === value} />${t(label)}</label>`)}
    </fieldset>
    <label><input type="checkbox" name="separation" .checked=${separation} />${t('compareBySeparation')}</label>
    <label><input type="checkbox" name="hide" .checked=${hideEliminated} />${t('compareHideEliminated', { count: eliminated })}</label>
    <label
      >${t('compareSortBy')}
      <select class="sort-key">
        ${guard([comparison, attributes], () => sortKeys(attributes).map(({ key, label }) => html`<option value=${key}>${label}</option>`))}
      </select></label
    >
    <label
      >${t('compareDirection')}
      <select class="sort-direction">
        <option value="ascending">${t('compareAscending')}</option>
        <option value="descending">${t('compareDescending')}</option>
      </select></label
    >
    <button @click=${actions.sort}>${t('compareSort')}</button>
    <button @click=${actions.exportCsv}>${t('compareExport')}</button>
    <button @click=${actions.print}>${t('comparePrint')}</button>
    <button @click=${actions.share}>${t('compareShare')}</button>
  </div>`;
}
