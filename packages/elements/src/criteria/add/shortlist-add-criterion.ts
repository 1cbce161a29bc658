import { defineElement } from '../../internal/define.js';
import { ShortlistAddCriterion } from './add-criterion.js';

defineElement('shortlist-add-criterion', ShortlistAddCriterion);

declare global {
  interface HTMLElementTagNameMap {
    'shortlist-add-criterion': ShortlistAddCriterion;
  }
}

export { ShortlistAddCriterion };
