/**
 * The configuration engine of one product: what is possible for any partial selection and
 * why not, the price, the variant, and whether a selection is a complete configuration.
 *
 * Built once per product ({@link configuratorFor}): reading and checking the option data,
 * compiling it, and what is possible with nothing chosen run then; each selection is then one
 * exact computation by the solver. The checks of the rules themselves (the fewest rules behind
 * a rule set that leaves no configuration, or behind values no configuration can have) are
 * `checkConfiguration`'s, in their own chunk.
 */
import { defined } from '../catalog/entries.js';
import type { Availability, Money, OptionRule, Product, ProductOption, Variant } from '../model/types.js';
import { own } from '../state/by-product.js';
import { compileModel, constraintsOf, isAvailable, type Model } from './model.js';
import { deltaOf, priceOf } from './price.js';
import { type DataProblem, readOptionData } from './read-options.js';
import { type Choice, clashOf, type Reason, reasonFor } from './reasons.js';
import { checkSelection, encodeSelection, SELECTION_MAX_LENGTH, type Selection, type SelectionValue, type ValueProblem } from './selection.js';
import { type Domains, FREE, hasValue, Solver } from './solver.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/** Whether something can be chosen, and if not, why. */
export interface Possibility {
  possible: boolean;
  reason?: Reason;
}

export interface ValueState extends Possibility {
  value: string;
  label: string;
  /** What choosing it adds to the product's price (0 for nothing). */
  priceDelta: number;
}

/** One option in a configuration state: its value, and what is possible for it. */
export interface GroupState {
  option: ProductOption;
  /** The current value: a list option's value, the text, the number. Undefined: not chosen, not valid, or no text. */
  value?: SelectionValue;
  /** List options: each value, and whether it is possible. (Numbers and texts are, whenever the rest is.) */
  values?: ValueState[];
}

/** Why a selection is not a complete configuration. */
export type SelectionProblem =
  | { kind: 'missing'; key: string }
  | { kind: 'invalid'; key: string; found: unknown; problem: ValueProblem }
  | { kind: 'impossible'; key: string; reason: Reason }
  | { kind: 'sold-out' }
  | { kind: 'too-long'; length: number; max: number }
  | { kind: 'unconfigurable' };

export interface ConfigurationState {
  /** The canonical selection (see `checkSelection`). */
  selection: Selection;
  groups: GroupState[];
  /** True only when every option has a valid value and the whole is possible and available: nothing else may be added or emitted. */
  complete: boolean;
  /** Why it is not complete; empty when it is. */
  problems: SelectionProblem[];
  /** The total for what is chosen so far, in the product's currency; undefined when the product has no price. */
  price?: Money;
  /** The variant the selection resolves to (its SKU is its `id`), once every option it varies by is chosen. */
  variant?: Variant;
  availability: Availability;
}

const POSSIBLE = Object.freeze({ possible: true });

export class Configurator {
  readonly product: Product;
  readonly options: readonly ProductOption[];
  readonly rules: readonly OptionRule[];
  /** False when the product has no options, its option data is malformed or its rules leave no configuration: it can then only be shown as it is. */
  readonly configurable: boolean;
  /**
   * What is wrong with the option data and variants, for the retailer (as data; reported, never
   * shown to shoppers): `checkConfiguration` words them, and adds the checks of the rules.
   */
  readonly dataProblems: readonly DataProblem[];
  /** @internal The compiled problem. */
  readonly model: Model;
  /** @internal The solver of complete, valid and available configurations. */
  readonly solver: Solver;
  /** @internal What is possible with nothing chosen, stock aside; undefined when no configuration satisfies the rules. */
  readonly validPossible?: Domains;
  /** @internal What is possible with nothing chosen. */
  readonly availablePossible: Domains;

  constructor(product: Product) {
    this.product = product;
    const data = readOptionData(product);
    const usable = data.problems.length === 0;
    this.options = usable ? data.options : [];
    this.rules = usable ? data.rules : [];
    // Unusable option data has no options for the variants to name: leave them out too.
    const model = (this.model = compileModel(usable ? product : { ...product, variants: [] }, this.options, this.rules));
    const nothingChosen = model.variables.map(() => FREE);
    const validPossible = new Solver(constraintsOf(model, 'all'), model.validDomains).possible(nothingChosen);
    this.solver = new Solver(constraintsOf(model, 'available'), model.availableDomains);
    this.availablePossible = this.solver.possible(nothingChosen);
    // No configuration at all leaves every variable without a value; one leaves each with one.
    const satisfiable = model.variables.length === 0 || validPossible[0] !== 0;
    if (satisfiable) this.validPossible = validPossible;
    this.dataProblems = [...data.problems, ...model.problems];
    this.configurable = usable && satisfiable && this.options.length > 0;
  }

  /** Everything a customizer shows for `selection` (any object of option keys to values; untrusted values are checked). */
  state(selection: Readonly<Record<string, unknown>>): ConfigurationState {
    const { selection: canonical, invalid } = checkSelection(this.options, selection);
    const { model, configurable } = this;
    const choices: Choice[] = model.variables.flatMap(({ key }) => (Object.hasOwn(canonical, key) ? [{ key, value: canonical[key]! }] : []));
    const chosen = model.variables.map(({ key, values }) => (Object.hasOwn(canonical, key) ? values.findIndex((entry) => entry.value === canonical[key]) : FREE));
    const possible = configurable ? this.solver.possible(chosen) : undefined;
    const solvable = configurable && (model.variables.length === 0 || this.solver.solveWith(chosen) !== undefined);
    const clashes = new Map<string, Choice[] | undefined>();
    const base = this.product.price;

    const groups = this.options.map((option): GroupState => {
      const group: GroupState = defined({ option, value: own(canonical, option.key) });
      if (!('values' in option)) return group;
      const variable = model.variableOf.get(option.key)!;
      const others = choices.filter((choice) => choice.key !== option.key);
      group.values = option.values.map((entry, index): ValueState => {
        const state = { value: entry.value, label: entry.label, priceDelta: base ? deltaOf(entry, base) : 0 };
        if (possible && hasValue(possible[variable]!, index)) return { ...state, ...POSSIBLE };
        const reason = possible ? reasonFor(this, option, index, others, clashes) : ({ kind: 'never' } as const);
        return { ...state, possible: false, reason };
      });
      return group;
    });

    const variant = this.variantOf(canonical);
    // A chosen value sold out makes the configuration impossible (its reason says so); the variant's stock, else the product's, is the rest.
    const availability = variant?.availability ?? this.product.availability;
    const problems: SelectionProblem[] = configurable ? invalid.map(({ key, found, problem }) => ({ kind: 'invalid', key, found, problem })) : [{ kind: 'unconfigurable' }];
    if (configurable) {
      // When the choices clash, the fewest that do are the options to change.
      const clash = new Set(solvable ? [] : clashOf(this, choices).map((choice) => choice.key));
      for (const { option, value, values } of groups) {
        if (invalid.some((entry) => entry.key === option.key)) continue;
        if (value === undefined && (option.kind !== 'text' || option.required)) problems.push({ kind: 'missing', key: option.key });
        const state = clash.has(option.key) && values!.find((entry) => entry.value === value);
        if (state && !state.possible) problems.push({ kind: 'impossible', key: option.key, reason: state.reason! });
      }
      // Nothing else wrong, yet not available: every configuration is sold out, or this one is.
      if (problems.length === 0 && !(solvable && isAvailable(availability))) problems.push({ kind: 'sold-out' });
      const length = encodeSelection(this.options, canonical).length;
      if (length > SELECTION_MAX_LENGTH) problems.push({ kind: 'too-long', length, max: SELECTION_MAX_LENGTH });
    }
    const price = priceOf(this.product, this.options, canonical, variant);
    return defined({ selection: canonical, groups, complete: problems.length === 0, problems, price, variant, availability });
  }

  /** The variant a selection resolves to: the one whose every option is chosen as it says (the most specific one). */
  variantOf(selection: Selection): Variant | undefined {
    let best: Variant | undefined;
    for (const variant of this.model.variants) {
      const entries = Object.entries(variant.selection);
      if (entries.every(([key, value]) => selection[key] === value) && (!best || entries.length > Object.keys(best.selection).length)) best = variant;
    }
    return best;
  }
}

const configurators = new WeakMap<Product, Configurator>();

/** The configurator of a product, built on first use and kept as long as the product object lives. */
export function configuratorFor(product: Product): Configurator {
  return getOrInsertComputed(configurators, product, () => new Configurator(product));
}
