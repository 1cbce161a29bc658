/** The example feature's element: it renders what the feature decides and forwards intent. */
import { html } from 'lit';
import { StoreController } from '../../src/internal/store-controller.js';
import { ShortlistView } from '../../src/internal/view.js';
import { defineElement } from '../../src/internal/define.js';
import { exampleFeature } from './feature.js';

/**
 * @tagname shortlist-example
 * @summary Greets the shopper and pings a product (tests only).
 */
export class ShortlistExample extends ShortlistView {
  static override properties = { product: {} };
  declare product: string;

  readonly #pings = new StoreController(this, (shortlist) => shortlist.use(exampleFeature).$pings, {});

  protected override render() {
    const feature = this.feature(exampleFeature);
    const { t } = this.format;
    const count = this.#pings.value[this.product] ?? 0;
    return html`<p part="base">${t('exampleHello', { name: feature?.config.greeting ?? 'shopper' })}</p>
      <button part="ping" @click=${() => feature?.ping(this.product)}>${t('examplePings', { count })}</button>`;
  }
}

defineElement('shortlist-example', ShortlistExample);
