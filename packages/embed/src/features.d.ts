/** Modules the build makes from the folders (`scripts/features.mjs`). */

/** The names of the features, known at start-up (their declarations load after it). */
declare module 'shortlist:feature-names' {
  export const featureNames: readonly string[];
}

/** Every feature: its declaration, its tags' loaders, its start. */
declare module 'shortlist:features' {
  import type { FeatureEntry } from './autoload.js';

  export const features: readonly FeatureEntry[];
}
