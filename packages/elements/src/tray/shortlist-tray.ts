import { defineElement } from '../internal/define.js';
import { ShortlistTray } from './tray.js';

defineElement('shortlist-tray', ShortlistTray);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-tray': ShortlistTray;
  }
}

export { ShortlistTray };
