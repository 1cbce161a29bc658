import { defineElement } from '../internal/define.js';
import { ShortlistCompareButton } from './compare-button.js';

defineElement('shortlist-compare-button', ShortlistCompareButton);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-compare-button': ShortlistCompareButton;
  }
}

export { ShortlistCompareButton };
