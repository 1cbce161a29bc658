/**
 * Loads each feature's code when the page needs it, so a page downloads only what it shows:
 * when one of its tags is in the page — at start-up, or inserted later by a single-page app (a
 * `MutationObserver`, as Shoelace's autoloader does) — or at once when its declaration says
 * the page wants it (a share link in the address, configured items in the tray), at start-up
 * or when the tray changes. A load that fails is reported (`error`,
 * naming the chunk), the page's elements of that tag show a notice with "Try again", and the
 * rest of the page keeps working.
 */
import type { FeatureDeclaration, Shortlist } from '@shortlist/core';
import { showLoadFailure } from './load-failure.js';

/** Every feature of the script-tag build, found in the folders by the build (`scripts/features.mjs`). */
export { features } from 'shortlist:features';

/** A feature of the script-tag build, as the build found it in the folders (`scripts/features.mjs`). */
export interface FeatureEntry {
  name: string;
  declaration?: FeatureDeclaration;
  /** Each tag's define module, and the chunk it is in (the feature's, or a part's: `criteria-filter`). */
  tags: Record<string, { chunk: string; load: () => Promise<unknown> }>;
  /** What the feature does when the page wants it at start-up. */
  start?: () => Promise<{ start(): unknown }>;
}

/** Starts loading features on demand, through `shortlist.load`; returns the function that stops watching the page. */
export function autoload(shortlist: Shortlist, features: readonly FeatureEntry[]): () => void {
  /** The tags not defined yet, and their features. */
  const waiting = new Map<string, FeatureEntry>();
  const wait = () => {
    for (const feature of features) for (const tag of Object.keys(feature.tags)) if (!customElements.get(tag)) waiting.set(tag, feature);
  };
  const load = (tag: string, feature: FeatureEntry) => {
    waiting.delete(tag);
    const { chunk, load: define } = feature.tags[tag]!;
    if (feature.declaration?.numbers) void shortlist.format.loadNumbers();
    shortlist.load(chunk, define).catch(() => {
      // Tried again when the shopper asks, or when the page inserts the tag again.
      waiting.set(tag, feature);
      for (const element of document.querySelectorAll(`${tag}:not(:defined)`)) showLoadFailure(element, shortlist.format, () => load(tag, feature));
    });
  };
  const discover = (root: Element | Document) => {
    for (const [tag, feature] of waiting) if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) load(tag, feature);
  };

  wait();
  discover(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

  // What a page wants at once can change with the tray (another tab, a shared list): asked again
  // when it changes, and each feature started once (again after a failed load).
  const started = new Set<FeatureEntry>();
  const startWanted = () => {
    for (const feature of features) {
      if (!feature.start || started.has(feature) || !feature.declaration?.wanted?.()) continue;
      started.add(feature);
      shortlist.load(feature.name, feature.start).then(({ start }) => start(), () => started.delete(feature));
    }
  };
  startWanted();
  const stopTray = shortlist.$tray.listen(startWanted);
  return () => {
    observer.disconnect();
    stopTray();
  };
}
