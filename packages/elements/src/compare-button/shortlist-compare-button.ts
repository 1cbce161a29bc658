import { defineElement } from '../internal/define.js';
import { ShortlistCompareButton } from './compare-button.js';

defineElement('shortlist-compare-button', ShortlistCompareButton);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-compare-button': ShortlistCompareButton;
  }
}

export { ShortlistCompareButton };
// Type-only: importing just this file types its events on every element and on `document`.
export type { ShortlistChangeEvent } from '../internal/events.js';
