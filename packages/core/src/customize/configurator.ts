/**
 * The configuration engine of one product: what is possible for any partial selection and
 * why not, the price, the variant, and whether a selection is a complete configuration.
 *
 * Built once per product ({@link configuratorFor}): reading and checking the option data,
 * compiling it, and what is possible with nothing chosen run then; each selection is then one
 * exact computation by the solver. Naming the rules behind a rule set that leaves no
 * configuration, or values no configuration can have, waits for the first read of `errors`.
 */
import { defined } from '../catalog/sources/shared.js';
import type { Availability, Money, OptionRule, OptionValue, Product, ProductOption, Variant } from '../model/types.js';
import type { ConfigurationError } from './errors.js';
import { compileModel, constraintsOf, isAvailable, type Model, type NumberRange, TEXT_EMPTY, TEXT_FILLED, valueIndexOf } from './model.js';
import { deltaOf, priceOf } from './price.js';
import { readOptionData } from './read-options.js';
import { type Choice, clashOf, conflictReason, type Reason, type ReasonContext, reasonFor } from './reasons.js';
import { checkSelection, encodeSelection, SELECTION_MAX_LENGTH, type Selection, type SelectionValue, type ValueProblem } from './selection.js';
import { countOf, type Domains, FREE, hasValue, Solver } from './solver.js';

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
  readonly #reasons: ReasonContext;
  /** What each list value adds to the product's price: the same for every selection. */
  readonly #valueDeltas = new Map<OptionValue, number>();
  /**
   * Problems of the option data and variants, for the retailer (reported, never shown to
   * shoppers). The checks of the rules themselves take many searches: `checkConfiguration`
   * (`check/`) runs them, in slices, when the page is idle.
   */
  readonly errors: readonly ConfigurationError[];
  /** @internal The compiled problem, for the checks of the rules. */
  readonly model: Model;
  readonly #satisfiable: boolean;

  constructor(product: Product) {
    this.product = product;
    const data = readOptionData(product);
    const usable = data.errors.length === 0;
    this.options = usable ? data.options : [];
    this.rules = usable ? data.rules : [];
    // Unusable option data has no options for the variants to name: leave them out too.
    const model = compileModel(usable ? product : { ...product, variants: [] }, this.options, this.rules);
    const nothingChosen = model.variables.map(() => FREE);
    const validPossible = new Solver(model.layout, constraintsOf(model, 'all'), model.validDomains).possible(nothingChosen);
    const solver = new Solver(model.layout, constraintsOf(model, 'available'), model.availableDomains);
    const base = product.price;
    for (const option of this.options) {
      if ('values' in option) for (const entry of option.values) this.#valueDeltas.set(entry, base ? deltaOf(entry, base) : 0);
    }
    this.#reasons = { product, rules: this.rules, model, solver, validPossible, availablePossible: solver.possible(nothingChosen) };
    // No configuration at all leaves every variable without a value; one leaves each with one.
    this.#satisfiable = model.variables.length === 0 || countOf(model.layout, validPossible, 0) > 0;
    this.model = model;
    this.errors = [...data.errors, ...model.errors];
    this.configurable = usable && this.#satisfiable && this.options.length > 0;
  }

  /** @internal What is possible with nothing chosen, stock aside; undefined when no configuration satisfies the rules. */
  get validPossible(): Domains | undefined {
    return this.#satisfiable ? this.#reasons.validPossible : undefined;
  }

  /** Everything a customizer shows for `selection` (any object of option keys to values; untrusted values are checked). */
  state(selection: Readonly<Record<string, unknown>>): ConfigurationState {
    const { selection: canonical, invalid } = checkSelection(this.options, selection);
    const model = this.model;
    const current = (option: ProductOption): SelectionValue | undefined =>
      Object.hasOwn(canonical, option.key) ? canonical[option.key] : option.kind === 'text' && !invalid.some((entry) => entry.key === option.key) ? '' : undefined;
    const chosen = model.variables.map(({ option }, index) => {
      const value = current(option);
      return value === undefined ? FREE : valueIndexOf(model.variables[index]!, value);
    });
    const possible = this.configurable ? this.#reasons.solver.possible(chosen) : new Uint32Array(model.layout.total);
    // Options no rule names are free: possible whenever the other choices are.
    const solvable = this.configurable && (model.variables.length === 0 || this.#reasons.solver.solveWith(chosen) !== undefined);
    const choices = this.options.flatMap((option): Choice[] => {
      const value = current(option);
      return value === undefined ? [] : [{ key: option.key, value }];
    });
    const othersByKey = new Map<string, Choice[]>();
    const others = (key: string) => {
      if (!othersByKey.has(key)) othersByKey.set(key, choices.filter((choice) => choice.key !== key));
      return othersByKey.get(key)!;
    };
    const clashes = new Map<string, Choice[] | undefined>();
    const variableState = (option: ProductOption, index: number, representative: SelectionValue): Possibility => {
      if (!this.configurable) return { possible: false, reason: { kind: 'never' } };
      const variable = model.variableOf.get(option.key);
      if (variable === undefined) return solvable ? POSSIBLE : { possible: false, reason: conflictReason(this.#reasons, option.key, 0, others(option.key), clashes) };
      if (hasValue(model.layout, possible, variable, index)) return POSSIBLE;
      return { possible: false, reason: reasonFor(this.#reasons, option, index, representative, others(option.key), clashes) };
    };

    const groups = this.options.map((option): GroupState => {
      const value = current(option);
      const group: GroupState = { option, ...(value === undefined ? {} : { value }) };
      if (option.kind === 'text') {
        group.text = { filled: variableState(option, TEXT_FILLED, 'filled'), empty: variableState(option, TEXT_EMPTY, '') };
      } else if (option.kind === 'number') {
        const variable = model.variables[model.variableOf.get(option.key) ?? -1];
        const ranges = variable && 'ranges' in variable ? variable.ranges : [{ min: option.min, max: option.max }];
        group.ranges = ranges.map((range, index) => ({ ...range, ...variableState(option, index, range.min) }));
      } else {
        group.values = option.values.map((entry, index) => ({
          value: entry.value,
          label: entry.label,
          priceDelta: this.#valueDeltas.get(entry)!,
          ...variableState(option, index, entry.value),
        }));
      }
      return group;
    });

    const variant = this.variantOf(canonical);
    const availability = this.#availabilityOf(canonical, variant);
    // When the choices clash, the fewest that do are the options to change.
    const clash = new Set(this.configurable && !solvable ? clashOf(this.#reasons, choices).map((choice) => choice.key) : []);
    const problems = this.#problemsOf(groups, invalid, canonical, solvable && isAvailable(availability), clash);
    return {
      selection: canonical,
      groups,
      complete: problems.length === 0,
      problems,
      ...defined({ price: priceOf(this.product, this.options, canonical, variant), variant }),
      availability,
    };
  }

  /** The variant a selection resolves to: the one whose every option is chosen as it says (the most specific one). */
  variantOf(selection: Selection): Variant | undefined {
    let best: Variant | undefined;
    for (const variant of this.model.variants) {
      const entries = Object.entries(variant.selection);
      const matches = entries.every(([key, value]) => selection[key] === value);
      if (matches && (!best || entries.length > Object.keys(best.selection).length)) best = variant;
    }
    return best;
  }

  #availabilityOf(selection: Selection, variant: Variant | undefined): Availability {
    if (variant) return variant.availability ?? this.product.availability;
    const soldOutValue = this.options.some((option) => 'values' in option && option.values.some((entry) => !entry.available && selection[option.key] === entry.value));
    return soldOutValue ? 'out-of-stock' : this.product.availability;
  }

  #problemsOf(
    groups: readonly GroupState[],
    invalid: ReturnType<typeof checkSelection>['invalid'],
    selection: Selection,
    available: boolean,
    clash: ReadonlySet<string>,
  ): SelectionProblem[] {
    if (!this.configurable) return [{ kind: 'unconfigurable' }];
    const problems: SelectionProblem[] = invalid.map(({ key, found, problem }) => ({ kind: 'invalid', key, found, problem }));
    for (const group of groups) {
      const { option, value } = group;
      if (invalid.some((entry) => entry.key === option.key)) continue;
      if (value === undefined || (option.kind === 'text' && option.required && value === '')) {
        problems.push({ kind: 'missing', key: option.key });
        continue;
      }
      if (!clash.has(option.key)) continue;
      const state =
        group.values?.find((entry) => entry.value === value) ??
        group.ranges?.find((range) => (value as number) >= range.min && (value as number) <= range.max) ??
        (value === '' ? group.text?.empty : group.text?.filled);
      if (state && !state.possible) problems.push({ kind: 'impossible', key: option.key, reason: state.reason! });
    }
    // Nothing else wrong, yet not available: every configuration is sold out, or this one is.
    if (problems.length === 0 && !available) problems.push({ kind: 'sold-out' });
    const length = encodeSelection(this.options, selection).length;
    if (length > SELECTION_MAX_LENGTH) problems.push({ kind: 'too-long', length, max: SELECTION_MAX_LENGTH });
    return problems;
  }
}

const configurators = new WeakMap<Product, Configurator>();

/** The configurator of a product, built on first use and kept as long as the product object lives. */
export function configuratorFor(product: Product): Configurator {
  let configurator = configurators.get(product);
  if (!configurator) configurators.set(product, (configurator = new Configurator(product)));
  return configurator;
}
