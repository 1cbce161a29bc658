import { defineElement } from '../internal/define.js';
import { ShortlistTrayPanel } from './tray-panel.js';

defineElement('shortlist-tray-panel', ShortlistTrayPanel);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-tray-panel': ShortlistTrayPanel;
  }
}

export { ShortlistTrayPanel };
