import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { globalHandle, own, type Shortlist } from '@shortlist/core';
import { valueMessages } from '@shortlist/core/catalog';
import {
  compareFeature,
  createComparison,
  type Comparison,
  type ComparisonChoices,
  type ComparisonConnector,
  type ComparisonState,
  type CompareView,
  type SortDirection,
  type TriageMark,
} from '@shortlist/core/compare';
import { ShortlistView } from '../internal/view.js';
import { copyShareLink, downloadCsv, printPage } from './actions.js';
import { columnHeads } from './columns.js';
import { ShortlistCompareEvent, type ShortlistCompareEventInit } from './events.js';
import { NoteFields } from './notes.js';
import { Progressive } from './progressive.js';
import { CompareRows } from './rows.js';
import { compareStyles } from './styles.js';
import { toolbar } from './toolbar.js';

/** What the shopper answered when a share link met a non-empty list. */
export type ShareChoice = 'replace' | 'add' | 'keep';

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

/**
 * The side-by-side comparison of the products in the tray: sticky product header and
 * attribute column, collapsible attribute groups, best values marked, differences from a
 * pinned reference, triage, column order, the shopper's notes, CSV export, print and share
 * links. Inline where it is placed; with `modal`, a dialog opened by `show()`.
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
 * @csspart toolbar - View, row order, sorting, triage filter, export, print and share controls.
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
    // The connector holds them (see the accessors below).
    view: { reflect: true, noAccessor: true },
    reference: { noAccessor: true },
    opened: { state: true },
    collapsed: { state: true },
    limit: { state: true },
    stage: { state: true },
    message: { state: true },
    link: { state: true },
    undo: { state: true },
    question: { state: true },
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
  private declare question: { shared: number; current: number; resolve(choice: ShareChoice): void } | undefined;

  readonly #rows = new CompareRows(this);
  readonly #noteFields = new NoteFields(this);
  readonly #progressive = new Progressive(this);
  /** The connector of the page's instance: it decides what shows; this element renders it. */
  #connector?: { shortlist: Shortlist; comparison: ComparisonConnector };
  /** Choices made before an instance exists (attributes, properties): the connector starts with them. */
  readonly #choices: Partial<ComparisonChoices> = {};
  /** The connector's state while the comparison shows (inline, or the dialog open), and how to stop listening. */
  #state?: ComparisonState;
  #listening?: ComparisonConnector;
  #unsubscribe?: () => void;
  #stopInstance?: () => void;
  /** What this render shows: the comparison, or undefined while loading or closed. */
  #current?: Comparison;
  #returnTo?: HTMLElement;
  #focusNext?: { id: string; index: number; action: string };
  #announced = false;

  constructor() {
    super();
    this.modal = false;
    this.collapsed = new Set();
    this.#closed();
  }

  /** Which rows show: `all`, only `differences`, or only `similarities`. Reflected, so the switch is a style change. */
  get view(): CompareView {
    return this.#choose().view ?? 'all';
  }
  set view(view: CompareView) {
    const old = this.view;
    this.#choose({ view });
    this.requestUpdate('view', old);
  }

  /** Id of the pinned product every other column is measured against (while it is in the tray). */
  get reference(): string | undefined {
    return this.#state ? this.#state.reference : this.#choose().reference;
  }
  set reference(reference: string | undefined) {
    const old = this.reference;
    this.#choose({ reference });
    this.requestUpdate('reference', old);
  }

  /** The shopper's choices so far, after applying `changes` to them (through the connector once it exists). */
  #choose(changes: Partial<ComparisonChoices> = {}): Partial<ComparisonChoices> {
    const comparison = this.#connector?.comparison;
    if (!comparison) return Object.assign(this.#choices, changes);
    const { view, separation, hideEliminated, reference } = changes;
    if (view !== undefined) comparison.setView(view);
    if (separation !== undefined) comparison.setSeparation(separation);
    if (hideEliminated !== undefined) comparison.setHideEliminated(hideEliminated);
    if ('reference' in changes) comparison.pin(reference);
    return comparison.$choices.get();
  }

  /** The connector of the page's instance, made (with the choices so far) when the instance is new. */
  #comparisonOf(shortlist: Shortlist): ComparisonConnector {
    if (this.#connector?.shortlist !== shortlist) this.#connector = { shortlist, comparison: createComparison(shortlist, this.#choose()) };
    return this.#connector.comparison;
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
   * Asks, in a modal dialog, whether a shared comparison replaces the shopper's list, is added
   * to it, or is ignored (Escape keeps the list). Used by `openSharedComparison`.
   *
   * @internal
   */
  ask(shared: number, current: number): Promise<ShareChoice> {
    this.question?.resolve('keep');
    return new Promise((resolve) => (this.question = { shared, current, resolve }));
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

  // Waits for the rows rendered in later tasks too, so `updateComplete` means "all there".
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#progressive.done) {
      await this.#progressive.done;
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopInstance?.();
    this.#listen(undefined);
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
    this.#listen(shortlist && (!this.modal || this.opened) ? this.#comparisonOf(shortlist) : undefined);
    this.#current = this.#state?.comparison;
    if (!this.#current?.keys.length) this.#rows.clear();
    if (this.#current && this.limit === 0) this.limit = Math.max(1, Math.floor(FIRST / Math.max(1, this.#current.keys.length)));
  }

  protected override render() {
    const body = !this.modal
      ? this.#body()
      : html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onClose} @keydown=${this.#onKeydown}>
          ${this.opened
            ? html`<div class="bar" part="bar">
                  <h2 id="title" part="title">${this.format.t('compareTitle')}</h2>
                  <button class="close" part="close-button" @click=${this.close}>${this.format.t('compareClose')}</button>
                </div>
                ${this.#body()}`
            : nothing}
        </dialog>`;
    return html`${body}${this.#prompt()}`;
  }

  #body(): TemplateResult {
    const { t } = this.format;
    const state = this.#state;
    const comparison = this.#current;
    const status = html`<p part="status" class="status" role="status">${this.message}</p>`;
    const undo = this.undo ? html`<button class="undo" @click=${this.#restore}>${t('compareUndo')}</button>` : nothing;
    if (!state || !comparison) return html`<div part="base" class="base">${status}<p part="empty" class="empty">${t('compareLoading')}</p></div>`;
    const { table } = comparison;
    const count = table.products.length;
    return html`<div part="base" class="base">
      ${count || state.hideEliminated
        ? toolbar(
            { state, sortKeys: this.#connector!.comparison.sortKeys, attributes: this.stage > 0 },
            { onChange: this.#onChange, sort: this.#sort, exportCsv: this.#exportCsv, print: this.#print, share: this.#share },
            this.format,
          )
        : nothing}
      ${this.link ? html`<label class="link" part="link">${t('compareShareLink')} <input readonly .value=${this.link} /></label>` : nothing}
      <div>${status}${undo}</div>
      ${table.missing.length ? html`<p part="empty">${t('compareMissing', { count: table.missing.length })}</p>` : nothing}
      ${state.notice ? html`<p part="empty" class="empty" tabindex="-1">${t(state.notice)}</p>` : nothing}
      ${count ? this.#grid(state, comparison) : nothing}
    </div>`;
  }

  #grid({ triage, notes, fit, reference }: ComparisonState, comparison: Comparison): TemplateResult {
    const span = comparison.keys.length + 1;
    const { table } = comparison;
    // "Make this a criterion": like the pinned product when there is one.
    const make = (event: Event) => {
      const key = (event.target as HTMLElement).closest<HTMLElement>('[data-make]')?.dataset.make;
      if (key && fit) this.notify(fit.add(key, reference ?? comparison.keys[0]!, reference !== undefined));
    };
    return html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table" role="table" aria-labelledby="caption" @click=${make}>
        <caption id="caption" part="caption">${this.format.t('compareCaption', { count: comparison.keys.length })}</caption>
        <thead role="rowgroup" @click=${this.#onAction}>
          ${guard([comparison, triage, this.stage, fit], () => columnHeads(comparison, triage, this.stage, this.format, fit))}
        </thead>
        ${this.#rows.render(comparison, this.limit, { format: this.format, collapsed: this.collapsed, onToggle: this.#onToggle, fit })}
        ${this.limit >= table.rowCount ? guard([comparison, notes], () => this.#noteFields.render(table.products, notes, span, this.format)) : nothing}
      </table>
    </div>`;
  }

  #prompt() {
    const question = this.question;
    if (!question) return nothing;
    const { t } = this.format;
    return html`<dialog class="prompt" part="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-text" @close=${this.#onAnswer}>
      <form method="dialog">
        <h2 id="prompt-title">${t('compareShareTitle')}</h2>
        <p id="prompt-text">${t('compareShareCount', { count: question.shared })} ${t('compareShareCurrent', { count: question.current })}</p>
        <div class="toolbar">
          <button value="replace">${t('compareReplace')}</button>
          <button value="add" autofocus>${t('compareMerge')}</button>
          <button value="keep">${t('compareKeep')}</button>
        </div>
      </form>
    </dialog>`;
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
    const prompt = root.querySelector<HTMLDialogElement>('dialog.prompt');
    // Its autofocus button takes the focus.
    if (prompt && !prompt.open) prompt.showModal();
    if (this.#focusNext) this.#restoreFocus(this.#focusNext);
    const table = this.#current?.table;
    if (table && (this.stage < LAST_STAGE || this.limit < table.rowCount || this.#rows.stale > 0)) this.#progressive.schedule(() => this.#renderMore());
    else this.#progressive.finish();
  }

  /** The next step of a progressive render: the next stage of the column heads, rows out of date, or more rows. */
  #renderMore() {
    if (!this.#current) return;
    const rows = Math.max(1, Math.floor(SLICE / Math.max(1, this.#current.keys.length)));
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

  #onAnswer(event: Event) {
    const choice = (event.currentTarget as HTMLDialogElement).returnValue;
    const question = this.question;
    this.question = undefined;
    question?.resolve(choice === 'replace' || choice === 'add' ? choice : 'keep');
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
    else this.#focusNext = { id, index, action };
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

  #sort() {
    // The Sort button renders with both lists, and the first always has an option selected (it has three at least).
    const root = this.renderRoot;
    const key = root.querySelector<HTMLSelectElement>('.sort-key')!;
    const direction = root.querySelector<HTMLSelectElement>('.sort-direction')!;
    this.#connector?.comparison.sort(key.value, direction.value as SortDirection);
    this.message = this.format.t('compareSorted', { label: key.selectedOptions[0]!.text });
  }

  #exportCsv() {
    const comparison = this.#connector?.comparison;
    const count = this.#current?.keys.length;
    if (!comparison || count === undefined) return;
    const file = downloadCsv(comparison.csv());
    this.message = this.format.t('compareExported', { file });
    this.#tell('export', { format: 'csv', count });
  }

  async #print() {
    const comparison = this.#current;
    if (!comparison) return;
    // Every row, and (in a dialog opened by openComparison) nothing of the page behind it.
    this.limit = comparison.table.rowCount;
    await this.updateComplete;
    printPage(this.modal && this.parentElement === document.body);
    this.#tell('export', { format: 'print', count: comparison.keys.length });
  }

  async #share() {
    const comparison = this.#connector?.comparison;
    if (!comparison) return;
    const state = comparison.shareState();
    const { url, copied } = await copyShareLink(state, this.#state?.fit);
    this.link = url;
    this.message = this.format.t(copied ? 'compareCopied' : 'compareCopyManually');
    this.#tell('share', { url, count: state.ids.length });
  }
}
