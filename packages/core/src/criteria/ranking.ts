/**
 * The ranking engine: the catalog's products ordered by how well they fit the shopper's
 * criteria. Built for 10,000 products × 10 criteria on every change: the catalog is read into
 * columns once, each criterion's matches are one typed array cached by what the criterion
 * asks, so moving one criterion matches that one again and recombines; results are typed
 * arrays, and objects are made on demand for what is shown (explanations, near misses).
 */
import type { Catalog } from '../catalog/normalize.js';
import type { AttributeDef } from '../model/types.js';
import { ShortlistError } from '../errors.js';
import { CatalogColumns } from './columns.js';
import { combine, STATUSES, type Combined, type FitStatus } from './combine.js';
import { compileCriterion, type Compiled } from './compile.js';
import { distribution, facetCounts, type Distribution, type DistributionOptions, type FacetCount } from './counts.js';
import { readCriterion, type Criterion } from './criterion.js';
import { explainMatch, type Explanation } from './explain.js';
import { fillMatches } from './match.js';

/** A criterion left out of the ranking, by its position in the list ranked. */
export interface CriterionProblem {
  index: number;
  error: ShortlistError;
}

/** A criterion in the ranking: compiled, with its position in the list and its matches (one per product). */
export type ActiveCriterion = Compiled & { index: number; matches: Float32Array };

/** What a ranking holds, shared with explanations, near misses, relaxations and counts. */
export interface RankState extends Combined {
  columns: CatalogColumns;
  active: readonly ActiveCriterion[];
  /** The masks of products passing the other must-haves, by attribute (see `counts.ts`). */
  masks: Map<string, Uint8Array>;
}

/** Ranks one catalog's products; make one per catalog and call `rank` on every change of criteria. */
export class CriteriaEngine {
  private readonly columns: CatalogColumns;
  /** Match columns of the latest criteria, by what each asks (`matchKey`). */
  private matches = new Map<string, Float32Array>();

  constructor(catalog: Catalog) {
    this.columns = new CatalogColumns(catalog);
  }

  /**
   * Reads the catalog's columns that `criteria` use and matches each criterion, in steps
   * (`runInSlices` them before a first ranking of a large catalog, so no task grows with it);
   * `rank` then finds them made and only combines.
   */
  *prepare(criteria: readonly Criterion[]): Generator<void> {
    for (const { attribute } of criteria) if (typeof attribute === 'string') yield* this.columns.prepare(attribute);
    yield* this.columns.presentSteps();
    for (const [index, input] of criteria.entries()) {
      const compiled = this.compile(input, index);
      const key = compiled instanceof ShortlistError ? undefined : matchKey(compiled.criterion);
      if (key === undefined || this.matches.has(key)) continue;
      this.matches.set(key, fillMatches(compiled as Compiled, new Float32Array(this.columns.size)));
      yield;
    }
  }

  /**
   * Ranks the products by `criteria`. Each is read as untrusted input and checked against the
   * catalog; one that does not fit is left out and reported in `problems`, never guessed.
   * Only criteria whose target changed since the last call are matched again.
   */
  rank(criteria: readonly Criterion[]): Ranking {
    const problems: CriterionProblem[] = [];
    const active: ActiveCriterion[] = [];
    const kept = new Map<string, Float32Array>();
    criteria.forEach((input, index) => {
      const compiled = this.compile(input, index);
      if (compiled instanceof ShortlistError) {
        problems.push({ index, error: compiled });
        return;
      }
      const key = matchKey(compiled.criterion);
      const matches = kept.get(key) ?? this.matches.get(key) ?? fillMatches(compiled, new Float32Array(this.columns.size));
      kept.set(key, matches);
      active.push({ ...compiled, index, matches });
    });
    this.matches = kept;
    return new Ranking({ columns: this.columns, active, masks: new Map(), ...combine(this.columns.size, active) }, criteria, problems);
  }

  /** A criterion read as untrusted input and checked against the catalog; `index` names it in a problem. */
  private compile(input: Criterion, index: number): Compiled | ShortlistError {
    const field = `criteria[${index}]`;
    const criterion = readCriterion(input, field);
    return criterion instanceof ShortlistError ? criterion : compileCriterion(this.columns, criterion, field);
  }
}

/**
 * What decides a criterion's matches: everything but requirement and importance, which only
 * weigh them. Changing those two recombines without matching again.
 */
function matchKey(criterion: Criterion): string {
  // JSON leaves undefined fields out.
  return JSON.stringify({ ...criterion, requirement: undefined, importance: undefined });
}

/** The result of one ranking: read-only, and valid as long as it is held. */
export class Ranking {
  /** How many products pass every must-have (every product, without must-haves). */
  readonly passing: number;
  /** Product indexes (see `ids`), best fit first; ties keep the catalog's order. */
  readonly order: Uint32Array;
  /** Each product's place in `order`, made on the first `sort`. */
  private places?: Uint32Array;
  /** Facet counts and distributions asked for, by attribute and options: views ask again on every render. */
  private readonly counts = new Map<string, FacetCount[] | Distribution | undefined>();

  /** @internal Made by `CriteriaEngine.rank`. */
  constructor(
    /** @internal What the ranking holds, for the filter's near misses and relaxations (`filter/relax.ts`). */
    readonly state: RankState,
    /** The criteria asked for, as given. */
    readonly criteria: readonly Criterion[],
    /** The criteria left out, and why. */
    readonly problems: readonly CriterionProblem[],
  ) {
    this.passing = state.passing;
    this.order = state.order;
  }

  /** The ids of the products ranked `from` up to (not including) `to`: the page being shown. */
  ids(from = 0, to = this.order.length): string[] {
    return Array.from(this.order.subarray(from, to), (product) => this.state.columns.idOf(product));
  }

  /** The given ids in ranking order, as the tray and the comparison show them; ids the catalog does not have last, in their order. */
  sort(ids: readonly string[]): string[] {
    const placeOf = (id: string) => this.place(id) ?? this.order.length;
    return [...ids].sort((a, b) => placeOf(a) - placeOf(b));
  }

  /** A product's place in the order (0 is the best fit); undefined when the catalog does not have it. */
  place(id: string): number | undefined {
    if (!this.places) {
      this.places = new Uint32Array(this.order.length);
      this.order.forEach((product, place) => (this.places![product] = place));
    }
    const product = this.indexOf(id);
    return product === undefined ? undefined : this.places[product];
  }

  /** The attributes the ranked products have, price and rating first: what criteria can name. */
  attributes(): readonly AttributeDef[] {
    return this.state.columns.present();
  }

  /** The definition of an attribute key, `price` or `rating` (what criteria name); undefined when the catalog has none. */
  attribute(key: string): AttributeDef | undefined {
    return this.state.columns.def(key);
  }

  /** The index of a product by id (what `status`, `score` and `explain` take); undefined when the catalog has none. */
  indexOf(id: string): number | undefined {
    return this.state.columns.indexOf(id);
  }

  status(product: number): FitStatus {
    return STATUSES[this.state.statuses[product]!]!;
  }

  /** The fit score, 0–100 (rounded): the weighted mean of the known criteria's matches; undefined when none is known. */
  score(product: number): number | undefined {
    const score = this.state.scores[product]!;
    return Number.isNaN(score) ? undefined : Math.round(score);
  }

  /** Whether every must-have passes (known and fully met). */
  passes(product: number): boolean {
    return this.state.failed[product] === 0 && this.state.unknownMusts[product] === 0;
  }

  /** Per criterion in the ranking (problems left out): met, missed by how much, or unknown. */
  explain(product: number): Explanation[] {
    return this.state.active.map((criterion) => explainMatch(criterion, product));
  }

  /** Products per value of a choice (enum, text, set, yes/no) among those passing the must-haves on other attributes. */
  facets(attribute: string): FacetCount[] | undefined {
    return this.counted(`facets ${attribute}`, () => facetCounts(this.state, attribute));
  }

  /** How a number or price attribute's values are spread, for a range control; undefined for other attributes. */
  distribution(attribute: string, options: DistributionOptions = {}): Distribution | undefined {
    return this.counted(`distribution ${attribute} ${options.bins ?? ''} ${options.currency ?? ''}`, () => distribution(this.state, attribute, options));
  }

  /**
   * Counts what each criterion's control shows (a range's distribution, a choice's facets), one
   * criterion per step: run in slices before a first render, the render finds them counted.
   */
  *countSteps(): Generator<void> {
    for (const active of this.state.active) {
      yield;
      const criterion = this.criteria[active.index]!;
      if (active.kind === 'range' && !active.yesNo) this.distribution(criterion.attribute, { currency: (criterion as { currency?: string }).currency });
      else this.facets(criterion.attribute);
    }
  }

  private counted<T extends FacetCount[] | Distribution>(key: string, count: () => T | undefined): T | undefined {
    if (!this.counts.has(key)) this.counts.set(key, count());
    return this.counts.get(key) as T | undefined;
  }
}
