/**
 * The page-wide handle. Two copies of the SDK on one page (a theme and an app both bundling
 * it) find the same handle on `globalThis`, so they share one instance, one state and one list
 * of declared features.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { FeatureDeclaration } from './feature.js';
import type { Shortlist } from './shortlist.js';
import { VERSION } from './version.js';

export interface GlobalHandle {
  /** Version of the copy that created the handle. */
  readonly version: string;
  /** The page's Shortlist instance, once one is created. Elements subscribe to it. */
  readonly $instance: WritableAtom<Shortlist | undefined>;
  /** The features declared on this page, by name (see `declareFeature`); made with the first. */
  features?: Map<string, FeatureDeclaration>;
}

const KEY = Symbol.for('shortlist.global');

export function globalHandle(): GlobalHandle {
  const scope = globalThis as typeof globalThis & { [KEY]?: GlobalHandle };
  return (scope[KEY] ??= { version: VERSION, $instance: atom<Shortlist | undefined>(undefined) });
}
