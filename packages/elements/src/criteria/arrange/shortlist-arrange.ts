import { defineElement } from '../../internal/define.js';
import { ShortlistArrange } from './arrange.js';

defineElement('shortlist-arrange', ShortlistArrange);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-arrange': ShortlistArrange;
  }
}

export { ShortlistArrange };
// Type-only: importing just this file types its events on every element and on `document`.
export type { ShortlistRankEvent } from './events.js';
