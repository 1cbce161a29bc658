import { defineElement } from '../internal/define.js';
import { ShortlistTray } from './tray.js';

defineElement('shortlist-tray', ShortlistTray);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-tray': ShortlistTray;
  }
}

export { ShortlistTray };
// Type-only (the panel's module, which dispatches it, loads on the first expand): importing
// just this file types the event on every element and on `document`.
export type { ShortlistOpenEvent } from './events.js';
