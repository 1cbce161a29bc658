import { defineElement } from '../internal/define.js';
import { ShortlistCompare } from './compare.js';

defineElement('shortlist-compare', ShortlistCompare);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-compare': ShortlistCompare;
  }
}

export { ShortlistCompare };
// Type-only: importing just this file types its events on every element and on `document`.
export type { ShortlistCompareEvent } from './events.js';
