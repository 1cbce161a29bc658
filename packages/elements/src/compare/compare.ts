import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  compareMessages,
  compareTable,
  valueMessages,
  csvFileName,
  formatAttribute,
  formatDelta,
  moveTo,
  notesOf,
  shareUrl,
  sortByAttribute,
  toCsv,
  triageOf,
  type Catalog,
  type CompareGroup,
  type CompareOptions,
  type CompareRow,
  type CompareTable,
  type CompareView,
  type Money,
  type Product,
  type SortDirection,
  type TriageMark,
} from '@shortlist/core';
import { baseStyles } from '../internal/base.js';
import { StoreController } from '../internal/store-controller.js';
import { ShortlistView } from '../internal/view.js';
import { ShortlistCompareEvent, type ShortlistCompareEventInit } from './events.js';

/** What the shopper answered when a share link met a non-empty list. */
export type ShareChoice = 'replace' | 'add' | 'keep';

/**
 * Rendering budget: the first frame after opening holds the first `FIRST_COLUMNS` column
 * headers and `FIRST` cells' worth of rows; the next tasks add the other column headers, then
 * the column buttons, then `SLICE` cells' worth of rows each, so no task grows with the table
 * (100 products × 50 attributes is 5,000 cells and 600 buttons).
 */
const FIRST = 100;
const FIRST_COLUMNS = 12;
const SLICE = 400;
const VIEWS = ['all', 'differences', 'similarities'] as const;
const VIEW_LABELS = { all: 'compareViewAll', differences: 'compareViewDifferences', similarities: 'compareViewSimilarities' } as const;

/** `record[key]` for own keys only: product ids such as `constructor` are valid. */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
const groupKey = (group: CompareGroup) => (group.summary ? '\u0000summary' : (group.name ?? '\u0000other'));

interface Memo {
  ids: readonly string[];
  catalog: Catalog;
  reference?: string;
  separation: boolean;
  table: CompareTable;
  /** Product ids in column order: the keys of every row's cells. */
  keys: string[];
  /** Column of the reference, or -1. */
  ref: number;
  differing: number;
}

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
 * @cssproperty --shortlist-radius - Corner radius. Default `0.375rem`.
 * @cssproperty --shortlist-compare-group-surface - Background of group headings. Default `#f2f2f2`.
 * @cssproperty --shortlist-compare-best-surface - Background of best cells. Default `#e7f4ea`.
 * @cssproperty --shortlist-compare-best-color - Text of the "Best" badge. Default `#135c2b`.
 * @cssproperty --shortlist-compare-reference-surface - Background of the reference column. Default `#eaf1fb`.
 * @cssproperty --shortlist-compare-column-width - Width of a product column. Default `13rem`.
 * @cssproperty --shortlist-compare-label-width - Width of the attribute column. Default `11rem`.
 * @cssproperty --shortlist-compare-max-height - Height of the inline table's scrolling box. Default `80vh`.
 */
export class ShortlistCompare extends ShortlistView {
  static override properties = {
    modal: { type: Boolean, reflect: true },
    view: { reflect: true },
    reference: {},
    opened: { state: true },
    bySeparation: { state: true },
    hideEliminated: { state: true },
    collapsed: { state: true },
    limit: { state: true },
    stage: { state: true },
    message: { state: true },
    link: { state: true },
    undo: { state: true },
    question: { state: true },
  };

  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .base {
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        min-block-size: 0;
      }
      dialog {
        inline-size: calc(100vw - 2rem);
        block-size: calc(100vh - 2rem);
        padding: 0;
        border: 1px solid var(--shortlist-border, #8a8a8a);
        border-radius: var(--shortlist-radius, 0.375rem);
        background: var(--shortlist-surface, #fff);
        color: inherit;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      dialog .base {
        flex: 1;
        padding: 0.75rem 1rem 1rem;
      }
      .bar {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 1rem;
        padding: 0.5rem 1rem;
        border-block-end: 1px solid var(--shortlist-border, #8a8a8a);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      p {
        margin: 0;
      }
      .status:empty {
        display: none;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.25rem;
      }
      fieldset {
        display: contents;
      }
      legend {
        float: left;
        font-weight: 600;
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: 0.375rem;
        min-block-size: 1.5rem;
      }
      input[type='radio'],
      input[type='checkbox'] {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0.125rem;
      }
      select,
      input,
      textarea {
        font: inherit;
        color: inherit;
        min-block-size: 2.25rem;
      }
      .link input {
        inline-size: min(40rem, 60vw);
      }
      .scroller {
        overflow: auto;
        max-block-size: var(--shortlist-compare-max-height, 80vh);
        border: 1px solid var(--shortlist-border, #8a8a8a);
        border-radius: var(--shortlist-radius, 0.375rem);
        background: var(--shortlist-surface, #fff);
        overscroll-behavior: contain;
      }
      dialog .scroller {
        flex: 1 1 auto;
        min-block-size: 10rem;
        max-block-size: none;
      }
      /*
       * Each row is a flex box of fixed-width cells (the roles keep the table semantics): a
       * row lays out on its own, without a table-wide column algorithm, and rows out of view
       * are skipped (content-visibility), so a change costs what is on screen.
       */
      table {
        display: block;
        inline-size: max-content;
      }
      caption {
        display: block;
        position: sticky;
        inset-inline-start: 0;
        inline-size: max-content;
        padding: 0.5rem 0.75rem;
        font-weight: 600;
      }
      thead,
      tbody {
        display: block;
      }
      /* Rules per row and for the label column only: fewer boxes to paint than a border per cell. */
      tr {
        display: flex;
        border-block-end: 1px solid #d4d4d4;
      }
      tbody tr {
        content-visibility: auto;
        contain-intrinsic-size: auto 1px auto 2.75rem;
      }
      th,
      td {
        display: block;
        flex: none;
        inline-size: var(--shortlist-compare-column-width, 13rem);
        padding: 0.5rem;
        text-align: start;
        overflow-wrap: anywhere;
      }
      thead {
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
      }
      thead th,
      thead td,
      th[scope='row'] {
        background: var(--shortlist-surface, #fff);
      }
      thead th[scope='col'] {
        font-weight: 400;
      }
      .corner,
      th[scope='row'] {
        border-inline-end: 1px solid #d4d4d4;
        position: sticky;
        inset-inline-start: 0;
        z-index: 1;
        inline-size: var(--shortlist-compare-label-width, 11rem);
      }
      th[scope='row'] {
        font-weight: 600;
      }
      thead .corner {
        z-index: 3;
      }
      img {
        display: block;
        inline-size: 4rem;
        block-size: 4rem;
        object-fit: contain;
        margin-block-end: 0.25rem;
      }
      .name {
        display: block;
        font-weight: 600;
        color: inherit;
      }
      .tag,
      .best {
        display: inline-block;
        margin: 0.25rem 0.25rem 0 0;
        padding: 0 0.375rem;
        border: 1px solid currentColor;
        border-radius: 1em;
        font-size: 0.8125em;
        font-weight: 600;
      }
      .best {
        margin: 0 0 0 0.375rem;
        color: var(--shortlist-compare-best-color, #135c2b);
      }
      .top {
        background: var(--shortlist-compare-best-surface, #e7f4ea);
      }
      .ref {
        background: var(--shortlist-compare-reference-surface, #eaf1fb);
      }
      .ns,
      .delta {
        color: var(--shortlist-muted, #4d4d4d);
      }
      .ns {
        font-style: italic;
      }
      .delta {
        display: block;
        font-size: 0.875em;
      }
      .actions th {
        font-weight: 400;
        color: var(--shortlist-muted, #4d4d4d);
      }
      .actions td {
        padding-block: 0.25rem;
      }
      .actions button {
        min-inline-size: 1.75rem;
        min-block-size: 1.75rem;
        margin: 0.125rem 0.125rem 0.125rem 0;
        padding: 0 0.25rem;
        justify-content: center;
        line-height: 1;
      }
      [aria-pressed='true'] {
        background: var(--shortlist-accent, #1a5fd0);
        border-color: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
      }
      [aria-disabled='true'] {
        opacity: 0.45;
        cursor: not-allowed;
      }
      /* The star comes from the markup (data-icon): the CSS stays ASCII, and the star is not read. */
      [data-icon]::before {
        content: attr(data-icon) / '';
      }
      /* Cells of buttons, all of one size: the browser skips those far out of view. */
      td[part='actions'] {
        content-visibility: auto;
        contain-intrinsic-size: auto var(--shortlist-compare-column-width, 13rem) auto 2.5rem;
        min-block-size: 2.5rem;
      }
      .head th {
        flex: 1 0 auto;
        background: var(--shortlist-compare-group-surface, #f2f2f2);
        padding: 0.25rem 0.5rem;
      }
      .toggle,
      .heading {
        position: sticky;
        inset-inline-start: 0.5rem;
        font-weight: 600;
      }
      .toggle {
        min-block-size: 1.75rem;
        border: 0;
        padding: 0 0.25rem;
        background: none;
      }
      .toggle::before {
        content: '';
        margin-inline-end: 0.5rem;
        border-style: solid;
        border-color: transparent;
        border-inline-start-color: currentColor;
        border-width: 0.35em 0 0.35em 0.5em;
        transform: rotate(90deg);
      }
      .toggle[aria-expanded='false']::before {
        transform: none;
      }
      textarea {
        inline-size: 100%;
        resize: vertical;
      }
      @media screen {
        .closed tr:not(.head) {
          display: none;
        }
      }
      :host([view='differences']) .s,
      :host([view='similarities']) .d,
      :host([view='differences']) .no-d,
      :host([view='similarities']) .no-s {
        display: none;
      }
      .prompt {
        max-inline-size: 32rem;
        padding: 1.25rem;
      }
      .prompt p {
        margin-block: 0.75rem 1rem;
      }
      @media print {
        .toolbar,
        .bar button,
        .status,
        .undo,
        .link,
        .actions,
        dialog::backdrop {
          display: none !important;
        }
        dialog,
        .scroller {
          position: absolute;
          inset: 0 auto auto 0;
          inline-size: 100%;
          block-size: auto;
          max-block-size: none;
          overflow: visible;
          border: 0;
        }
        .scroller {
          position: static;
        }
        thead,
        th,
        .toggle,
        .heading {
          position: static !important;
        }
        /* On paper the columns share the page width. */
        table {
          inline-size: 100%;
          font-size: 8pt;
        }
        tr {
          content-visibility: visible;
        }
        th,
        td {
          flex: 1;
          inline-size: auto;
          min-inline-size: 0;
          padding: 0.25rem;
        }
        img {
          inline-size: 2.5rem;
          block-size: 2.5rem;
        }
        .toggle::before {
          display: none;
        }
      }
    `,
  ];

  /** Renders inside a modal `<dialog>`, closed until `show()`. */
  declare modal: boolean;
  /** Which rows show: `all`, only `differences`, or only `similarities`. Reflected, so the switch is a style change. */
  declare view: CompareView;
  /** Id of the pinned product every other column is measured against. */
  declare reference: string | undefined;

  private declare opened: boolean;
  /** Undefined: as `config.compare.orderBy` says. */
  private declare bySeparation: boolean | undefined;
  private declare hideEliminated: boolean;
  private declare collapsed: ReadonlySet<string>;
  /** How many rows are rendered so far (see FIRST and SLICE). */
  private declare limit: number;
  /** 0: the first frame (first column headers); 1: every column header; 2, 3: the column buttons too. */
  private declare stage: number;
  private declare message: string;
  private declare link: string;
  private declare undo: (() => void) | undefined;
  private declare question: { shared: number; current: number; resolve(choice: ShareChoice): void } | undefined;

  private readonly tray = new StoreController(this, (shortlist) => shortlist.$tray, []);
  private readonly catalog = new StoreController(this, (shortlist) => shortlist.$catalog, undefined);
  private readonly notes = new StoreController(this, (shortlist) => notesOf(shortlist).$notes, {});
  private readonly triage = new StoreController(this, (shortlist) => triageOf(shortlist).$triage, {});
  /** The instance whose whole catalog (the feed included) this view asked for. */
  private loading?: object;
  private memo?: Memo;
  /** Formatted values by row key and product, for the memo's catalog. */
  private texts = new Map<string, Map<Product, string>>();
  /** The row rendered for each row key, and the keys of rows the browser skips (out of view). */
  private readonly shown = new Map<string, [CompareRow, Memo]>();
  private readonly offscreen = new Set<string>();
  private observer?: IntersectionObserver;
  private observed = new WeakSet<Element>();
  /** Out-of-date rows left for later in this render, and how many may still be brought up to date. */
  private stale = 0;
  private fresh = 0;
  private current?: Memo;
  private returnTo?: HTMLElement;
  private focusNext?: { id: string; index: number; action: string };
  private announced = false;
  private slicing = false;
  private filling?: { done: Promise<void>; resolve(): void };
  /** Note text as typed, by product id, until it is saved and the field loses focus. */
  private readonly drafts = new Map<string, string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor() {
    super();
    this.modal = false;
    this.view = 'all';
    this.opened = false;
    this.hideEliminated = false;
    this.collapsed = new Set();
    this.limit = 0;
    this.stage = 0;
    this.message = '';
    this.link = '';
  }

  /** Opens the dialog (with `modal`; inline, scrolls into view). Focus returns to `trigger`, or to what had it, on close. */
  async show(trigger?: HTMLElement): Promise<void> {
    if (!this.modal) {
      this.scrollIntoView({ block: 'start' });
      return;
    }
    // Without a trigger, the dialog returns focus to what had it by itself.
    this.returnTo = trigger;
    if (this.opened) return;
    // A message set before the dialog opened is said once its live region exists.
    const pending = this.message;
    this.message = '';
    this.opened = true;
    await super.getUpdateComplete();
    if (pending) setTimeout(() => (this.message ||= pending), 250);
  }

  /** Closes the dialog. */
  close(): void {
    this.dialog?.close();
  }

  /**
   * Asks, in a modal dialog, whether a shared comparison replaces the shopper's list, is added
   * to it, or is ignored (Escape keeps the list). Used by `openSharedComparison`.
   */
  ask(shared: number, current: number): Promise<ShareChoice> {
    this.question?.resolve('keep');
    return new Promise((resolve) => (this.question = { shared, current, resolve }));
  }

  /** Shows a message in the polite status region, optionally with an Undo button. */
  notify(message: string, undo?: () => void): void {
    this.message = message;
    this.undo = undo;
  }

  // Waits for the rows rendered in later tasks too, so `updateComplete` means "all there".
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.filling) {
      await this.filling.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.saveNotes();
    this.finishFilling();
  }

  private get dialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog[part=dialog]');
  }

  private get separation(): boolean {
    return this.bySeparation ?? this.shortlist?.config.compare.orderBy === 'separation';
  }

  private options(view?: CompareView): CompareOptions {
    const { attributes, groups, labels } = this.shortlist!.config.compare;
    const { t } = this.format;
    return { attributes, groups, labels, view, orderBy: this.separation ? 'separation' : 'retailer', reference: this.reference, summary: { price: t('comparePrice'), rating: t('compareRating') } };
  }

  /** The comparison, computed again only when its inputs change (never for a view switch). */
  private compute(): Memo | undefined {
    const state = this.catalog.value;
    const shortlist = this.shortlist;
    if (!shortlist) return undefined;
    if (state?.status !== 'ready') {
      // The comparison needs every product of the tray: load the feed too, once.
      if (this.loading !== shortlist) shortlist.ready.catch(() => {});
      this.loading = shortlist;
      return undefined;
    }
    const triage = this.triage.value;
    const ids = this.hideEliminated ? this.tray.value.filter((id) => own(triage, id) !== 'eliminated') : this.tray.value;
    const { reference, separation, memo } = this;
    if (memo && memo.catalog === state.catalog && memo.reference === reference && memo.separation === separation && memo.ids.length === ids.length && memo.ids.every((id, index) => id === ids[index])) return memo;
    if (memo?.catalog !== state.catalog) this.texts = new Map();
    const table = this.summarized(compareTable(state.catalog, ids, this.options()));
    const keys = table.products.map((product) => product.id);
    let differing = 0;
    for (const group of table.groups) for (const row of group.rows) if (row.differs) differing++;
    return (this.memo = { ids, catalog: state.catalog, reference, separation, table, keys, ref: reference === undefined ? -1 : keys.indexOf(reference), differing });
  }

  /** Drops the summary's rating row when no compared product has a rating: it would only say "Not specified". */
  private summarized(table: CompareTable): CompareTable {
    const summary = table.groups[0];
    if (summary?.summary) {
      summary.rows = summary.rows.filter((row) => row.def.key !== 'rating' || row.cells.some((cell) => cell.value !== undefined));
      table.rowCount = table.groups.reduce((count, group) => count + group.rows.length, 0);
    }
    return table;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.format.use(compareMessages);
    this.format.use(valueMessages);
    if (this.reference !== undefined && this.catalog.value?.status === 'ready' && !this.tray.value.includes(this.reference)) this.reference = undefined;
    this.current = !this.modal || this.opened ? this.compute() : undefined;
    if (!this.current?.keys.length) {
      // No table in the DOM: nothing is shown or out of view.
      this.shown.clear();
      this.offscreen.clear();
    }
    const columns = Math.max(1, this.current?.keys.length ?? 1);
    if (this.current && this.limit === 0) this.limit = Math.max(1, Math.floor(FIRST / columns));
  }

  protected override render() {
    const body = !this.modal
      ? this.body()
      : html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose} @keydown=${this.onKeydown}>
          ${this.opened
            ? html`<div class="bar" part="bar">
                  <h2 id="title" part="title">${this.format.t('comparison')}</h2>
                  <button class="close" part="close-button" @click=${this.close}>${this.format.t('compareClose')}</button>
                </div>
                ${this.body()}`
            : nothing}
        </dialog>`;
    return html`${body}${this.prompt()}`;
  }

  private body(): TemplateResult {
    const { t } = this.format;
    const memo = this.current;
    const status = html`<p part="status" class="status" role="status">${this.message}</p>`;
    const undo = this.undo ? html`<button class="undo" @click=${this.restore}>${t('compareUndo')}</button>` : nothing;
    if (!memo) return html`<div part="base" class="base">${status}<p part="empty" class="empty">${t('compareLoading')}</p></div>`;
    const { table } = memo;
    const count = table.products.length;
    let empty = '';
    if (count === 0) empty = this.hideEliminated && this.tray.value.length ? t('compareAllHidden') : t('compareEmpty');
    else if (count === 1) empty = t('compareOne');
    else if (this.view === 'differences' && !memo.differing) empty = t('compareNoDifferences');
    else if (this.view === 'similarities' && memo.differing === table.rowCount) empty = t('compareNoSimilarities');
    return html`<div part="base" class="base">
      ${count || this.hideEliminated ? this.toolbar(memo) : nothing}
      ${this.link
        ? html`<label class="link" part="link">${t('compareShareLink')} <input readonly .value=${this.link} /></label>`
        : nothing}
      <div>${status}${undo}</div>
      ${table.missing.length ? html`<p part="empty">${t('compareMissing', { count: table.missing.length })}</p>` : nothing}
      ${empty ? html`<p part="empty" class="empty" tabindex="-1">${empty}</p>` : nothing}
      ${count ? this.grid(memo) : nothing}
    </div>`;
  }

  private toolbar({ table }: Memo): TemplateResult {
    const { t } = this.format;
    const triage = this.triage.value;
    const eliminated = this.tray.value.filter((id) => own(triage, id) === 'eliminated').length;
    return html`<div part="toolbar" class="toolbar">
      <fieldset @change=${this.onView}>
        <legend>${t('compareView')}</legend>
        ${VIEWS.map((view) => html`<label><input type="radio" name="view" value=${view} .checked=${this.view === view} />${t(VIEW_LABELS[view])}</label>`)}
      </fieldset>
      <label><input type="checkbox" .checked=${this.separation} @change=${this.onSeparation} />${t('compareBySeparation')}</label>
      <label><input type="checkbox" .checked=${this.hideEliminated} @change=${this.onHide} />${t('compareHideEliminated', { count: eliminated })}</label>
      <label
        >${t('compareSortBy')}
        <select class="sort-key">
          ${guard([table, this.stage > 0], () =>
            [
              ['name', t('compareName')],
              ['price', t('comparePrice')],
              ['rating', t('compareRating')],
              ...table.groups.filter((group) => !group.summary).flatMap((group) => group.rows.map(({ def }) => [def.key, def.label])),
            ]
              // The attributes come after the first frame.
              .slice(0, this.stage > 0 ? undefined : 3)
              .map(([key, label]) => html`<option value=${key!}>${label}</option>`),
          )}
        </select></label
      >
      <label
        >${t('compareDirection')}
        <select class="sort-direction">
          <option value="ascending">${t('compareAscending')}</option>
          <option value="descending">${t('compareDescending')}</option>
        </select></label
      >
      <button @click=${this.sort}>${t('compareSort')}</button>
      <button @click=${this.exportCsv}>${t('compareExport')}</button>
      <button @click=${this.print}>${t('comparePrint')}</button>
      <button @click=${this.share}>${t('compareShare')}</button>
    </div>`;
  }

  private grid(memo: Memo): TemplateResult {
    const { table } = memo;
    this.stale = 0;
    const span = memo.keys.length + 1;
    let left = this.limit;
    const groups: Array<[CompareGroup, CompareRow[]]> = [];
    for (const group of table.groups) {
      if (left <= 0) break;
      groups.push([group, left >= group.rows.length ? group.rows : group.rows.slice(0, left)]);
      left -= group.rows.length;
    }
    return html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-labelledby="caption">
      <table part="table" role="table" aria-labelledby="caption">
        <caption id="caption" part="caption">${this.format.t('compareCaption', { count: memo.keys.length })}</caption>
        <thead role="rowgroup" @click=${this.onAction}>
          ${guard([memo, this.triage.value, this.stage], () => this.head(memo))}
        </thead>
        ${repeat(
          groups,
          ([group]) => groupKey(group),
          ([group, rows]) => this.group(memo, group, rows, span),
        )}
        ${this.limit >= table.rowCount ? guard([memo, this.notes.value], () => this.notesGroup(memo, span)) : nothing}
      </table>
    </div>`;
  }

  private head({ table, ref }: Memo): TemplateResult {
    const { t, price } = this.format;
    const triage = this.triage.value;
    const last = table.products.length - 1;
    // Guarded per column: a removal or a mark re-renders one column. The first frame holds the
    // first column headers only; the buttons (600 at 100 products) come in the task after.
    return html`<tr role="row">
        <td class="corner" role="cell"></td>
        ${repeat(
          table.products,
          (product) => product.id,
          (product, index) => {
            const mark = own(triage, product.id);
            const shown = this.stage > 0 || index < FIRST_COLUMNS;
            return guard([product, index === ref, mark, shown], () =>
              shown
                ? html`<th scope="col" role="columnheader" part="header" class=${index === ref ? 'ref' : ''}>
                    ${product.image ? html`<img part="image" src=${product.image} alt="" width="64" height="64" loading="lazy" decoding="async" />` : nothing}
                    ${product.url ? html`<a part="name" class="name" href=${product.url}>${product.name}</a>` : html`<span part="name" class="name">${product.name}</span>`}
                    <span part="price">${product.price ? price(product.price) : t('notSpecified')}</span>
                    ${index === ref ? html`<span part="tag" class="tag">${t('compareReference')}</span>` : nothing}
                    ${mark ? html`<span part="tag" class="tag">${t(mark === 'shortlisted' ? 'compareShortlisted' : 'compareEliminated')}</span>` : nothing}
                  </th>`
                : html`<th scope="col" role="columnheader" part="header"></th>`,
            );
          },
        )}
      </tr>
      <tr class="actions" role="row">
        <th scope="row" role="rowheader" class="corner">${t('compareActions')}</th>
        ${repeat(
          table.products,
          (product) => product.id,
          ({ id, name }, index) => {
            const mark = own(triage, id);
            // Half of them per task.
            const ready = this.stage > 2 || (this.stage > 1 && index < 50);
            return guard(
              [name, index === 0, index === last, index === ref, mark, ready],
              () =>
                html`<td part="actions" role="cell" data-id=${id}>
                  ${ready
                    ? html`<button data-action="left" aria-label=${t('compareMoveLeft', { name })} aria-disabled=${index === 0 ? 'true' : nothing}>←</button
                        ><button data-action="right" aria-label=${t('compareMoveRight', { name })} aria-disabled=${index === last ? 'true' : nothing}>→</button
                        ><button data-action="pin" aria-label=${t('comparePin', { name })} aria-pressed=${index === ref ? 'true' : 'false'}>◎</button
                        ><button data-action="shortlisted" aria-label=${t('compareShortlist', { name })} aria-pressed=${mark === 'shortlisted' ? 'true' : 'false'}>✓</button
                        ><button data-action="eliminated" aria-label=${t('compareEliminate', { name })} aria-pressed=${mark === 'eliminated' ? 'true' : 'false'}>⊘</button
                        ><button data-action="remove" aria-label=${t('compareRemove', { name })}>✕</button>`
                    : nothing}
                </td>`,
            );
          },
        )}
      </tr>`;
  }


  private group(memo: Memo, group: CompareGroup, rows: CompareRow[], span: number): TemplateResult {
    const { t } = this.format;
    const key = groupKey(group);
    const closed = this.collapsed.has(key);
    const differs = group.rows.some((row) => row.differs);
    const same = group.rows.some((row) => !row.differs);
    return html`<tbody part="group" role="rowgroup" class="${closed ? 'closed' : ''}${differs ? '' : ' no-d'}${same ? '' : ' no-s'}">
      <tr class="head" role="row">
        <th scope="rowgroup" role="rowheader" colspan=${span} aria-colspan=${span}>
          <button class="toggle" part="group-toggle" aria-expanded=${closed ? 'false' : 'true'} data-group=${key} @click=${this.onToggle}>
            ${group.summary ? t('compareSummary') : (group.label ?? t('compareOther'))}
          </button>
        </th>
      </tr>
      ${repeat(
        rows,
        (row) => row.def.key,
        (row) => {
          const key = (group.summary ? '\u0000' : '') + row.def.key;
          // A row out of view keeps its old content for a moment: later tasks bring it up to date.
          let shown = this.shown.get(key);
          if (!shown || !this.offscreen.has(key) || (shown[0] !== row && this.fresh-- > 0)) this.shown.set(key, (shown = [row, memo]));
          else if (shown[0] !== row) this.stale++;
          const [current, of] = shown;
          return guard([current], () => this.row(of, current, key));
        },
      )}
    </tbody>`;
  }

  private row({ keys, ref, table }: Memo, row: CompareRow, key: string): TemplateResult {
    const { def } = row;
    const format = this.format;
    const best = html` <span part="best" class="best" data-icon="★ ">${format.t('compareBest')}</span>`;
    // Formatted values by product: a removed column or a new reference re-renders the row, not the formatting.
    let texts = this.texts.get(key);
    if (!texts) this.texts.set(key, (texts = new Map()));
    return html`<tr role="row" class=${row.differs ? 'd' : 's'} data-key=${key}>
      <th scope="row" role="rowheader" part="label">${def.label}</th>
      ${repeat(
        row.cells,
        (_cell, index) => keys[index],
        ({ value, best: top, delta, sameAsReference }, index) => {
          const product = table.products[index]!;
          let text = texts.get(product);
          if (text === undefined) texts.set(product, (text = formatAttribute(format, def, value)));
          let difference: string | undefined;
          if (ref >= 0 && index !== ref && value !== undefined) {
            difference = sameAsReference ? format.t('compareSame') : delta === undefined ? undefined : formatDelta(format, def, delta, def.type === 'money' ? (value as Money).currency : undefined);
          }
          return html`<td part="cell" role="cell" class="${value === undefined ? 'ns' : top ? 'top' : ''}${index === ref ? ' ref' : ''}">${text}${top ? best : nothing}${difference ? html`<span part="delta" class="delta">${difference}</span>` : nothing}</td>`;
        },
      )}
    </tr>`;
  }

  private notesGroup({ table }: Memo, span: number): TemplateResult {
    const { t } = this.format;
    const notes = this.notes.value;
    return html`<tbody part="group" role="rowgroup" class="notes" @input=${this.onNoteInput} @change=${this.onNoteChange}>
      <tr class="head" role="row">
        <th scope="rowgroup" role="rowheader" colspan=${span} aria-colspan=${span}><span class="heading">${t('compareNotes')}</span></th>
      </tr>
      <tr role="row">
        <th scope="row" role="rowheader" part="label">${t('compareNote')}</th>
        ${repeat(
          table.products,
          (product) => product.id,
          ({ id, name }) => {
            const value = this.drafts.get(id) ?? own(notes, id) ?? '';
            return guard(
              [name, value],
              () =>
                html`<td part="cell" role="cell">
                  <textarea part="note" data-id=${id} rows="3" maxlength="2000" aria-label=${t('compareNoteOn', { name })} .value=${value}></textarea>
                </td>`,
            );
          },
        )}
      </tr>
    </tbody>`;
  }

  private prompt() {
    const question = this.question;
    if (!question) return nothing;
    const { t } = this.format;
    return html`<dialog class="prompt" part="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-text" @close=${this.onAnswer}>
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
    const dialog = this.dialog;
    const count = this.current?.keys.length ?? 0;
    if (dialog && this.opened && !dialog.open) {
      dialog.showModal();
      root.querySelector<HTMLElement>('.close')?.focus();
      this.tell('open', { mode: 'dialog', count });
    }
    if (!this.modal && !this.announced && count) {
      this.announced = true;
      this.tell('open', { mode: 'inline', count });
    }
    const prompt = root.querySelector<HTMLDialogElement>('dialog.prompt');
    // Its autofocus button takes the focus.
    if (prompt && !prompt.open) prompt.showModal();
    if (this.focusNext) {
      const { id, index, action } = this.focusNext;
      this.focusNext = undefined;
      const cells = [...root.querySelectorAll<HTMLElement>('td[data-id]')];
      const cell = cells.find((candidate) => candidate.dataset.id === id) ?? cells[Math.min(index, cells.length - 1)];
      const target = cell?.querySelector<HTMLElement>(`[data-action=${action}]`) ?? root.querySelector<HTMLElement>('.empty, .scroller');
      if (target && root.activeElement !== target) target.focus();
    }
    const table = this.current?.table;
    this.fresh = 0;
    if (table) this.watchRows();
    if (table && (this.stage < 3 || this.limit < table.rowCount || this.stale > 0)) this.slice();
    else this.finishFilling();
  }

  /** Renders the next rows in a later task, after the browser has painted. */
  private slice() {
    if (!this.filling) {
      let resolve!: () => void;
      const done = new Promise<void>((settle) => (resolve = settle));
      this.filling = { done, resolve };
    }
    if (this.slicing) return;
    this.slicing = true;
    const next = () =>
      setTimeout(() => {
        this.slicing = false;
        if (!this.isConnected || !this.current) return this.finishFilling();
        const rows = Math.max(1, Math.floor(SLICE / Math.max(1, this.current.keys.length)));
        if (this.stage < 3) this.stage++;
        else if (this.stale > 0) this.fresh = rows;
        else this.limit += rows;
        this.requestUpdate();
      });
    // After the next frame; without frames (a hidden page) soon anyway.
    let started = false;
    const once = () => {
      if (!started) next();
      started = true;
    };
    requestAnimationFrame(once);
    setTimeout(once, 100);
  }

  private finishFilling() {
    this.filling?.resolve();
    this.filling = undefined;
  }

  /** Tells `shortlist.on` listeners (`compare-…`) and DOM listeners (`shortlist-compare-…`). */
  private tell(type: 'open' | 'export' | 'share', detail: ShortlistCompareEventInit & { count: number }) {
    const { url, ...facts } = detail;
    this.shortlist?.announce(`compare-${type}`, facts as never);
    this.dispatchEvent(new ShortlistCompareEvent(type, detail));
  }


  private onClose() {
    this.saveNotes();
    this.opened = false;
    this.limit = 0;
    this.stage = 0;
    this.link = '';
    this.message = '';
    this.undo = undefined;
    const target = this.returnTo;
    this.returnTo = undefined;
    if (target?.isConnected) target.focus();
    this.dispatchEvent(new ShortlistCompareEvent('close'));
  }

  /** Keeps Tab and Shift+Tab inside the open dialog. */
  private onKeydown(event: KeyboardEvent) {
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

  private onAnswer(event: Event) {
    const choice = (event.currentTarget as HTMLDialogElement).returnValue;
    const question = this.question;
    this.question = undefined;
    question?.resolve(choice === 'replace' || choice === 'add' ? choice : 'keep');
  }

  /** Tracks which rows are far out of the scroll box's view (see `shown`). */
  private watchRows() {
    const scroller = this.renderRoot.querySelector('.scroller');
    if (!scroller) return;
    if (this.observer?.root !== scroller) {
      this.observer?.disconnect();
      this.observed = new WeakSet();
      this.observer = new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            const key = (target as HTMLElement).dataset.key!;
            if (isIntersecting) {
              this.offscreen.delete(key);
              // Coming into view while out of date: bring it up to date now.
              if (this.stale > 0) this.requestUpdate();
            } else this.offscreen.add(key);
          }
        },
        { root: scroller, rootMargin: '50% 0px' },
      );
    }
    for (const row of this.renderRoot.querySelectorAll<HTMLElement>('tr[data-key]')) {
      if (this.observed.has(row)) continue;
      this.observed.add(row);
      this.observer.observe(row);
    }
  }

  private onView(event: Event) {
    this.view = (event.target as HTMLInputElement).value as CompareView;
  }

  private onSeparation(event: Event) {
    this.bySeparation = (event.target as HTMLInputElement).checked;
  }

  private onHide(event: Event) {
    this.hideEliminated = (event.target as HTMLInputElement).checked;
  }

  private onToggle(event: Event) {
    const key = (event.currentTarget as HTMLElement).dataset.group!;
    const collapsed = new Set(this.collapsed);
    if (!collapsed.delete(key)) collapsed.add(key);
    this.collapsed = collapsed;
  }

  /** The column buttons, handled once for the whole header. */
  private onAction(event: Event) {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.closest<HTMLElement>('[data-id]')?.dataset.id;
    const shortlist = this.shortlist;
    const memo = this.current;
    if (!button || id === undefined || !shortlist || !memo || button.getAttribute('aria-disabled') === 'true') return;
    const action = button.dataset.action!;
    const { t } = this.format;
    const { keys, table } = memo;
    const index = keys.indexOf(id);
    const name = table.products[index]?.name ?? id;
    const mark = own(this.triage.value, id);
    if (action === 'remove' || (action === 'eliminated' && this.hideEliminated && mark !== 'eliminated')) {
      // The column goes: focus the same button of the next column first, while the layout is
      // still clean (after the update it would cost a second layout in this task).
      const next = keys[index + 1] ?? keys[index - 1];
      const target = next === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`td[data-id="${CSS.escape(next)}"] [data-action=${action}]`);
      if (target) target.focus();
      else this.focusNext = { id, index, action };
    } else {
      this.focusNext = { id, index, action };
    }
    if (action === 'left' || action === 'right') {
      // Next to the neighbouring column, which may not be next in the tray when eliminated products are hidden.
      const neighbour = keys[index + (action === 'left' ? -1 : 1)];
      if (neighbour === undefined) return;
      const moved = moveTo(this.tray.value, id, this.tray.value.indexOf(neighbour));
      if (moved) shortlist.setTray(moved);
      this.message = t('compareMoved', { name, position: index + (action === 'left' ? 0 : 2), count: keys.length });
    } else if (action === 'pin') {
      this.reference = this.reference === id ? undefined : id;
    } else if (action === 'remove') {
      shortlist.remove(id);
      this.message = t('compareRemoved', { name });
    } else {
      triageOf(shortlist).mark(id, mark === action ? undefined : (action as TriageMark));
    }
  }

  private onNoteInput(event: Event) {
    const field = event.target as HTMLTextAreaElement;
    const id = field.dataset.id!;
    this.drafts.set(id, field.value);
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => this.saveNote(id), 500),
    );
  }

  private onNoteChange(event: Event) {
    const id = (event.target as HTMLTextAreaElement).dataset.id!;
    this.saveNote(id);
    this.drafts.delete(id);
    this.requestUpdate();
  }

  private saveNote(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    const draft = this.drafts.get(id);
    const shortlist = this.shortlist;
    if (draft !== undefined && shortlist) notesOf(shortlist).setNote(id, draft);
  }

  private saveNotes() {
    for (const id of [...this.timers.keys()]) this.saveNote(id);
    this.drafts.clear();
  }

  private restore() {
    this.undo?.();
    this.notify(this.format.t('compareUndone'));
  }

  private sort() {
    const state = this.catalog.value;
    const shortlist = this.shortlist;
    const root = this.renderRoot;
    const key = root.querySelector<HTMLSelectElement>('.sort-key');
    const direction = root.querySelector<HTMLSelectElement>('.sort-direction');
    if (!shortlist || !state || !key || !direction) return;
    shortlist.setTray(sortByAttribute(state.catalog, this.tray.value, key.value, direction.value as SortDirection));
    this.message = this.format.t('compareSorted', { label: key.selectedOptions[0]?.text ?? key.value });
  }

  private exportCsv() {
    const state = this.catalog.value;
    const memo = this.current;
    if (!state || !memo) return;
    const { t } = this.format;
    const table = this.summarized(compareTable(state.catalog, memo.keys, this.options(this.view)));
    const csv = toCsv(table, this.format, {
      notes: this.notes.value,
      triage: this.triage.value,
      labels: {
        name: t('compareName'),
        brand: t('compareBrand'),
        price: t('comparePrice'),
        url: t('compareLink'),
        note: t('compareNote'),
        triage: t('compareStatus'),
        shortlisted: t('compareShortlisted'),
        eliminated: t('compareEliminated'),
      },
    });
    const file = csvFileName(new Date());
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = file;
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
    this.message = t('compareExported', { file });
    this.tell('export', { format: 'csv', count: memo.keys.length });
  }

  private async print() {
    const memo = this.current;
    if (!memo) return;
    // Every row, and (in a dialog opened by openComparison) nothing of the page behind it.
    this.limit = memo.table.rowCount;
    await this.updateComplete;
    let sheet: CSSStyleSheet | undefined;
    if (this.modal && this.parentElement === document.body) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync('@media print{body>:not(shortlist-compare[modal]){display:none!important}}');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    try {
      window.print();
    } finally {
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
    this.tell('export', { format: 'print', count: memo.keys.length });
  }

  private async share() {
    const shortlist = this.shortlist;
    if (!shortlist) return;
    const ids = [...this.tray.value];
    const triage = this.triage.value;
    const marked = (mark: TriageMark) => ids.filter((id) => own(triage, id) === mark);
    const url = shareUrl(location.href, {
      ids,
      reference: this.reference,
      view: this.view === 'all' ? undefined : this.view,
      eliminated: marked('eliminated'),
      shortlisted: marked('shortlisted'),
    });
    this.link = url;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Not allowed here (permissions, insecure context): the field shows the link.
    }
    this.message = this.format.t(copied ? 'compareCopied' : 'compareCopyManually');
    this.tell('share', { url, count: ids.length });
  }
}
