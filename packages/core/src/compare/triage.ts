/**
 * Triage: while sorting through many products the shopper shortlists some and eliminates
 * others. One mark per product id; an unmarked product has no entry.
 */
import type { ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';
import { byProductState, type ByProduct } from '../state/by-product.js';

export type TriageMark = 'shortlisted' | 'eliminated';

export type Triage = ByProduct<TriageMark>;

export interface TriageState {
  readonly $triage: ReadableAtom<Triage>;
  /** Sets or (with undefined) clears the mark, and announces `triage-change`. */
  mark(id: string, mark: TriageMark | undefined): void;
}

/** Triage marks, persisted as the instance's `triage` slice. */
export function createTriage(shortlist: Shortlist): TriageState {
  const { $values, set, slice } = byProductState((mark): mark is TriageMark => mark === 'shortlisted' || mark === 'eliminated');
  shortlist.addState('triage', slice);
  return {
    $triage: $values,
    mark(id, mark) {
      set(id, mark);
      shortlist.announce('triage-change', { id, mark });
    },
  };
}
