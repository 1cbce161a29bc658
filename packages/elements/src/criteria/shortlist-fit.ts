import { defineElement } from '../internal/define.js';
import { ShortlistFit } from './fit.js';

defineElement('shortlist-fit', ShortlistFit);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-fit': ShortlistFit;
  }
}

export { ShortlistFit };
