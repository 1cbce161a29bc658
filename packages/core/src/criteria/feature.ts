/**
 * The criteria filter as a feature: its configuration section (personas, attributes offered),
 * copy and events; the shopper's contexts, persisted with the record; the rankings the views
 * show; and the fit the tray and the comparison show (`fitOf` in the declaration).
 */
import { defineFeature } from '../define-feature.js';
import type { Shortlist } from '../shortlist.js';
import { checkCriteria } from './config.js';
import { createConnector, type CriteriaConnector, type CriteriaParts } from './connector.js';
import { createContexts } from './contexts.js';
import { criteriaDeclaration, fitOf } from './declaration.js';
import { makeFit } from './fit.js';
import { criteriaMessages } from './messages.js';
import { createRankings } from './rankings.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/** What the criteria filter adds to an instance. */
export interface CriteriaFeature extends CriteriaParts {
  /** The connector of a category (`''`: the whole catalog), made once per instance. */
  connector(category: string): CriteriaConnector;
}

export const criteriaFeature = defineFeature({
  ...criteriaDeclaration,
  config: checkCriteria,
  messages: criteriaMessages,
  setup(shortlist, config): CriteriaFeature {
    const contexts = createContexts(shortlist);
    const parts = { config, contexts, rankings: createRankings(shortlist, contexts), share: () => shortlist.load('criteria-share', () => import('./share/share.js')) };
    const connectors = new Map<string, CriteriaConnector>();
    const connector = (category: string) => {
      return getOrInsertComputed(connectors, category, () => createConnector(shortlist, parts, category));
    };
    parts.rankings.$rankings.subscribe((rankings) => fitOf(shortlist).set(makeFit(shortlist, parts, connector, rankings)));
    return { ...parts, connector };
  },
});

/** The criteria filter's part of the instance, registered on first use. */
export const criteriaOf = (shortlist: Shortlist): CriteriaFeature => shortlist.use(criteriaFeature);

/** The connector of the shopper's criteria for a category's products (`''`, the default: the whole catalog). */
export const createCriteria = (shortlist: Shortlist, category = ''): CriteriaConnector => criteriaOf(shortlist).connector(category);
