/**
 * The script-tag build. One `<script type="module" src="shortlist.js">` registers the
 * elements, reads the tag's `data-*` configuration and replays queued `shortlist(…)` calls.
 * A second copy on the page reuses the first one's instance and state.
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
// Another copy already started and replaced the queue stub: nothing is queued for us.
if (!existing || window.shortlist?.q) {
  start(readScriptConfig(findOwnScript(import.meta.url)), existing, window);
}
