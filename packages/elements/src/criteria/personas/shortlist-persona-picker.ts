import { defineElement } from '../../internal/define.js';
import { ShortlistPersonaPicker } from './persona-picker.js';

defineElement('shortlist-persona-picker', ShortlistPersonaPicker);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-persona-picker': ShortlistPersonaPicker;
  }
}

export { ShortlistPersonaPicker };
