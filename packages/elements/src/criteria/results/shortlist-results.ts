import { defineElement } from '../../internal/define.js';
import { ShortlistResults } from './results.js';

defineElement('shortlist-results', ShortlistResults);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-results': ShortlistResults;
  }
}

export { ShortlistResults };
