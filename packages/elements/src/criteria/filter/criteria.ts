import { html, nothing, type PropertyValues } from 'lit';
import { valueMessages } from '@shortlist/core/catalog';
import {
  createFilter,
  criterionText,
  explanationText,
  labelOf,
  rangeCriterion,
  relaxText,
  toggledCriterion,
  IMPORTANCE_WEIGHTS,
  type Control,
  type Criterion,
} from '@shortlist/core/criteria';
import { Progressive } from '../../internal/progressive.js';
import { StoreController } from '../../internal/store-controller.js';
import { CriteriaElement } from '../base.js';
import { choice, controlBody } from './controls.js';
import { criteriaStyles } from '../styles.js';
import { filterStyles } from './styles.js';

/**
 * The controls the first render shows, and how many more each next frame: ten controls with
 * their spreads of values in one task held the page for over 100 ms at 4× CPU.
 */
const CONTROLS_PER_FRAME = 2;

const IMPORTANCE_KEYS = { normal: 'criteriaImportanceNormal', important: 'criteriaImportanceImportant', 'very-important': 'criteriaImportanceVeryImportant' } as const;

/**
 * The shopper's criteria for a category's products: one control per criterion, generated from
 * the attribute schema — a two-thumb range with typed inputs and the spread of values for
 * numbers and prices, choices with live counts, yes/no, rating — each a must-have or a
 * nice-to-have of some importance; a live count of the products that pass; an attribute to
 * add; Undo. When the must-haves leave nothing, the closest products and the one criterion to
 * relax, with a button. The criteria are the active context's (see `<shortlist-persona-picker>`).
 *
 * @tagname shortlist-criteria
 * @summary The shopper's criteria: controls, live count, relax suggestion, undo.
 *
 * @csspart base - The whole filter (`section`).
 * @csspart title - Its heading, with the active context's name.
 * @csspart count - The live count of products meeting the must-haves (a polite live region).
 * @csspart dead-end - With no product passing: the closest products and the relax button.
 * @csspart relax - The button that applies the relax suggestion.
 * @csspart criterion - One criterion's group (`fieldset`); its legend says it in words.
 * @csspart remove - A criterion's remove button.
 * @csspart empty - The text shown without criteria.
 * @csspart add - The list of attributes to add, and its button.
 * @csspart undo - The Undo button.
 *
 * @cssproperty --shortlist-accent - Thumbs, and the bars of products passing. Default `#1a5fd0`.
 * @cssproperty --shortlist-border - Borders and the track. Default `#8a8a8a`.
 * @cssproperty --shortlist-criteria-bar - The bars of all products in a range's spread of values. Default `#c9d4e8`.
 */
export class ShortlistCriteria extends CriteriaElement {
  static override styles = [...criteriaStyles, filterStyles];

  readonly #context = this.watch((connector) => connector.$context, undefined);
  readonly #controls = new StoreController(this, (shortlist) => createFilter(shortlist, this.category).$controls, undefined);
  /** What had focus before an update; when an update removes it (a criterion removed, relaxed, undone), the count takes it. */
  #focused?: Element | null;
  /** A criterion just added: its first control takes the focus. */
  #added?: number;
  readonly #progressive = new Progressive(this);
  /** How many controls are rendered: a few more each frame until all are, then all of them on every update. */
  #shown = CONTROLS_PER_FRAME;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.format.use(valueMessages);
    this.#focused = this.shadowRoot?.activeElement;
  }

  protected override render() {
    const { t } = this.format;
    const view = this.#controls.value;
    const active = this.#context.value?.active;
    if (!view) return html`<p part="base">${t('criteriaLoading')}</p>`;
    const { controls, passing, total, available, nearMisses, relax, ranking } = view;
    const def = relax && ranking.attribute(ranking.criteria[relax.criterion]!.attribute)!;
    // Adding and undoing show below the controls once all of them are there, in their place.
    const rendered = this.#shown >= controls.length;
    return html`<section part="base" aria-labelledby="title" @input=${this.#onInput} @change=${this.#onInput}>
      <h2 id="title" part="title">${t('criteriaTitle')}${active ? `: ${active.name}` : ''}</h2>
      <p part="count" role="status" tabindex="-1">${t('criteriaPassing', { count: passing, total: this.format.number(total) })}</p>
      ${nearMisses.length || def
        ? html`<div part="dead-end">
            <p>${t('criteriaNoneFit')}</p>
            <ul>
              ${nearMisses.map(({ id, miss }) => {
                const criterion = ranking.criteria[miss.criterion]!;
                const reason = explanationText(this.format, ranking.attribute(criterion.attribute)!, criterion, miss);
                return html`<li>${t('criteriaNearMiss', { name: this.shortlist?.product(id)?.name ?? id, reason })}</li>`;
              })}
            </ul>
            ${def ? html`<button part="relax" @click=${() => this.connector?.relax(relax)}>${relaxText(this.format, def, relax)}</button>` : nothing}
          </div>`
        : nothing}
      ${controls.length ? controls.slice(0, this.#shown).map((control) => this.#control(control)) : html`<p part="empty">${t('criteriaNone')}</p>`}
      ${rendered && available.length
        ? html`<div part="add" class="row">
            <label>${t('criteriaAddLabel')} <select class="attribute">${available.map((entry) => html`<option value=${entry.key}>${labelOf(this.format, entry)}</option>`)}</select></label>
            <button @click=${this.#add}>${t('criteriaAdd')}</button>
          </div>`
        : nothing}
      ${rendered && this.#context.value?.undoable ? html`<button part="undo" @click=${() => this.connector?.undo()}>${t('criteriaUndo')}</button>` : nothing}
    </section>`;
  }

  #control(control: Control) {
    const { t } = this.format;
    const { index, criterion, def } = control;
    const label = labelOf(this.format, def);
    return html`<fieldset part="criterion" data-index=${index}>
      <legend>${control.kind === 'unusable' ? t('criteriaUnusable', { label }) : criterionText(this.format, def, criterion)}</legend>
      ${controlBody(control, this.format)}
      <div class="row">
        ${choice('radio', `requirement:${index}`, 'must', criterion.requirement === 'must', t('criteriaMust'))}
        ${choice('radio', `requirement:${index}`, 'nice', criterion.requirement === 'nice', t('criteriaNice'))}
        <label>${t('criteriaImportance')}
          <select name="importance">
            ${Object.keys(IMPORTANCE_WEIGHTS).map((importance) => html`<option value=${importance} ?selected=${criterion.importance === importance}>${t(IMPORTANCE_KEYS[importance as keyof typeof IMPORTANCE_KEYS])}</option>`)}
          </select>
        </label>
        <button part="remove" aria-label=${t('criteriaRemove', { label })} @click=${() => this.connector?.remove(index)}>✕</button>
      </div>
    </fieldset>`;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#progressive.complete(() => super.getUpdateComplete());
  }

  /** Once ranked: a few more controls each frame, until all are there (then all of them on every update). */
  #fill(): void {
    const count = this.#controls.value?.controls.length;
    if (count === undefined) return;
    if (this.#shown < count) this.#progressive.schedule(() => (this.#shown += CONTROLS_PER_FRAME));
    else {
      this.#shown = Infinity;
      this.#progressive.finish();
    }
  }

  /** Every control's `input` (a preview while a slider moves) and `change`, handled once. */
  #onInput(event: Event) {
    const target = event.target as HTMLInputElement;
    const index = Number(target.closest<HTMLElement>('[data-index]')?.dataset.index);
    const shortlist = this.shortlist;
    // The criterion as it is now: the controls show it once it is ranked again, a moment later.
    const criterion = this.#context.value?.active?.criteria[index];
    const shown = this.#controls.value?.controls[index];
    const control = shown && criterion && { ...shown, criterion };
    const preview = event.type === 'input';
    const [name] = target.name.split(':');
    // Typed numbers and choices change the criterion when done; only sliders move it as they go.
    if (!control || !shortlist || (preview && target.type !== 'range')) return;
    let changed: Criterion | undefined;
    if (control.kind === 'range' && (name === 'low' || name === 'high')) {
      const value = target.valueAsNumber;
      if (Number.isNaN(value)) return;
      changed = rangeCriterion(control, name === 'low' ? Math.min(value, control.high) : control.low, name === 'high' ? Math.max(value, control.low) : control.high);
    } else if (control.kind === 'choices' && name === 'choice') changed = toggledCriterion(control, target.value);
    else if (name === 'yes-no') changed = { ...criterion, operator: 'equals', value: target.value === 'true' } as Criterion;
    else if (name === 'rating') changed = { ...criterion, value: Number(target.value) } as Criterion;
    else if (name === 'requirement' || name === 'importance') changed = { ...criterion, [name]: target.value };
    // Through the filter: while a range is dragged, it keeps the controls' counts.
    if (changed) createFilter(shortlist, this.category).edit(index, changed, preview);
  }

  #add() {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select.attribute')!;
    if (this.connector?.add(select.value) !== undefined) this.#added = this.#context.value?.active?.criteria.findIndex((entry) => entry.attribute === select.value);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#fill();
    const root = this.renderRoot;
    const added = this.#added === undefined ? null : root.querySelector<HTMLElement>(`[data-index="${this.#added}"] :is(input, select)`);
    if (added) {
      this.#added = undefined;
      added.focus();
    } else if (this.#focused && !this.#focused.isConnected) root.querySelector<HTMLElement>('[part=count]')?.focus();
  }
}
