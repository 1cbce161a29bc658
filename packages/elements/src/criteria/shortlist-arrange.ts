import { defineElement } from '../internal/define.js';
import { ShortlistArrange } from './arrange.js';

defineElement('shortlist-arrange', ShortlistArrange);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-arrange': ShortlistArrange;
  }
}

export { ShortlistArrange };
