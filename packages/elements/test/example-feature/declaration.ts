/**
 * A tiny feature that exists only in the tests: it plugs into Shortlist purely through the
 * feature contract (docs/architecture.md, "Adding a feature"). Its core part: declaration,
 * events, configuration section, copy, persisted state and a product source.
 */
import { declareFeature } from '@shortlist/core';

declare module '@shortlist/core' {
  interface ShortlistEventMap {
    /** The shopper pinged a product. */
    'example-ping': { id: string; count: number };
  }
  interface ShortlistConfig {
    example?: ExampleConfig;
  }
}

export interface ExampleConfig {
  /** Who the element greets. */
  greeting?: string;
}

export const exampleDeclaration = declareFeature({ name: 'example', events: ['example-ping'] });
