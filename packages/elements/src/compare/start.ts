/** What the comparison does when a page starts with a share link in its address: opens it. That code loads then (`compare-share`). */
import { globalHandle } from '@shortlist/core';

export function start(): Promise<void> {
  const shortlist = globalHandle().$instance.get();
  // A failed load is reported (the `error` event names the chunk); the page goes on without the link.
  return shortlist
    ? shortlist.load('compare-share', () => import('./share/open-shared.js')).then(({ openSharedComparison }) => openSharedComparison(), () => {})
    : Promise.resolve();
}
