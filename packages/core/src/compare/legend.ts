/** The comparison's legend of column buttons: shown until the shopper dismisses it, once for good. */
import { atom, type ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';

export interface LegendState {
  readonly $dismissed: ReadableAtom<boolean>;
  dismiss(): void;
}

/**
 * Whether the legend was dismissed, persisted as the instance's `legend` slice: one `dismissed`
 * entry once it is, so a dismissal in any tab holds in all of them.
 */
export function createLegend(shortlist: Shortlist): LegendState {
  const $dismissed = atom(false);
  shortlist.addState('legend', {
    store: $dismissed,
    entries: (dismissed) => (dismissed ? [['dismissed', true]] : []),
    value: (entries) => entries.length > 0,
    isEntry: (key, value) => key === 'dismissed' && value === true,
  });
  return { $dismissed, dismiss: () => $dismissed.set(true) };
}
