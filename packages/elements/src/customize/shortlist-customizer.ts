import { defineElement } from '../internal/define.js';
import { ShortlistCustomizer } from './customizer.js';

defineElement('shortlist-customizer', ShortlistCustomizer);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-customizer': ShortlistCustomizer;
  }
}

export { ShortlistCustomizer };
// Type-only: importing just this file types its events on every element and on `document`.
export type { ShortlistConfigureEvent } from './events.js';
