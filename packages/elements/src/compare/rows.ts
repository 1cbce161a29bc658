/**
 * The attribute rows of the comparison, group by group. At 100 products a change can touch
 * 5,000 cells, so a row far out of the scroll box's view keeps its old content for a moment
 * (`stale`) and later tasks bring it up to date (`fresh`); values are formatted once per
 * product lookup.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Formatter, Money, Product, ProductLookup } from '@shortlist/core';
import { getOrInsertComputed } from '@shortlist/core';
import { formatAttribute, formatDelta } from '@shortlist/core/catalog';
import { groupKey, type CompareGroup, type CompareRow, type Comparison } from '@shortlist/core/compare';
import type { Fit } from '@shortlist/core/criteria';
import { fitAdd, fitMark } from './fit.js';

export interface RowsContext {
  format: Formatter;
  /** Keys of the collapsed groups. */
  collapsed: ReadonlySet<string>;
  /** Toggles the group named by the button's `data-group`. */
  onToggle(event: Event): void;
  /** The shopper's criteria, while the criteria filter runs (see `fit.ts`). */
  fit?: Fit;
}

export class CompareRows implements ReactiveController {
  /** Out-of-date rows left for later by the last render. */
  stale = 0;
  /** How many out-of-date rows the next render may bring up to date. */
  fresh = 0;
  readonly #host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };
  /** Formatted values by row key and product, for `#products`. */
  #texts = new Map<string, Map<Product, string>>();
  #products?: ProductLookup;
  /** The row rendered for each row key (with its comparison and columns), and the keys of rows far out of view. */
  readonly #shown = new Map<string, [CompareRow, Comparison, readonly number[]]>();
  readonly #offscreen = new Set<string>();
  #observer?: IntersectionObserver;

  constructor(host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    this.#host = host;
    host.addController(this);
  }

  /** The first `limit` rows, in their groups, with the cells of the columns at `indices`. */
  render(comparison: Comparison, indices: readonly number[], limit: number, context: RowsContext): TemplateResult {
    if (comparison.products !== this.#products) this.#texts = new Map();
    this.#products = comparison.products;
    this.stale = 0;
    const span = indices.length + 1;
    const groups: Array<[CompareGroup, CompareRow[]]> = [];
    let left = limit;
    for (const group of comparison.table.groups) {
      if (left <= 0) break;
      groups.push([group, group.rows.slice(0, left)]);
      left -= group.rows.length;
    }
    return html`${repeat(
      groups,
      ([group]) => groupKey(group),
      ([group, rows]) => this.#group(comparison, indices, group, rows, span, context),
    )}`;
  }

  /** No table in the DOM: nothing is shown or out of view. */
  clear(): void {
    this.#shown.clear();
    this.#offscreen.clear();
  }

  hostUpdated(): void {
    this.fresh = 0;
    this.#watch();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #group(comparison: Comparison, indices: readonly number[], group: CompareGroup, rows: CompareRow[], span: number, { format, collapsed, onToggle, fit }: RowsContext): TemplateResult {
    const { t } = format;
    const key = groupKey(group);
    const closed = collapsed.has(key);
    const differs = group.rows.some((row) => row.differs);
    const same = group.rows.some((row) => !row.differs);
    return html`<tbody part="group" role="rowgroup" class="${closed ? 'closed' : ''}${differs ? '' : ' no-d'}${same ? '' : ' no-s'}">
      <tr class="head" role="row">
        <th scope="rowgroup" role="rowheader" colspan=${span} aria-colspan=${span}>
          <button class="toggle" part="group-toggle" aria-expanded=${!closed} data-group=${key} @click=${onToggle}>
            ${group.summary ? t('compareSummary') : (group.label ?? t('compareOther'))}
          </button>
        </th>
      </tr>
      ${repeat(
        rows,
        (row) => row.def.key,
        (row) => {
          const key = (group.summary ? '\u0000' : '') + row.def.key;
          let shown = this.#shown.get(key);
          const changed = shown?.[0] !== row || shown[2] !== indices;
          if (!shown || !this.#offscreen.has(key) || (changed && this.fresh-- > 0)) this.#shown.set(key, (shown = [row, comparison, indices]));
          else if (changed) this.stale++;
          const [current, of, columns] = shown;
          // A change of criteria re-renders the rows they judge; the others only need to know whether there are criteria.
          return guard([current, columns, fit?.attributes.has(current.def.key) ? fit : !!fit], () => this.#row(of, columns, current, key, format, fit));
        },
      )}
    </tbody>`;
  }

  #row({ keys, ref, table }: Comparison, indices: readonly number[], row: CompareRow, key: string, format: Formatter, fit?: Fit): TemplateResult {
    const { def } = row;
    const best = html` <span part="best" class="best" data-icon="★ ">${format.t('compareBest')}</span>`;
    // A removed column or a new reference re-renders the row, not the formatting.
    const texts = getOrInsertComputed(this.#texts, key, () => new Map<Product, string>());
    return html`<tr role="row" class=${row.differs ? 'd' : 's'} data-key=${key}>
      <th scope="row" role="rowheader" part="label">${def.label}${fitAdd(fit, def.key, def.label, format)}</th>
      ${repeat(
        indices,
        (index) => keys[index],
        (index) => {
          const { value, best: top, delta, sameAsReference } = row.cells[index]!;
          const product = table.products[index]!;
          const text = getOrInsertComputed(texts, product, () => formatAttribute(format, def, value));
          let difference: string | undefined;
          if (ref >= 0 && index !== ref && value !== undefined) {
            difference = sameAsReference ? format.t('compareSame') : delta === undefined ? undefined : formatDelta(format, def, delta, def.type === 'money' ? (value as Money).currency : undefined);
          }
          return html`<td part="cell" role="cell" class="${value === undefined ? 'ns' : top ? 'top' : ''}${index === ref ? ' ref' : ''}">${text}${top ? best : nothing}${fitMark(fit, product.id, def.key)}${difference ? html`<span part="delta" class="delta">${difference}</span>` : nothing}</td>`;
        },
      )}
    </tr>`;
  }

  /** Tracks which rows are far out of the scroll box's view. */
  #watch(): void {
    const root = this.#host.renderRoot;
    const scroller = root.querySelector('.scroller');
    if (!scroller) return;
    if (this.#observer?.root !== scroller) {
      this.#observer?.disconnect();
      this.#observer = new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting } of entries) {
            const key = (target as HTMLElement).dataset.key!;
            if (isIntersecting) {
              this.#offscreen.delete(key);
              // Coming into view while out of date: bring it up to date now.
              if (this.stale > 0) this.#host.requestUpdate();
            } else this.#offscreen.add(key);
          }
        },
        { root: scroller, rootMargin: '50% 0px' },
      );
    }
    // The table's rows, not a search of its 7,000 elements, after every update. Observing a row
    // again does nothing: no need to track which are observed.
    for (const row of scroller.querySelector('table')?.rows ?? []) if (row.dataset.key) this.#observer.observe(row);
  }
}
