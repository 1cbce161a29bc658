/**
 * The filter's part of the headless connector, loaded with `<shortlist-criteria>` (its own
 * chunk, `criteria-filter`): the controls of the active context's criteria with their live
 * counts, what can be added, and with zero results the closest products and the one criterion
 * to relax. A React or Vue app renders its own filter from it (`createFilter(shortlist, 'laptops')`).
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { AttributeDef } from '../../model/types.js';
import type { Shortlist } from '../../shortlist.js';
import { own } from '../../state/by-product.js';
import { criteriaOf } from '../feature.js';
import type { Criterion } from '../criterion.js';
import type { Ranking } from '../ranking.js';
import { controlsOf, type Control } from './controls.js';
import { isDeadEnd, nearMisses, relaxations, type NearMiss, type Relaxation } from './relax.js';

/** What the filter shows, for the ranking of the active context. */
export interface ControlsView {
  ranking: Ranking;
  /** Products in the category, and of them those passing every must-have. */
  total: number;
  passing: number;
  /** One per criterion, in order. */
  controls: Control[];
  /** Attributes that can become criteria, not criteria yet. */
  available: AttributeDef[];
  /** When must-haves leave no product: the closest products (missing one), and the relax suggestion that brings most back (the connector's `relax()`). */
  nearMisses: NearMiss[];
  relax?: Relaxation;
}

export interface CriteriaFilter {
  /** Undefined until the category's ranking is there (a subscriber loads the catalog). */
  readonly $controls: ReadableAtom<ControlsView | undefined>;
  /**
   * Replaces a criterion from its control (the connector's `edit`). While a `preview` lasts (a
   * range being dragged), the live count and the ranking follow every step, and the controls
   * keep the spreads and counts they showed before it: they are counted again when the change
   * that ends it comes.
   */
  edit(index: number, criterion: Criterion, preview?: boolean): void;
}

const filters = new WeakMap<object, CriteriaFilter>();

/** The filter of a category's criteria (`''`, the default: the whole catalog), made once per connector. */
export function createFilter(shortlist: Shortlist, category = ''): CriteriaFilter {
  const { config, connector } = criteriaOf(shortlist);
  const criteria = connector(category);
  let filter = filters.get(criteria);
  if (filter) return filter;
  const offered = own(config.attributes ?? {}, category);
  // Counting every control's spread anew at each step of a drag, and laying out and painting
  // them all, took more of a step than the ranking; the moved range's own spread does not
  // change as it moves (its dark bars are the products passing the other must-haves).
  /** The criterion being previewed (a range being dragged), by index. */
  let previewed: number | undefined;
  /** The ranking whose spreads and counts the controls show: during a preview, the one before it. */
  let counted: Ranking | undefined;
  const $controls = computed(criteria.$ranking, (ranking): ControlsView | undefined => {
    if (!ranking) return undefined;
    // Kept only while nothing but the previewed criterion changed: any other change (removed, undone, another context) counts anew.
    const onlyPreviewed = (kept: readonly Criterion[]) =>
      kept.length === ranking.criteria.length && kept.every((criterion, index) => index === previewed || criterion === ranking.criteria[index]);
    if (previewed === undefined || !counted || !onlyPreviewed(counted.criteria)) counted = ranking;
    const used = new Set(ranking.criteria.map(({ attribute }) => attribute));
    const present = ranking.attributes();
    const available = (offered ? offered.flatMap((key) => present.find((def) => def.key === key) ?? []) : present).filter(({ key }) => !used.has(key));
    const dead = isDeadEnd(ranking);
    return { ranking, total: ranking.order.length, passing: ranking.passing, controls: controlsOf(ranking, counted), available, nearMisses: dead ? nearMisses(ranking, 3) : [], relax: dead ? relaxations(ranking)[0] : undefined };
  });
  const edit = (index: number, criterion: Criterion, preview = false) => {
    previewed = preview ? index : undefined;
    criteria.edit(index, criterion, preview);
  };
  filters.set(criteria, (filter = { $controls, edit }));
  return filter;
}
