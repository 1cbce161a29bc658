/**
 * Starts Shortlist on a page from the script tag: registers the elements every page shows
 * (compare button, tray), reads the tag's `data-*` configuration and replays queued
 * `shortlist(…)` calls. A second copy on the page reuses the first one's instance and state.
 * Right after start-up, every feature is declared and its code loads on first use
 * (`autoload.ts`): when one of its tags appears in the page, or when the page needs it at once.
 */
import { declareFeatureNames, globalHandle } from '@shortlist/core';
import { featureNames } from 'shortlist:feature-names';
import '@shortlist/elements/shortlist-compare-button.js';
import '@shortlist/elements/shortlist-tray.js';
import { start, type CommandFunction } from './commands.js';
import { findOwnScript, readScriptConfig } from './script-config.js';

declare global {
  interface Window {
    shortlist?: CommandFunction;
  }
}

/** Starts Shortlist for the script whose URL is `scriptUrl` (its tag holds the `data-*` configuration). */
export function boot(scriptUrl: string): void {
  const existing = globalHandle().$instance.get();
  // Another copy already started and replaced the queue stub: nothing is queued for us, and
  // that copy loads what this page needs.
  if (existing && !window.shortlist?.q) return;
  // Their sections of the configuration are accepted now; their declarations load with the autoloader.
  declareFeatureNames(featureNames);
  const shortlist = start(readScriptConfig(findOwnScript(scriptUrl)), existing, window);
  void shortlist.load('deferred', () => import('./autoload.js')).then(({ autoload, features }) => autoload(shortlist, features), () => {});
}
