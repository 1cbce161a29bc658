/**
 * Loads the views a page needs as soon as it opens: its inline comparison, or the question a
 * share link asks. This module sits in the chunk that loads after start-up anyway, so a page
 * that needs neither pays nothing for the check.
 */
export function loadPageViews(): void {
  if (document.querySelector('shortlist-compare')) void import('@shortlist/elements/shortlist-compare.js');
  // The parameter is core's SHARE_PARAM, written out: importing it would bring the comparison's code.
  if (new URLSearchParams(location.search).has('shortlist')) {
    void import('@shortlist/elements/share-prompt.js').then(({ openSharedComparison }) => openSharedComparison());
  }
}
