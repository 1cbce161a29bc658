import { css, html } from 'lit';
import { ShortlistElement } from '../internal/base.js';
import { ShortlistOpenEvent } from '../internal/events.js';
import { StoreController } from '../internal/store-controller.js';

/**
 * The compare tray's badge: how many products the shopper is comparing, announced politely
 * to screen readers when it changes, and the way to open the comparison.
 *
 * @tagname shortlist-tray
 * @summary Count of products to compare; opens the comparison.
 *
 * @event shortlist-open - The shopper asked to open the comparison. Cancelable.
 *
 * @csspart base - The button.
 * @csspart label - The visible text.
 * @csspart count - The number badge.
 * @csspart status - The visually hidden live region that announces the count.
 *
 * @cssproperty --shortlist-accent - Colour of the count badge. Default `#1a5fd0`.
 * @cssproperty --shortlist-on-accent - Text colour on the badge. Default `#fff`.
 * @cssproperty --shortlist-radius - Corner radius. Default `0.375rem`.
 */
export class ShortlistTray extends ShortlistElement {
  static override styles = [
    ShortlistElement.styles,
    css`
      [part='base'] {
        color: inherit;
      }
      [part='count'] {
        min-inline-size: 1.5em;
        padding: 0 0.375em;
        border-radius: 1em;
        background: var(--shortlist-accent, #1a5fd0);
        color: var(--shortlist-on-accent, #fff);
        font-variant-numeric: tabular-nums;
        text-align: center;
      }
    `,
  ];

  private readonly tray = new StoreController(this, (shortlist) => shortlist.$tray, []);

  override render() {
    const count = this.tray.value.length;
    const { t, number } = this.format;
    // Announce only what an instance reports: nothing before the shopper's state is known.
    const summary = this.shortlist ? (count ? t('trayCount', { count }) : t('trayEmpty')) : '';
    return html`
      <button part="base" type="button" @click=${this.onClick}>
        <span part="label">${t('tray')}</span>
        <span part="count">${number(count)}</span>
      </button>
      <span part="status" class="visually-hidden" role="status">${summary}</span>
    `;
  }

  private onClick() {
    this.dispatchEvent(new ShortlistOpenEvent());
  }
}
