/**
 * `@shortlist/core/criteria`: the criteria filter, headless. The shopper's own criteria
 * (must-haves, nice-to-haves, importance), kept in shopping contexts seeded from the brand's
 * personas, ranked over the catalog with a fit score, a status and the reasons for every
 * product, near misses and relax suggestions. `createCriteria(shortlist, category)` is the
 * connector a view renders, `createFilter(shortlist, category)` the filter's controls; `CriteriaEngine` ranks any catalog on its own. Importing this
 * module declares the feature. See docs/criteria.md.
 *
 * ```ts
 * const criteria = createCriteria(shortlist, 'laptops');
 * criteria.pick('business-traveller');
 * createFilter(shortlist, 'laptops').$controls.subscribe((view) => view && render(view.passing, view.ranking.ids(0, 20)));
 * ```
 *
 * @packageDocumentation
 */
export { criteriaDeclaration, fitOf, CRITERIA_PARAM, type Fit, type Reason } from './declaration.js';
export { criteriaFeature, criteriaOf, createCriteria, type CriteriaFeature } from './feature.js';
export type { CriteriaConnector, CriteriaParts, ContextView, ContextEntry } from './connector.js';
export { createFilter, type CriteriaFilter, type ControlsView } from './filter/filter.js';
export type { CriteriaContext, Contexts, ActiveContexts, ContextsState } from './contexts.js';
export type { Rankings } from './rankings.js';
export { checkCriteria, type CriteriaConfig, type Persona } from './config.js';
export { controlsOf, rangeCriterion, toggledCriterion, type Control, type RangeControl, type ChoicesControl, type YesNoControl, type RatingControl, type UnusableControl } from './filter/controls.js';
export { criterionFor } from './suggest.js';
export { labelOf, valueText, criterionText, explanationText, badgeText } from './wording.js';
export { encodeCriteria, decodeCriteria, withCriteria, adoptContexts } from './share/share.js';
export {
  OPERATORS,
  IMPORTANCE_WEIGHTS,
  readCriterion,
  readCriteria,
  type Criterion,
  type CriterionOperator,
  type Requirement,
  type Importance,
  type BoundCriterion,
  type RangeCriterion,
  type EqualsCriterion,
  type ChoiceCriterion,
  type HasCriterion,
  type ReadCriteria,
} from './criterion.js';
export { CriteriaEngine, Ranking, type CriterionProblem } from './ranking.js';
export { attributeDef, productValue } from './columns.js';
export type { FitStatus } from './combine.js';
export type { Explanation, Outcome } from './explain.js';
export { nearMisses, relaxations, relaxText, type NearMiss, type Relaxation } from './filter/relax.js';
export type { FacetCount, Distribution, DistributionOptions } from './counts.js';
export { criteriaMessages } from './messages.js';
