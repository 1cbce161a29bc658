/**
 * The criteria filter, headless: the shopper's criteria (must-haves, nice-to-haves,
 * importance), read from untrusted input and ranked over the catalog, with a fit score,
 * a status and the reasons for every product, near misses, relax suggestions, and the counts
 * controls show. `@shortlist/core/criteria`; see docs/criteria.md.
 *
 * ```ts
 * const engine = new CriteriaEngine(catalog);
 * const ranking = engine.rank([{ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg', requirement: 'must', importance: 'normal' }]);
 * ranking.ids(0, 20); ranking.passing; ranking.explain(ranking.order[0]!);
 * ```
 *
 * @packageDocumentation
 */
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
export type { FitStatus } from './combine.js';
export type { Explanation, Outcome } from './explain.js';
export type { NearMiss, Relaxation } from './relax.js';
export type { FacetCount, Distribution, DistributionOptions } from './counts.js';
export { criteriaMessages } from './messages.js';
