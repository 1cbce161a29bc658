import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { atom } from 'nanostores';
import { globalHandle, own, type Shortlist } from '@shortlist/core';
import { valueMessages } from '@shortlist/core/catalog';
import {
  compareFeature,
  createComparison,
  DEFAULT_CHOICES,
  type Comparison,
  type ComparisonChoices,
  type ComparisonConnector,
  type ComparisonState,
  type CompareView,
  type SortDirection,
  type TriageMark,
} from '@shortlist/core/compare';
import { ShortlistView } from '../internal/view.js';
import { columnHeads } from './columns.js';
import { ShortlistCompareEvent, type ShortlistCompareEventInit } from './events.js';
import type * as Narrow from './narrow/narrow.js';
import { NoteFields } from './notes.js';
import { Progressive } from '../internal/progressive.js';
import { CompareRows } from './rows.js';
import { compareStyles } from './styles.js';
import { toolbar } from './toolbar.js';

/**
 * Rendering budget: the first frame after opening holds the first column headers and `FIRST`
 * cells' worth of rows; each next task adds the other headers, then the column buttons in two
 * steps, then `SLICE` cells' worth of rows, so no task grows with the table (100 products × 50
 * attributes is 5,000 cells and 600 buttons).
 */
const FIRST = 100;
const SLICE = 400;
/** The last stage of the column heads (see `columnHeads`). */
const LAST_STAGE = 3;
/** Below this width (in rem) only some products fit side by side, each column at least `COLUMN` wide, and the view options move into a sheet. */
const NARROW = 40;
const COLUMN = 10;

/**
 * The side-by-side comparison of the products in the tray: sticky product header and
 * attribute column, collapsible attribute groups, best values marked, differences from a
 * pinned reference, triage, column order, the shopper's notes, CSV export, print and share
 * links. Inline where it is placed; with `modal`, a dialog opened by `show()`. Narrower than
 * 40rem (a phone), it shows two products at a time, side by side, that the shopper pages or
 * swipes through, and its view options open in a sheet.
 *
 * @tagname shortlist-compare
 * @summary Compare the products in the tray, inline or in a dialog.
 *
 * @event shortlist-compare-open - Shown (`ShortlistCompareEvent`: `mode` `dialog` or `inline`, `count`).
 * @event shortlist-compare-close - The dialog closed (`ShortlistCompareEvent`).
 * @event shortlist-compare-export - Exported (`ShortlistCompareEvent`: `format` `csv` or `print`, `count`).
 * @event shortlist-compare-share - A share link was made (`ShortlistCompareEvent`: `url`, `count`).
 *
 * @csspart base - Everything but the dialog frame: toolbar, messages and table.
 * @csspart dialog - The `<dialog>` (with `modal`).
 * @csspart bar - The dialog's title bar; `title` and `close-button` are inside.
 * @csspart title - The dialog's heading.
 * @csspart close-button - The dialog's close button.
 * @csspart toolbar - View, row order, sorting, triage filter, export, print and share controls (in the sheet when narrow).
 * @csspart options - When narrow: the "View options" button and the summary of the view.
 * @csspart options-button - The button that opens the sheet of view options.
 * @csspart summary - The view in one line: "Only differences · Sorted by Price".
 * @csspart sheet - The dialog of view options (when narrow).
 * @csspart legend - The first-time explanation of the column buttons, with its "Got it" button.
 * @csspart paging - When not every product fits: previous and next buttons and the position ("2–3 of 8").
 * @csspart status - The polite live region that reports what the last action did.
 * @csspart link - The read-only field holding the share link.
 * @csspart empty - The loading, empty and single-product messages.
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - Its caption.
 * @csspart header - A product's column header (`th`): image, name, price, tags.
 * @csspart image - A product image.
 * @csspart name - A product name (a link when the product has a URL).
 * @csspart price - A product price.
 * @csspart edit - "Edit", for a configured item: reopens its customizer with its options.
 * @csspart tag - "Reference", "Shortlisted" or "Eliminated" in a column header.
 * @csspart actions - A product's buttons: move, pin, shortlist, eliminate, remove.
 * @csspart group - An attribute group (`tbody`).
 * @csspart group-toggle - The button that collapses or expands a group.
 * @csspart label - An attribute's row header.
 * @csspart cell - A value cell.
 * @csspart best - The "Best" badge of the best value(s) in a row.
 * @csspart delta - The difference from the reference, or "Same".
 * @csspart note - A product's note field.
 * @csspart prompt - The dialog that asks before a share link replaces the shopper's list.
 *
 * @cssproperty --shortlist-accent - Pressed buttons. Default `#1a5fd0`.
 * @cssproperty --shortlist-on-accent - Text on the accent. Default `#fff`.
 * @cssproperty --shortlist-surface - Background of the table, sticky cells and dialog. Default `#fff`.
 * @cssproperty --shortlist-border - Borders. Default `#8a8a8a`.
 * @cssproperty --shortlist-muted - Secondary text: "Not specified", deltas. Default `#4d4d4d`.
 * @cssproperty --shortlist-compare-group-surface - Background of group headings. Default `#f2f2f2`.
 * @cssproperty --shortlist-compare-best-surface - Background of best cells. Default `#e7f4ea`.
 * @cssproperty --shortlist-compare-best-color - Text of the "Best" badge. Default `#135c2b`.
 * @cssproperty --shortlist-compare-reference-surface - Background of the reference column. Default `#eaf1fb`.
 * @cssproperty --shortlist-compare-column-width - Width of a product column. Default `13rem`.
 * @cssproperty --shortlist-compare-label-width - Width of the attribute column. Default `11rem`.
 * @cssproperty --shortlist-compare-max-height - Height of the inline table's scrolling box. Default `80vh`.
 * @cssproperty --shortlist-fit-great - While the criteria filter runs on the page: "Great fit" badges and met marks. Default `#135c2b`.
 * @cssproperty --shortlist-fit-fails - While the criteria filter runs on the page: "Misses a must-have" badges and missed marks. Default `#9c1c1c`.
 */
export class ShortlistCompare extends ShortlistView {
  static override properties = {
    modal: { type: Boolean, reflect: true },
    // The choices' store holds them (see the accessors below).
    view: { reflect: true, noAccessor: true },
    reference: { noAccessor: true },
    opened: { state: true },
    collapsed: { state: true },
    limit: { state: true },
    stage: { state: true },
    message: { state: true },
    link: { state: true },
    undo: { state: true },
  };

  static override styles = compareStyles;

  /** Renders inside a modal `<dialog>`, closed until `show()`. */
  declare modal: boolean;

  private declare opened: boolean;
  private declare collapsed: ReadonlySet<string>;
  /** How many rows are rendered so far (see FIRST and SLICE). */
  private declare limit: number;
  /** How far the column heads are rendered (see `columnHeads`). */
  private declare stage: number;
  private declare message: string;
  private declare link: string;
  private declare undo: (() => void) | undefined;

  readonly #rows = new CompareRows(this);
  readonly #noteFields = new NoteFields(this);
  readonly #progressive = new Progressive(this);
  /** The shopper's choices: this view's, kept when the page's instance changes. */
  readonly #choices = atom<ComparisonChoices>(DEFAULT_CHOICES);
  /** The connector of the page's instance: it decides what shows; this element renders it. */
  #connector?: { shortlist: Shortlist; comparison: ComparisonConnector };
  /** The connector's state while the comparison shows (inline, or the dialog open), and how to stop listening. */
  #state?: ComparisonState;
  #listening?: ComparisonConnector;
  #unsubscribe?: () => void;
  #stopInstance?: () => void;
  /** What this render shows: the comparison, or undefined while loading or closed; and the columns of the products shown. */
  #current?: Comparison;
  #indices: readonly number[] = [];
  /** An action still at work (its code loading, a share link being copied): `updateComplete` waits for it. */
  #working?: Promise<void>;
  #returnTo?: HTMLElement;
  #focusNext?: { id: string; index: number; action: string };
  /** What only a narrow comparison renders and does, once its code has loaded (see `#loadNarrow`). */
  #narrow?: typeof Narrow;
  #swipe?: Narrow.Swipe;
  #narrowLoad?: Promise<void>;
  #announced = false;
  readonly #resize = new ResizeObserver(([entry]) => this.#fit(entry!.contentRect.width));

  constructor() {
    super();
    this.modal = false;
    this.collapsed = new Set();
    this.#closed();
  }

  /** Which rows show: `all`, only `differences`, or only `similarities`. Reflected, so the switch is a style change. */
  get view(): CompareView {
    return this.#choices.get().view;
  }
  set view(view: CompareView) {
    const old = this.view;
    this.#choose({ view });
    this.requestUpdate('view', old);
  }

  /** Id of the pinned product every other column is measured against (while it is in the tray). */
  get reference(): string | undefined {
    return this.#state ? this.#state.reference : this.#choices.get().reference;
  }
  set reference(reference: string | undefined) {
    const old = this.reference;
    this.#choose({ reference });
    this.requestUpdate('reference', old);
  }

  #choose(choices: Partial<ComparisonChoices>) {
    this.#choices.set({ ...this.#choices.get(), ...choices });
  }

  /** Opens the dialog (with `modal`; inline, scrolls into view). Focus returns to `trigger`, or to what had it, on close. */
  async show(trigger?: HTMLElement): Promise<void> {
    if (!this.modal) {
      this.scrollIntoView({ block: 'start' });
      return;
    }
    // Without a trigger, the dialog returns focus to what had it by itself.
    this.#returnTo = trigger;
    if (this.opened) return;
    // A message set before the dialog opened is said once its live region exists.
    const pending = this.message;
    this.message = '';
    this.opened = true;
    await super.getUpdateComplete();
    if (pending) setTimeout(() => (this.message ||= pending), 250);
  }

  /** Closes the dialog; before it has opened, it never does. */
  close(): void {
    const dialog = this.#dialog;
    if (dialog?.open) dialog.close();
    else if (this.opened) this.#closed();
  }

  /**
   * Shows a message in the polite status region, optionally with an Undo button.
   *
   * @internal
   */
  notify(message: string, undo?: () => void): void {
    this.message = message;
    this.undo = undo;
  }

  // Waits for the rows rendered in later tasks, and for an action at work, so `updateComplete` means "all there".
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#progressive.done || this.#working) {
      await (this.#progressive.done ?? this.#working);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  get #dialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog[part=dialog]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopInstance = globalHandle().$instance.listen(() => this.requestUpdate());
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopInstance?.();
    this.#resize.disconnect();
    this.#listen(undefined);
  }

  /** How many products fit side by side at this width: all of them (undefined), or, narrower than `NARROW`, as many as have `COLUMN` each (two at least). */
  #fit(width: number) {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const columns = width < NARROW * rem ? Math.max(2, Math.floor(width / (COLUMN * rem))) : undefined;
    if (columns !== this.#choices.get().columns) this.#choose({ columns });
  }

  /** Loads what only a narrow comparison renders (a desktop never does), once, and adopts its styles. */
  #loadNarrow(shortlist: Shortlist) {
    if (this.#narrowLoad) return;
    this.#narrowLoad = shortlist.load('compare-narrow', () => import('./narrow/narrow.js')).then(
      (narrow) => {
        const root = this.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, narrow.narrowStyles.styleSheet!];
        this.#narrow = narrow;
        this.#swipe = new narrow.Swipe(() => this.#connector?.comparison);
        this.requestUpdate();
      },
      // Reported by `shortlist.load`; tried again on the next update.
      () => (this.#narrowLoad = undefined),
    );
    this.#work(this.#narrowLoad);
  }

  /**
   * Listens to the connector's state while the comparison shows: a closed dialog does no work
   * when the tray changes, and loads no feed.
   */
  #listen(comparison: ComparisonConnector | undefined) {
    if (this.#listening === comparison) return;
    this.#unsubscribe?.();
    this.#listening = comparison;
    this.#state = undefined;
    this.#unsubscribe = comparison?.$state.subscribe((state) => {
      this.#state = state;
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.feature(compareFeature);
    this.format.use(valueMessages);
    const shortlist = this.shortlist;
    if (shortlist && this.#connector?.shortlist !== shortlist) this.#connector = { shortlist, comparison: createComparison(shortlist, this.#choices) };
    // Until the element has been measured (its first layout), a phone would render every product.
    if (!this.hasUpdated) this.#fit(this.getBoundingClientRect().width);
    if (shortlist && this.#choices.get().columns !== undefined && !this.#narrow) this.#loadNarrow(shortlist);
    this.#listen(shortlist && (!this.modal || this.opened) ? this.#connector!.comparison : undefined);
    const comparison = (this.#current = this.#state?.comparison);
    if (!comparison?.keys.length) this.#rows.clear();
    const columns = this.#state?.columns ?? [];
    // The same columns keep the same array: rows and heads are guarded by it.
    if (columns.length !== this.#indices.length || columns.some((id, column) => comparison?.keys[this.#indices[column]!] !== id)) {
      this.#indices = columns.map((id) => comparison!.keys.indexOf(id));
    }
    if (comparison && this.limit === 0) this.limit = Math.max(1, Math.floor(FIRST / Math.max(1, this.#indices.length)));
  }

  protected override render() {
    const narrow = this.#choices.get().columns !== undefined;
    const layout = this.#narrow;
    const body = !this.modal
      ? this.#body(narrow)
      : html`<dialog part="dialog" class=${narrow ? 'narrow' : ''} aria-labelledby="title" @close=${this.#onClose} @keydown=${this.#onKeydown}>
          ${this.opened
            ? html`<div class="bar" part="bar">
                  <h2 id="title" part="title">${this.format.t('compareTitle')}</h2>
                  <button class="close" part="close-button" @click=${this.close}>${this.format.t('compareClose')}</button>
                </div>
                ${this.#body(narrow)}`
            : nothing}
        </dialog>`;
    return html`${body}${narrow && layout && this.#current?.keys.length ? layout.sheet(this.#toolbar(this.#state!), this.format) : nothing}`;
  }

  #toolbar(state: ComparisonState): TemplateResult {
    return toolbar(
      { state, sortKeys: this.#connector!.comparison.sortKeys, attributes: this.stage > 0 },
      { onChange: this.#onChange, sort: this.#sort, exportCsv: this.#exportCsv, print: this.#print, share: this.#share },
      this.format,
    );
  }

  #body(narrow: boolean): TemplateResult {
    const { t } = this.format;
    const state = this.#state;
    const comparison = this.#current;
    const status = html`<p part="status" class="status" role="status">${this.message}</p>`;
    const undo = this.undo ? html`<button class="undo" @click=${this.#restore}>${t('compareUndo')}</button>` : nothing;
    // Narrow, its layout's code comes first.
    if (!state || !comparison || (narrow && !this.#narrow)) return html`<div part="base" class="base">${status}<p part="empty" class="empty">${t('compareLoading')}</p></div>`;
    const { table } = comparison;
    const count = table.products.length;
    let controls: TemplateResult | typeof nothing = nothing;
    if (count && narrow) controls = this.#narrow!.options(state, this.#connector!.comparison, this.format);
    else if (count || state.hideEliminated) controls = this.#toolbar(state);
    return html`<div part="base" class="base${narrow ? ' narrow' : ''}">
      ${controls}
      ${this.link ? html`<label class="link" part="link">${t('compareShareLink')} <input readonly .value=${this.link} /></label>` : nothing}
      <div>${status}${undo}</div>
      ${table.missing.length ? html`<p part="empty">${t('compareMissing', { count: table.missing.length })}</p>` : nothing}
      ${state.notice ? html`<p part="empty" class="empty" tabindex="-1">${t(state.notice)}</p>` : nothing}
      ${count && state.legend
        ? html`<p class="legend" part="legend"><span>${t('compareLegend')}</span> <button @click=${this.#connector!.comparison.dismissLegend}>${t('compareLegendDismiss')}</button></p>`
        : nothing}
      ${count ? this.#grid(state, comparison, narrow) : nothing}
    </div>`;
  }

  #grid({ triage, notes, fit, reference }: ComparisonState, comparison: Comparison, narrow: boolean): TemplateResult {
    const indices = this.#indices;
    const { table } = comparison;
    // "Make this a criterion": like the pinned product when there is one.
    const make = (event: Event) => {
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-make]')?.dataset.make;
      if (key && fit) this.notify(fit.add(key, reference ?? comparison.keys[0]!, reference !== undefined));
    };
    // Narrow, a swipe pages through the products.
    const swipe = narrow ? this.#swipe : undefined;
    return html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption" @pointerdown=${swipe?.down} @pointerup=${swipe?.up}>
      <table part="table" role="table" aria-labelledby="caption" @click=${make}>
        <caption id="caption" part="caption" class=${narrow ? 'visually-hidden' : ''}>${this.format.t('compareCaption', { count: comparison.keys.length })}</caption>
        <thead role="rowgroup" @click=${this.#onAction}>
          ${guard([comparison, indices, triage, this.stage, fit], () => columnHeads(comparison, indices, triage, this.stage, this.format, fit))}
        </thead>
        ${this.#rows.render(comparison, indices, this.limit, { format: this.format, collapsed: this.collapsed, onToggle: this.#onToggle, fit })}
        ${this.limit >= table.rowCount
          ? guard([comparison, indices, notes], () =>
              this.#noteFields.render(
                indices.map((index) => table.products[index]!),
                notes,
                indices.length + 1,
                this.format,
              ),
            )
          : nothing}
      </table>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const dialog = this.#dialog;
    const count = this.#current?.keys.length ?? 0;
    if (dialog && this.opened && !dialog.open) {
      dialog.showModal();
      root.querySelector<HTMLElement>('.close')?.focus();
      this.#tell('open', { mode: 'dialog', count });
    }
    if (!this.modal && !this.#announced && count) {
      this.#announced = true;
      this.#tell('open', { mode: 'inline', count });
    }
    if (this.#focusNext) this.#restoreFocus(this.#focusNext);
    const table = this.#current?.table;
    if (table && (this.stage < LAST_STAGE || this.limit < table.rowCount || this.#rows.stale > 0)) this.#progressive.schedule(() => this.#renderMore());
    else this.#progressive.finish();
  }

  /** The next step of a progressive render: the next stage of the column heads, rows out of date, or more rows. */
  #renderMore() {
    const rows = Math.max(1, Math.floor(SLICE / Math.max(1, this.#indices.length)));
    if (this.stage < LAST_STAGE) this.stage++;
    else if (this.#rows.stale > 0) this.#rows.fresh = rows;
    else this.limit += rows;
  }

  /** After a column button changed the columns: the same button of the same (or the next) column, or the table. */
  #restoreFocus({ id, index, action }: { id: string; index: number; action: string }) {
    this.#focusNext = undefined;
    const root = this.renderRoot as ShadowRoot;
    const cells = [...root.querySelectorAll<HTMLElement>('td[data-id]')];
    const cell = cells.find((candidate) => candidate.dataset.id === id) ?? cells[Math.min(index, cells.length - 1)];
    const target = cell?.querySelector<HTMLElement>(`[data-action=${action}]`) ?? root.querySelector<HTMLElement>('.empty, .scroller');
    if (target && root.activeElement !== target) target.focus();
  }

  /** Tells `shortlist.on` listeners (`compare-…`) and DOM listeners (`shortlist-compare-…`). */
  #tell(type: 'open' | 'export' | 'share', detail: ShortlistCompareEventInit & { count: number }) {
    const { url, ...facts } = detail;
    this.shortlist?.announce(`compare-${type}`, facts as never);
    this.dispatchEvent(new ShortlistCompareEvent(type, detail));
  }

  /** The dialog closed (Escape, the close button, `close()`). */
  #onClose() {
    this.#closed();
    const target = this.#returnTo;
    this.#returnTo = undefined;
    if (target?.isConnected) target.focus();
    this.dispatchEvent(new ShortlistCompareEvent('close'));
  }

  /** Back to the closed state, the one it starts in; an update still pending renders nothing to open. */
  #closed() {
    this.#noteFields.save();
    this.opened = false;
    this.limit = 0;
    this.stage = 0;
    this.link = '';
    this.message = '';
    this.undo = undefined;
  }

  /** Keeps Tab and Shift+Tab inside the open dialog. */
  #onKeydown(event: KeyboardEvent) {
    if (event.key !== 'Tab') return;
    const root = this.renderRoot as ShadowRoot;
    // The close button comes first; the last control shown (a note, once every row is there) last.
    const first = root.querySelector<HTMLElement>('.close');
    const last = [...root.querySelectorAll<HTMLElement>('dialog[part=dialog] :is(a, button, select, textarea, [tabindex="0"])')].filter((element) => element.getClientRects().length).at(-1);
    const active = root.activeElement;
    if (event.shiftKey ? active === first || !active : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  /** The toolbar's radio buttons and checkboxes, handled once for the toolbar (`#sort` reads its lists). */
  #onChange(event: Event) {
    const { name, value, checked } = event.target as HTMLInputElement;
    if (name === 'view') this.view = value as CompareView;
    else if (name === 'separation') this.#choose({ separation: checked });
    else if (name === 'hide') this.#choose({ hideEliminated: checked });
  }

  #onToggle(event: Event) {
    const key = (event.currentTarget as HTMLElement).dataset.group!;
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(key)) collapsed.add(key);
    this.collapsed = collapsed;
  }

  /** The column buttons, handled once for the whole header. */
  #onAction(event: Event) {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.closest<HTMLElement>('[data-id]')?.dataset.id;
    const comparison = this.#connector?.comparison;
    const state = this.#state;
    if (!button || id === undefined || !comparison || !state?.comparison || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset.action!;
    const { t } = this.format;
    const { keys, table } = state.comparison;
    const index = keys.indexOf(id);
    const name = table.products[index]?.name ?? id;
    // When the column goes, focus the same button of the next column first, while the layout is
    // still clean (after the update it would cost a second layout in this task).
    const goes = action === 'remove' || (action === 'eliminated' && state.hideEliminated && own(state.triage, id) !== 'eliminated');
    const next = goes ? (keys[index + 1] ?? keys[index - 1]) : undefined;
    const target = next === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`td[data-id="${CSS.escape(next)}"] [data-action=${action}]`);
    if (target) target.focus();
    else this.#focusNext = { id, index: this.#indices.indexOf(index), action };
    if (action === 'left' || action === 'right') {
      const position = comparison.move(id, action);
      if (position !== undefined) this.message = t('compareMoved', { name, position, count: keys.length });
    } else if (action === 'pin') {
      const old = this.reference;
      comparison.togglePin(id);
      this.requestUpdate('reference', old);
    } else if (action === 'remove') {
      comparison.remove(id);
      this.message = t('compareRemoved', { name });
    } else {
      comparison.toggleMark(id, action as TriageMark);
    }
  }

  #restore() {
    this.undo?.();
    this.notify(this.format.t('compareUndone'));
  }

  /** Runs an action whose code may still have to load; `updateComplete` waits for it (and for those before it). A failed load is reported by `shortlist.load`. */
  #work(action: Promise<unknown>) {
    const working = (this.#working = Promise.all([this.#working, action.catch(() => {})]).then(() => {
      if (this.#working === working) this.#working = undefined;
    }));
  }

  #sort() {
    // The Sort button renders with both lists, and the first always has an option selected (it has three at least).
    const root = this.renderRoot;
    const key = root.querySelector<HTMLSelectElement>('.sort-key')!;
    const direction = root.querySelector<HTMLSelectElement>('.sort-direction')!;
    const label = key.selectedOptions[0]!.text;
    const comparison = this.#connector?.comparison;
    if (!comparison) return;
    this.#work(
      comparison.sort(key.value, direction.value as SortDirection).then(() => {
        this.message = this.format.t('compareSorted', { label });
      }),
    );
  }

  #exportCsv() {
    const shortlist = this.shortlist;
    const comparison = this.#connector?.comparison;
    const count = this.#current?.keys.length;
    if (!shortlist || !comparison || count === undefined) return;
    this.#work(
      Promise.all([comparison.csv(), shortlist.load('compare-tools', () => import('./tools/download.js'))]).then(([csv, { downloadCsv }]) => {
        this.message = this.format.t('compareExported', { file: downloadCsv(csv) });
        this.#tell('export', { format: 'csv', count });
      }),
    );
  }

  /** Prints every row and every product (the print code loads on the first print). */
  async #print() {
    const shortlist = this.shortlist;
    const comparison = this.#current;
    if (!shortlist || !comparison) return;
    // Every row and every product, and (in a dialog opened by openComparison) nothing of the page behind it.
    const { columns } = this.#choices.get();
    this.#choose({ columns: undefined });
    this.limit = comparison.table.rowCount;
    const [tools] = await Promise.all([shortlist.load('compare-tools', () => import('./tools/print.js')).catch(() => undefined), this.updateComplete]);
    // A failed load is reported by `shortlist.load`; pressing Print again tries again.
    if (tools) {
      tools.printPage(this.modal && this.parentElement === document.body);
      this.#tell('export', { format: 'print', count: comparison.keys.length });
    }
    this.#choose({ columns });
  }

  /** Makes a share link (its code loads on first use), copies it when the page may, and shows it. */
  #share() {
    const shortlist = this.shortlist;
    const comparison = this.#connector?.comparison;
    if (!shortlist || !comparison) return;
    const state = comparison.shareState();
    this.#work(
      shortlist
        .load('compare-share', () => import('./share/link.js'))
        .then(({ copyShareLink }) => copyShareLink(state, this.#state?.fit))
        .then(({ url, copied }) => {
          this.link = url;
          this.message = this.format.t(copied ? 'compareCopied' : 'compareCopyManually');
          this.#tell('share', { url, count: state.ids.length });
        }),
    );
  }
}
