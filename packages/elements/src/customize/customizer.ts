import { globalHandle, type Shortlist } from '@shortlist/core';
import { createCustomizer, customizeFeature, describeChoice, linkedId, type CustomizerConnector, type CustomizerGroup, type CustomizerState, type ReadyCustomizer } from '@shortlist/core/customize';
import { css, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { ShortlistEditEvent } from '../internal/edit-link.js';
import { ShortlistView, viewStyles } from '../internal/view.js';
import { ShortlistConfigureEvent } from './events.js';

/**
 * Configures a product: each option with its control — swatches (a radio group: arrow keys
 * move), size buttons, a list, a text field checked as the shopper types, a slider with a
 * number field. Values that cannot be chosen stay visible, disabled, and every group lists
 * why under it. A live total in the product's currency, a preview (the variant's image, or
 * the chosen values' layers over the product's), a summary, "Add to compare" and "Share".
 *
 * Until its product is known, it shows its own content (what the page lists of the options,
 * say: also what shoppers without JavaScript see). It opens with the configuration a link holds (`?shortlist-configure=…`, made by "Share"),
 * else with the shopper's last configuration of the product. "Edit" in the tray or the
 * comparison opens a configured item of the product here.
 *
 * @tagname shortlist-customizer
 * @summary Configure a product: options with rules, price, preview, add to compare, share.
 *
 * @slot - Shown until the product is known: the options as the page lists them, for example.
 *
 * @event shortlist-configure - The shopper changed the configuration (`ShortlistConfigureEvent`: `complete`, `sku`, `selection`, `price`, `id`), for the store's own add-to-cart code. Never `complete` when incomplete or impossible.
 *
 * @csspart base - Everything: preview, options, summary, total, actions.
 * @csspart preview - The preview: the product's or variant's image (`image`) and the chosen values' layers (`layer`).
 * @csspart image - The preview's image.
 * @csspart layer - An image layered over it.
 * @csspart options - The options, a group each.
 * @csspart group - One option (`fieldset`); its name is the `legend` (`label`).
 * @csspart label - An option's name.
 * @csspart value - A value to choose: a swatch or a size button (`label` around a radio); with `checked` when chosen, `disabled` when it cannot be.
 * @csspart swatch - A value's colour or image.
 * @csspart delta - What a value adds to the price.
 * @csspart field - A list, text field, slider or number field.
 * @csspart unavailable - The list of what cannot be chosen in a group, and why.
 * @csspart problem - What is wrong with a group's value.
 * @csspart summary - The chosen options (`dl`).
 * @csspart total - The total price.
 * @csspart problems - Why the configuration is not complete yet.
 * @csspart actions - The buttons.
 * @csspart add - "Add to compare" (pressed when the configuration is in the comparison; "Save changes" while editing one).
 * @csspart share - "Share".
 * @csspart link - The field holding the link "Share" made.
 * @csspart status - The polite live region that says what the last action did.
 *
 * @cssproperty --shortlist-accent - Chosen values and the add button. Default `#1a5fd0`.
 * @cssproperty --shortlist-on-accent - Text on the accent. Default `#fff`.
 * @cssproperty --shortlist-border - Borders of values and fields. Default `#6b6b6b`.
 * @cssproperty --shortlist-muted - Reasons and secondary text. Default `#4d4d4d`.
 * @cssproperty --shortlist-danger - Problems. Default `#b3261e`.
 * @cssproperty --shortlist-radius - Corner radius. Default `0.375rem`.
 */
export class ShortlistCustomizer extends ShortlistView {
  static override properties = { product: {}, message: { state: true }, link: { state: true } };

  static override styles = [
    viewStyles,
    css`
      :host {
        display: block;
      }
      fieldset {
        margin: 0 0 1rem;
        padding: 0;
        border: 0;
        /* A product may have many groups of many values: those out of view are not laid out or painted at each change. */
        content-visibility: auto;
        contain-intrinsic-size: auto 8rem;
      }
      legend {
        font-weight: 600;
      }
      [part='preview'] {
        display: grid;
        max-inline-size: 24rem;
      }
      [part='preview'] img {
        grid-area: 1 / 1;
        inline-size: 100%;
        block-size: auto;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin-block: 0.5rem;
      }
      [part~='value'] {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
        min-block-size: 2.75rem;
        padding: 0.25rem 0.75rem;
        border: 1px solid var(--shortlist-border, #6b6b6b);
        border-radius: var(--shortlist-radius, 0.375rem);
      }
      [part~='checked'] {
        box-shadow: 0 0 0 2px var(--shortlist-accent, #1a5fd0);
      }
      [part~='disabled'] {
        border-style: dashed;
        color: var(--shortlist-muted, #4d4d4d);
        text-decoration: line-through;
      }
      [part~='value']:has(:focus-visible) {
        outline: var(--shortlist-focus-width, 3px) solid var(--shortlist-focus-color, #1a5fd0);
      }
      /* The label draws the radio: hidden in the flow, as a positioned or translucent input would be a layer of its own to lay out and paint at each change. */
      [part~='value'] input {
        appearance: none;
        inline-size: 1px;
        block-size: 1px;
        margin: 0;
        margin-inline-end: calc(-1px - 0.5rem);
        outline: 0;
      }
      [part='swatch'] {
        inline-size: 1.5rem;
        block-size: 1.5rem;
        border: 1px solid var(--shortlist-border, #6b6b6b);
        border-radius: 50%;
      }
      [part='delta'],
      [part='unavailable'] {
        color: var(--shortlist-muted, #4d4d4d);
        font-size: 0.875em;
      }
      [part='field'] {
        min-block-size: 2.25rem;
        font: inherit;
      }
      [part='problem'],
      [part='problems'] {
        color: var(--shortlist-danger, #b3261e);
      }
      [part='summary'] {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.25rem 1rem;
        overflow-wrap: anywhere;
      }
      dd {
        margin: 0;
      }
      [part='total'] {
        font-size: 1.25em;
        font-weight: 600;
      }
      [part='add'] {
        border-color: var(--shortlist-accent, #1a5fd0);
        background: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
      }
      [aria-disabled='true'] {
        opacity: 0.6;
      }
    `,
  ];

  /** The id of the product to configure. */
  declare product: string;
  private declare message: string;
  private declare link: string;

  /** The connector of the page's instance and this product: it decides what shows. */
  #connector?: { shortlist: Shortlist; product: string; customizer: CustomizerConnector };
  #state?: CustomizerState;
  #unsubscribe?: () => void;
  #stopInstance?: () => void;
  /** The swatch colours, as a stylesheet of their own: styles stay static (no inline styles under a strict CSP). */
  #swatches = new CSSStyleSheet();

  constructor() {
    super();
    this.message = this.link = '';
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('shortlist-edit', this.#onEdit);
    // An instance made after the element (or a new one) gets its own connector.
    this.#stopInstance = globalHandle().$instance.listen(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('shortlist-edit', this.#onEdit);
    this.#stopInstance?.();
    this.#unsubscribe?.();
    this.#connector = this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.feature(customizeFeature);
    const shortlist = this.shortlist;
    if (!shortlist || !this.product || (this.#connector?.shortlist === shortlist && this.#connector.product === this.product)) return;
    this.#unsubscribe?.();
    const customizer = createCustomizer(shortlist, this.product, linkedId(location.href));
    this.#connector = { shortlist, product: this.product, customizer };
    this.#unsubscribe = customizer.$state.subscribe((state) => {
      if (state.status === 'ready' && state.product !== (this.#state as ReadyCustomizer | undefined)?.product) this.#paintSwatches(state);
      this.#state = state;
      this.requestUpdate();
    });
  }

  protected override render() {
    const { t, price } = this.format;
    const state = this.#state;
    // Until its product is known, the element shows what the page put in it (the options as a list, say).
    if (state?.status !== 'ready') return state?.status === 'missing' ? html`<p part="base">${t('customizeUnconfigurable')}</p>` : html`<slot></slot>`;
    const { id, editing } = state;
    return html`<div part="base">
      <div part="preview">
        ${state.image ? html`<img part="image" src=${state.image} alt=${state.product!.name} />` : nothing}
        ${state.layers.map((layer) => html`<img part="layer" src=${layer} alt="" />`)}
      </div>
      <div part="options">${state.groups.map((group, index) => this.#group(group, index))}</div>
      <dl part="summary" aria-label=${t('customizeSummary')}>${state.summary.map(({ label, value }) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
      ${state.price ? html`<p part="total">${t('customizeTotal')} <output>${price(state.price)}</output></p>` : nothing}
      ${id ? nothing : html`<ul part="problems" id="problems">${state.problems.map((problem) => html`<li>${problem}</li>`)}</ul>`}
      <div part="actions" class="row">
        <button part="add" aria-pressed=${editing ? nothing : state.inTray} aria-disabled=${!id} aria-describedby=${id ? nothing : 'problems'} @click=${this.#toggle}>
          ${t(editing ? 'customizeSave' : 'customizeAdd')}
        </button>
        <button part="share" @click=${this.#share}>${t('customizeShare')}</button>
      </div>
      ${this.link ? html`<label part="link">${t('customizeLink')} <input readonly .value=${this.link} /></label>` : nothing}
      <p part="status" role="status">${this.message}</p>
    </div>`;
  }

  #group({ option, control, value, values, unavailable, problem }: CustomizerGroup, index: number) {
    const label = `label-${index}`;
    const shown = String(value ?? '');
    const choose = (event: Event) => {
      const { type, value: raw } = event.target as HTMLInputElement;
      this.#choose(option.key, raw === '' ? undefined : type === 'range' || type === 'number' ? Number(raw) : raw);
    };
    let field;
    if (option.kind === 'text') {
      field = html`<input part="field" aria-labelledby=${label} aria-invalid=${!!problem} .value=${shown} @input=${choose} />`;
    } else if (option.kind === 'number') {
      const { min, max, step } = option;
      const setting = value ?? option.default;
      field = html`<input part="field" type="range" aria-labelledby=${label} min=${min} max=${max} step=${step} .value=${String(setting)} aria-valuetext=${describeChoice(option, setting, this.format)} @input=${choose} />
        <input part="field" type="number" aria-labelledby=${label} aria-invalid=${!!problem} min=${min} max=${max} step=${step} .value=${shown} @change=${choose} />`;
    } else if (control === 'select') {
      field = html`<select part="field" aria-labelledby=${label} @change=${choose}>
        <option value="" ?selected=${value === undefined}>${this.format.t('customizeMissing', { option: option.label })}</option>
        ${values.map((entry) => html`<option value=${entry.value} ?disabled=${!entry.possible} ?selected=${entry.value === value}>${entry.label}${entry.delta ? ` (${entry.delta})` : ''}</option>`)}
      </select>`;
    } else {
      // A change leaves most values as they were: those are not rendered again (the option stands for what it shows of them).
      field = values.map((entry, valueIndex) =>
        guard(
          [option, entry.possible, entry.delta, entry.value === value],
          () => html`<label part="value${entry.value === value ? ' checked' : ''}${entry.possible ? '' : ' disabled'}">
            <input type="radio" name=${option.key} value=${entry.value} .checked=${entry.value === value} ?disabled=${!entry.possible} @change=${choose} />
            ${entry.image ? html`<img part="swatch" src=${entry.image} alt="" />` : entry.swatch ? html`<span part="swatch" data-swatch="${index}-${valueIndex}"></span>` : nothing}
            ${entry.label} ${entry.delta ? html`<span part="delta">${entry.delta}</span>` : nothing}
          </label>`,
        ),
      );
    }
    // The group's description, read as focus enters it: what is wrong, and why values cannot be chosen.
    // What comes and goes is in a div of its own: a child added to a fieldset or removed from it makes Chromium build the whole group's boxes anew.
    return html`<fieldset part="group" aria-describedby=${[problem && `problem-${index}`, unavailable.length && `why-${index}`].filter(Boolean).join(' ') || nothing}>
      <legend part="label" id=${label}>${option.label}</legend>
      <div>
        <div class="row">${field}</div>
        ${problem ? html`<p part="problem" id="problem-${index}">${problem}</p>` : nothing}
        ${unavailable.length ? html`<ul part="unavailable" id="why-${index}">${unavailable.map((line) => html`<li>${line}</li>`)}</ul>` : nothing}
      </div>
    </fieldset>`;
  }

  /** The swatch colours of the product's values (validated `#rgb` / `#rrggbb`), by group and value. */
  #paintSwatches(state: ReadyCustomizer) {
    const rules = state.groups.flatMap((group, index) => group.values.flatMap((entry, valueIndex) => (entry.swatch ? [`[data-swatch="${index}-${valueIndex}"]{background:${entry.swatch}}`] : [])));
    this.#swatches.replaceSync(rules.join(''));
    const root = this.renderRoot as ShadowRoot;
    if (!root.adoptedStyleSheets.includes(this.#swatches)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#swatches];
  }

  #choose(key: string, value: string | number | undefined) {
    this.#connector?.customizer.choose(key, value);
    this.#configured();
  }

  /** Tells the store's own code (add to cart) what is configured now. */
  #configured() {
    const customizer = this.#connector?.customizer;
    if (customizer) this.dispatchEvent(new ShortlistConfigureEvent(customizer.detail()));
  }

  #toggle() {
    // Incomplete: nothing to say, the problems the button points to say why.
    this.message = this.#connector?.customizer.toggle() ?? this.message;
  }

  async #share() {
    // The button shows only once the connector has the product.
    const url = this.#connector!.customizer.share();
    let copied = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Not allowed here (permissions, insecure context): the link shows in a field.
      copied = false;
    }
    this.link = url;
    this.message = this.format.t(copied ? 'customizeCopied' : 'customizeCopyManually');
  }

  /** "Edit" in the tray or the comparison, for a configured item of this product: open it here. */
  readonly #onEdit = (event: ShortlistEditEvent) => {
    if (!this.#connector?.customizer.open(event.productId)) return;
    event.preventDefault();
    this.#configured();
    this.scrollIntoView({ block: 'start' });
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('input:checked, select, input')?.focus({ preventScroll: true }));
  };
}
