/**
 * The script-tag build. One `<script type="module" src="shortlist.js">` registers the
 * elements, reads the tag's `data-*` configuration and replays queued `shortlist(…)` calls.
 * A second copy on the page reuses the first one's instance and state. The views load on
 * first use: the tray's panel when it opens, the comparison when it opens or when the page
 * has an inline `<shortlist-compare>`, the share-link question when the address carries one.
 */
import { globalHandle } from '@shortlist/core';
import '@shortlist/elements/shortlist-compare-button.js';
import '@shortlist/elements/shortlist-tray.js';
import { start, type CommandFunction } from './commands.js';
import { findOwnScript, readScriptConfig } from './script-config.js';

declare global {
  interface Window {
    shortlist?: CommandFunction;
  }
}

const handle = globalHandle();
const existing = handle.$instance.get();
// Another copy already started and replaced the queue stub: nothing is queued for us, and
// that copy loads the views this page needs.
if (!existing || window.shortlist?.q) {
  start(readScriptConfig(findOwnScript(import.meta.url)), existing, window);
  void import('./views.js').then(({ loadPageViews }) => loadPageViews());
}
