/** Every feature of the script-tag build, found in the folders by the build (`scripts/features.mjs`): its declaration, its tags' loaders, its start. */
declare module 'shortlist:features' {
  import type { FeatureEntry } from './autoload.js';

  export const features: readonly FeatureEntry[];
}
