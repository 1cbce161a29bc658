/**
 * The criteria filter's declaration: its name and events, known page-wide before its code loads
 * (see `feature.ts`), and the types it adds to the centre's by declaration merging.
 */
import { declareFeature } from '../feature.js';

declare module '../errors.js' {
  interface ErrorCodes {
    /** A shopper's criterion is malformed or does not fit the catalog. */
    criteria: true;
  }
}

export const criteriaDeclaration = declareFeature({ name: 'criteria', events: [] });
