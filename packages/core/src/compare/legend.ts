/** The comparison's legend of column buttons: shown until the shopper dismisses it, once for good. */
import { atom, type ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';

export interface LegendState {
  readonly $dismissed: ReadableAtom<boolean>;
  dismiss(): void;
}

/** Whether the legend was dismissed, persisted as the instance's `legend` slice. */
export function createLegend(shortlist: Shortlist): LegendState {
  const $dismissed = atom(false);
  shortlist.addState('legend', { store: $dismissed, read: (saved) => (typeof saved === 'boolean' ? saved : undefined), empty: false });
  return { $dismissed, dismiss: () => $dismissed.set(true) };
}
