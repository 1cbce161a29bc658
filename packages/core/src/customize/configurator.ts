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
import type { Availability, Money, OptionRule, Product, ProductOption, Variant } from '../model/types.js';
import type { ConfigurationError } from './errors.js';
import { compileModel, constraintsOf, isAvailable, type Model, type NumberRange, TEXT_EMPTY, TEXT_FILLED, valueIndexOf } from './model.js';
import { deltaOf, priceOf } from './price.js';
import { readOptionData } from './read-options.js';
import { type Choice, clashOf, conflictReason, type Reason, reasonFor } from './reasons.js';
import { checkSelection, encodeSelection, SELECTION_MAX_LENGTH, type Selection, type SelectionValue, type ValueProblem } from './selection.js';
import { type Domains, FREE, hasValue, Solver } from './solver.js';

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

export interface RangeState extends Possibility, NumberRange {}

/** One option in a configuration state: its value, and what is possible for it. */
export interface GroupState {
  option: ProductOption;
  /** The current value: a list option's value, the text (`''` for none), the number. Undefined: not chosen (or not valid). */
  value?: SelectionValue;
  /** List options: each value. */
  values?: ValueState[];
  /** Number options: the ranges the rules tell apart, in order (one range when no rule names the option). */
  ranges?: RangeState[];
  /** Text options: entering a text, and leaving it empty. */
  text?: { filled: Possibility; empty: Possibility };
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

const POSSIBLE: Possibility = Object.freeze({ possible: true });

export class Configurator {
  readonly product: Product;
  readonly options: readonly ProductOption[];
  readonly rules: readonly OptionRule[];
  /** False when the product has no options, its option data is malformed or its rules leave no configuration: it can then only be shown as it is. */
  readonly configurable: boolean;
  /**
   * Problems of the option data and variants, for the retailer (reported, never shown to
   * shoppers). `checkConfiguration` adds the checks of the rules.
   */
  readonly errors: readonly ConfigurationError[];
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
    const usable = data.errors.length === 0;
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
    this.errors = [...data.errors, ...model.errors];
    this.configurable = usable && satisfiable && this.options.length > 0;
  }

  /** Everything a customizer shows for `selection` (any object of option keys to values; untrusted values are checked). */
  state(selection: Readonly<Record<string, unknown>>): ConfigurationState {
    const { selection: canonical, invalid } = checkSelection(this.options, selection);
    const { model, configurable } = this;
    const wrong = new Set(invalid.map((entry) => entry.key));
    // A text not filled in counts as chosen, empty.
    const current = ({ key, kind }: ProductOption): SelectionValue | undefined => (Object.hasOwn(canonical, key) ? canonical[key] : kind === 'text' && !wrong.has(key) ? '' : undefined);
    const choices = this.options.flatMap((option): Choice[] => {
      const value = current(option);
      return value === undefined ? [] : [{ key: option.key, value }];
    });
    const chosen = model.variables.map(({ option }, index) => {
      const value = current(option);
      return value === undefined ? FREE : valueIndexOf(model.variables[index]!, value);
    });
    const possible = configurable ? this.solver.possible(chosen) : undefined;
    // Options no rule names are free: possible whenever the other choices are.
    const solvable = configurable && (model.variables.length === 0 || this.solver.solveWith(chosen) !== undefined);
    const clashes = new Map<string, Choice[] | undefined>();
    const possibility = (option: ProductOption, index: number, representative: SelectionValue): Possibility => {
      if (!possible) return { possible: false, reason: { kind: 'never' } };
      const variable = model.variableOf.get(option.key);
      if (variable === undefined ? solvable : hasValue(possible[variable]!, index)) return POSSIBLE;
      const others = choices.filter((choice) => choice.key !== option.key);
      return { possible: false, reason: variable === undefined ? conflictReason(this, option.key, 0, others, clashes) : reasonFor(this, option, index, representative, others, clashes) };
    };

    const groups = this.options.map((option): GroupState => {
      const value = current(option);
      const group: GroupState = { option, ...(value === undefined ? {} : { value }) };
      if (option.kind === 'text') {
        group.text = { filled: possibility(option, TEXT_FILLED, 'filled'), empty: possibility(option, TEXT_EMPTY, '') };
      } else if (option.kind === 'number') {
        const variable = model.variables[model.variableOf.get(option.key) ?? -1];
        const ranges = variable && 'ranges' in variable ? variable.ranges : [{ min: option.min, max: option.max }];
        group.ranges = ranges.map((range, index) => ({ ...range, ...possibility(option, index, range.min) }));
      } else {
        const base = this.product.price;
        group.values = option.values.map((entry, index) => ({ value: entry.value, label: entry.label, priceDelta: base ? deltaOf(entry, base) : 0, ...possibility(option, index, entry.value) }));
      }
      return group;
    });

    const variant = this.variantOf(canonical);
    const availability = variant ? (variant.availability ?? this.product.availability) : this.#availabilityOf(canonical);
    const problems: SelectionProblem[] = configurable ? invalid.map(({ key, found, problem }) => ({ kind: 'invalid', key, found, problem })) : [{ kind: 'unconfigurable' }];
    if (configurable) {
      // When the choices clash, the fewest that do are the options to change.
      const clash = new Set(solvable ? [] : clashOf(this, choices).map((choice) => choice.key));
      for (const { option, value, values, ranges, text } of groups) {
        if (wrong.has(option.key)) continue;
        if (value === undefined || (option.kind === 'text' && option.required && value === '')) problems.push({ kind: 'missing', key: option.key });
        else if (clash.has(option.key)) {
          const state = values?.find((entry) => entry.value === value) ?? ranges?.find((range) => (value as number) >= range.min && (value as number) <= range.max) ?? (value === '' ? text?.empty : text?.filled);
          if (state && !state.possible) problems.push({ kind: 'impossible', key: option.key, reason: state.reason! });
        }
      }
      // Nothing else wrong, yet not available: every configuration is sold out, or this one is.
      if (problems.length === 0 && !(solvable && isAvailable(availability))) problems.push({ kind: 'sold-out' });
      const length = encodeSelection(this.options, canonical).length;
      if (length > SELECTION_MAX_LENGTH) problems.push({ kind: 'too-long', length, max: SELECTION_MAX_LENGTH });
    }
    const price = priceOf(this.product, this.options, canonical, variant);
    return { selection: canonical, groups, complete: problems.length === 0, problems, ...(price ? { price } : {}), ...(variant ? { variant } : {}), availability };
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

  /** A product sold as it is: out of stock when a chosen value is sold out. */
  #availabilityOf(selection: Selection): Availability {
    const soldOutValue = this.options.some((option) => 'values' in option && option.values.some((entry) => !entry.available && selection[option.key] === entry.value));
    return soldOutValue ? 'out-of-stock' : this.product.availability;
  }
}

const configurators = new WeakMap<Product, Configurator>();

/** The configurator of a product, built on first use and kept as long as the product object lives. */
export function configuratorFor(product: Product): Configurator {
  let configurator = configurators.get(product);
  if (!configurator) configurators.set(product, (configurator = new Configurator(product)));
  return configurator;
}
