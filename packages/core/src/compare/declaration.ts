/**
 * The comparison's declaration: its name and events, known page-wide before its code loads
 * (see `feature.ts`), and its event types, added to the centre's by declaration merging.
 */
import { declareFeature } from '../feature.js';
import type { TriageMark } from './triage.js';

/** The query parameter of share links (`?shortlist=…`). */
export const SHARE_PARAM = 'shortlist';

declare module '../events.js' {
  interface ShortlistEventMap {
    'note-change': { id: string; note: string };
    /** The shopper shortlisted or eliminated a product (`mark` undefined: unmarked). */
    'triage-change': { id: string; mark?: TriageMark };
    /** The comparison was opened, as a dialog or inline; `count` products in it. */
    'compare-open': { count: number; mode: 'dialog' | 'inline' };
    /** The shopper exported the comparison (CSV) or printed it. */
    'compare-export': { count: number; format: 'csv' | 'print' };
    /** The shopper made a share link (the link holds product ids only, nothing personal). */
    'compare-share': { count: number };
  }
}

export const compareDeclaration = declareFeature({
  name: 'compare',
  events: ['note-change', 'triage-change', 'compare-open', 'compare-export', 'compare-share'],
  // A share link in the address opens the comparison at once.
  wanted: () => new URLSearchParams(globalThis.location?.search).has(SHARE_PARAM),
});
