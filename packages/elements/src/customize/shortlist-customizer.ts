import { defineElement } from '../internal/define.js';
import { ShortlistCustomizer } from './customizer.js';

defineElement('shortlist-customizer', ShortlistCustomizer);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-customizer': ShortlistCustomizer;
  }
}

export { ShortlistCustomizer };
