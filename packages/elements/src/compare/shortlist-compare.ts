import { defineElement } from '../internal/define.js';
import { ShortlistCompare } from './compare.js';

defineElement('shortlist-compare', ShortlistCompare);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-compare': ShortlistCompare;
  }
}

export { ShortlistCompare };
