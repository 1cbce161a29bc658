/**
 * Opens the comparison as a dialog. The tray loads this module on the shopper's first
 * "Compare" (`import('…/compare/open.js')`), so product pages never download the view.
 */
import type { ShortlistCompare } from './compare.js';
import './shortlist-compare.js';

/** The page's one `<shortlist-compare modal>`, created at the end of `<body>` when missing. */
export function comparisonDialog(): ShortlistCompare {
  let element = document.querySelector<ShortlistCompare>('shortlist-compare[modal]');
  if (!element) {
    element = document.createElement('shortlist-compare');
    element.modal = true;
    document.body.append(element);
  }
  return element;
}

/** The page's own inline `<shortlist-compare>` if it has one, otherwise the dialog. */
export function pageComparison(): ShortlistCompare {
  return document.querySelector<ShortlistCompare>('shortlist-compare:not([modal])') ?? comparisonDialog();
}

/**
 * Shows the comparison of the tray in a modal dialog. Focus moves into it, stays there until
 * it closes (Escape or its close button), then returns to `trigger`, or to the element that
 * had focus.
 */
export async function openComparison(trigger?: HTMLElement): Promise<void> {
  await comparisonDialog().show(trigger);
}
