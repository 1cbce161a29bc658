import { defineElement } from '../../internal/define.js';
import { ShortlistCriteria } from './criteria.js';

defineElement('shortlist-criteria', ShortlistCriteria);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-criteria': ShortlistCriteria;
  }
}

export { ShortlistCriteria };
