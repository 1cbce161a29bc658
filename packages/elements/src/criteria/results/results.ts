import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { badgeText, explanationText, type Ranking } from '@shortlist/core/criteria';
import '../../compare-button/shortlist-compare-button.js';
import { Progressive } from '../../internal/progressive.js';
import { CriteriaElement } from '../base.js';
import { badge } from '../fit.js';
import { criteriaStyles, fitStyles } from '../styles.js';
import { resultsStyles } from './styles.js';

/** Rows rendered beyond each edge of the scroll box, so a quick scroll shows no gap. */
const OVERSCAN = 4;

/**
 * The category's products ranked by the shopper's criteria, best fit first, for stores that let
 * Shortlist render the listing: each row with its name, price, fit badge, first unmet criterion
 * and a compare button. Virtualized: rows have one height
 * (`--shortlist-results-row-height`), and only those in and near the scroll box are in the
 * page, so 10,000 products cost what 20 do. The rows are a list whose items say their position
 * (`aria-posinset`, `aria-setsize`).
 *
 * @tagname shortlist-results
 * @summary The ranked products, virtualized.
 *
 * @csspart summary - How many products, best fit first (labels the list).
 * @csspart scroller - The scroll box (focusable: arrow keys scroll it).
 * @csspart list - The list (`ol`).
 * @csspart item - One product.
 * @csspart image - Its image.
 * @csspart name - Its name, a link when it has a URL.
 * @csspart badge - Its fit.
 * @csspart reason - Its first unmet criterion.
 *
 * @cssproperty --shortlist-results-height - The scroll box's height. Default `32rem`.
 * @cssproperty --shortlist-results-row-height - Every row's height. Default `5.5rem`.
 * @cssproperty --shortlist-border - Borders of fieldsets and boxes. Default `#8a8a8a`.
 * @cssproperty --shortlist-divider - Lines between rows. Default `#d9d9d9`.
 * @cssproperty --shortlist-muted - Reasons. Default `#4d4d4d`.
 * @cssproperty --shortlist-fit-great - Colour of "Great fit". Default `#135c2b`.
 * @cssproperty --shortlist-fit-good - Colour of "Good fit". Default `#1d4f91`.
 * @cssproperty --shortlist-fit-weak - Colour of "Weak fit" and "Not enough information". Default `#5c4813`.
 * @cssproperty --shortlist-fit-fails - Colour of "Misses a must-have". Default `#9c1c1c`.
 */
export class ShortlistResults extends CriteriaElement {
  static override properties = { ...CriteriaElement.properties, first: { state: true } };
  static override styles = [...criteriaStyles, fitStyles, resultsStyles];

  /** The first row rendered (scrolled past, minus the overscan). */
  declare private first: number;

  readonly #ranking = this.watch((connector) => connector.$ranking, undefined);
  /** Per element, so no style attribute is needed: the space of the rows not rendered, above and below. */
  readonly #sheet = new CSSStyleSheet();
  #padding = '';
  #rowHeight = 0;
  #rows = 10;
  readonly #progressive = new Progressive(this);
  /** Whether a frame has passed since the first render with a ranking, so the rows may render. */
  #filled = false;

  constructor() {
    super();
    this.first = 0;
  }

  protected override firstUpdated(): void {
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  protected override render() {
    const ranking = this.#ranking.value;
    if (!ranking) return html`<p>${this.format.t('criteriaLoading')}</p>`;
    const size = ranking.order.length;
    const first = Math.min(this.first, Math.max(0, size - this.#rows));
    // The rows (each with a compare button to upgrade) follow the first render a frame later, in a task of their own.
    const last = this.#filled ? Math.min(size, first + this.#rows + 2 * OVERSCAN) : first;
    const padding = `ol{padding-block:${first * this.#rowHeight}px ${(size - last) * this.#rowHeight}px}`;
    // A new sheet restyles every row: only when the window moved.
    if (padding !== this.#padding) this.#sheet.replaceSync((this.#padding = padding));
    return html`<p part="summary" id="summary">${this.format.t('criteriaResults', { count: size })}</p>
      <div part="scroller" tabindex="0" role="region" aria-labelledby="summary" @scroll=${this.#onScroll}>
        <ol part="list" aria-labelledby="summary">
          ${repeat(ranking.ids(first, last), (id) => id, (id, offset) => this.#row(ranking, id, first + offset, size))}
        </ol>
      </div>`;
  }

  #row(ranking: Ranking, id: string, place: number, size: number) {
    const format = this.format;
    const product = this.shortlist?.product(id);
    const index = ranking.order[place]!;
    const status = ranking.status(index);
    const miss = ranking.explain(index).find(({ outcome }) => outcome !== 'met');
    const criterion = miss && ranking.criteria[miss.criterion]!;
    return html`<li part="item" aria-posinset=${place + 1} aria-setsize=${size}>
      ${product?.image ? html`<img part="image" src=${product.image} alt="" loading="lazy" />` : html`<span></span>`}
      <span>
        ${product?.url ? html`<a part="name" href=${product.url}>${product.name}</a>` : html`<span part="name">${product?.name ?? id}</span>`}
        ${product?.price ? format.price(product.price) : nothing}
        ${status === 'unrated' ? nothing : badge(status, badgeText(format, status, ranking.score(index)))}
        <span part="reason">${criterion ? explanationText(format, ranking.attribute(criterion.attribute)!, criterion, miss!) : nothing}</span>
      </span>
      <shortlist-compare-button product=${id}></shortlist-compare-button>
    </li>`;
  }

  #onScroll(event: Event) {
    const scroller = event.currentTarget as HTMLElement;
    this.first = Math.max(0, Math.floor(scroller.scrollTop / this.#rowHeight) - OVERSCAN);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector('[part~=scroller]');
    if (scroller) this.#resized.observe(scroller);
    if (!this.#ranking.value) return;
    if (this.#filled) this.#progressive.finish();
    else this.#progressive.schedule(() => (this.#filled = true));
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#progressive.complete(() => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resized.disconnect();
  }

  /**
   * Rows take their height from CSS: measured when the scroll box first shows and whenever its
   * size changes (a theme, the viewport), after layout, never forcing one while the shopper drags.
   */
  readonly #resized = new ResizeObserver(([entry]) => {
    const height = this.renderRoot.querySelector('li')?.getBoundingClientRect().height;
    if (!height) return;
    this.#rowHeight = height;
    this.#rows = Math.ceil(entry!.contentRect.height / height) + 1;
    this.requestUpdate();
  });
}
