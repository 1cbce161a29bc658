/** What every Shortlist element shares: its version, the page's instance and base styles. */
import { VERSION, createFormatter, globalHandle, type Formatter, type Shortlist } from '@shortlist/core';
import { LitElement, css, type CSSResultGroup } from 'lit';

let fallbackFormat: Formatter | undefined;

export class ShortlistElement extends LitElement {
  /** Compared by the guarded define when two copies of Shortlist meet on one page. */
  static version = VERSION;

  static override styles: CSSResultGroup = css`
    :host {
      display: inline-block;
      box-sizing: border-box;
      font: var(--shortlist-font, inherit);
      color: var(--shortlist-color, inherit);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 2.25rem;
      min-inline-size: 2.25rem;
      padding: 0.375rem 0.75rem;
      border: 1px solid currentColor;
      border-radius: var(--shortlist-radius, 0.375rem);
      background: var(--shortlist-surface, #fff);
      font: inherit;
      cursor: pointer;
    }
    :focus-visible {
      outline: var(--shortlist-focus-width, 3px) solid var(--shortlist-focus-color, #1a5fd0);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  `;

  /** The page's Shortlist instance, once created. */
  protected get shortlist(): Shortlist | undefined {
    return globalHandle().$instance.get();
  }

  /** The instance's formatter; English copy until an instance exists, never raw message keys. */
  protected get format(): Formatter {
    return this.shortlist?.format ?? (fallbackFormat ??= createFormatter('en'));
  }
}
