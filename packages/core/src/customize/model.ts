/**
 * Compiles a product's options, rules and variants into the solver's variables and
 * constraints. List options are variables with one value per option value. Numbers and texts
 * are unconstrained unless a rule names them: then a number becomes a variable whose values
 * are the ranges the rules tell apart (a rule on "firmness from 80" splits 0–100 into 0–79 and
 * 80–100), and a text one with two values, empty and filled in.
 */
import type { Availability, ListOption, NumberOption, OptionClause, OptionRule, Product, ProductOption, TextOption, Variant } from '../model/types.js';
import { ConfigurationError } from './errors.js';
import { allOf, ANY, type Constraint, type Domains, type Row } from './solver.js';
import type { SelectionValue } from './selection.js';

/** A range of a number option that the rules treat alike. */
export interface NumberRange {
  min: number;
  max: number;
}

/** A variable of the solver: a list option, a text or a number option named by a rule. */
export type ModelVariable =
  | { readonly option: ListOption | TextOption }
  /** The value index of a number is the index of its range. */
  | { readonly option: NumberOption; readonly ranges: readonly NumberRange[] };

export interface Model {
  readonly variables: readonly ModelVariable[];
  readonly variableOf: ReadonlyMap<string, number>;
  /** `rules[i]` compiled. */
  readonly ruleConstraints: readonly Constraint[];
  /** The combinations the variants allow: all of them, and the available ones (undefined: no variants). */
  readonly variantConstraints?: { readonly all: Constraint; readonly available: Constraint };
  /** The variants usable by the model (the ones naming unknown options or values are left out, with an error). */
  readonly variants: readonly Variant[];
  /** Every value of every variable (a required text only filled in). */
  readonly validDomains: Domains;
  /** Without the values sold out whatever else is chosen. */
  readonly availableDomains: Domains;
  readonly errors: readonly ConfigurationError[];
}

/** Text variables: value 0 is "empty", 1 is "filled in". */
export const TEXT_EMPTY = 0;
export const TEXT_FILLED = 1;

const UNAVAILABLE: ReadonlySet<Availability> = new Set(['out-of-stock', 'discontinued']);
/** Whether something in this state can be bought: unknown stock is not treated as sold out. */
export const isAvailable = (availability: Availability | undefined) => !availability || !UNAVAILABLE.has(availability);

/** The clauses a rule names, its condition's and its consequence's. */
export const clausesOf = (rule: OptionRule) => [...rule.if, ...(rule.kind === 'allow' ? rule.rows.flat() : rule.then)];

export function compileModel(product: Product, options: readonly ProductOption[], rules: readonly OptionRule[]): Model {
  const named = new Set(rules.flatMap(clausesOf).map((clause) => clause.key));
  const variables = options.flatMap((option): ModelVariable[] => {
    if (option.kind === 'number') return named.has(option.key) ? [{ option, ranges: rangesOf(option, rules) }] : [];
    return option.kind !== 'text' || named.has(option.key) ? [{ option }] : [];
  });
  const variableOf = new Map(variables.map((variable, index) => [variable.option.key, index]));
  /** A row from masks by variable (two on one variable meet); none when a mask leaves no value. */
  const rowOf = (masks: ReadonlyArray<readonly [number, number]>, scope: readonly number[]): Row[] => {
    const row = scope.map(() => ANY);
    for (const [variable, mask] of masks) row[scope.indexOf(variable)]! &= mask;
    return row.includes(0) ? [] : [row];
  };

  // `if A₁ and A₂ then …`: the rows "not A₁", "not A₂", then the rows of the consequence.
  const ruleConstraints = rules.map((rule): Constraint => {
    const scope = [...new Set(clausesOf(rule).map((clause) => variableOf.get(clause.key)!))];
    const mask = (clause: OptionClause, negated = false): [number, number] => {
      const variable = variableOf.get(clause.key)!;
      const holds = clauseMask(variables[variable]!, clause);
      return [variable, negated ? ~holds & allOf(sizeOf(variables[variable]!)) : holds];
    };
    const consequence = rule.kind === 'allow' ? rule.rows.map((row) => row.map((clause) => mask(clause))) : [rule.then.map((clause) => mask(clause, rule.kind === 'excludes'))];
    return { scope, rows: [...rule.if.map((clause) => [mask(clause, true)]), ...consequence].flatMap((masks) => rowOf(masks, scope)) };
  });

  const errors: ConfigurationError[] = [];
  const variants = (product.variants ?? []).filter((variant) => {
    const wrong = Object.entries(variant.selection).find(([key, value]) => {
      const option = options.find((candidate) => candidate.key === key);
      return !option || !('values' in option) || !option.values.some((entry) => entry.value === value);
    });
    if (wrong) {
      errors.push(new ConfigurationError(product.id, `variant "${variant.id}" was left out`, { field: `variants.${variant.id}.selection.${wrong[0]}`, expected: 'an option of the product and one of its values', found: wrong[1], options: [wrong[0]] }));
    }
    return !wrong;
  });
  /** One row per variant: the values it selects. */
  const variantConstraint = (listed: readonly Variant[]): Constraint => {
    const scope = [...new Set(listed.flatMap((variant) => Object.keys(variant.selection).map((key) => variableOf.get(key)!)))];
    return {
      scope,
      rows: listed.flatMap((variant) =>
        rowOf(
          Object.entries(variant.selection).map(([key, value]) => [variableOf.get(key)!, 1 << valueIndexOf(variables[variableOf.get(key)!]!, value)]),
          scope,
        ),
      ),
    };
  };
  const availableVariants = variants.filter((variant) => isAvailable(variant.availability ?? product.availability));

  const validDomains = Int32Array.from(variables, (variable) => (variable.option.kind === 'text' && variable.option.required ? 1 << TEXT_FILLED : allOf(sizeOf(variable))));
  // A product sold as it is (no variants) that is sold out has no available configuration.
  const soldOut = variants.length === 0 && !isAvailable(product.availability);
  const availableDomains = validDomains.map((domain, variable) => {
    const { option } = variables[variable]!;
    const sold = 'values' in option ? option.values.reduce((mask, entry, index) => (entry.available ? mask : mask | (1 << index)), 0) : 0;
    return soldOut ? 0 : domain & ~sold;
  });
  return {
    variables,
    variableOf,
    ruleConstraints,
    ...(variants.length > 0 ? { variantConstraints: { all: variantConstraint(variants), available: variantConstraint(availableVariants) } } : {}),
    variants,
    validDomains,
    availableDomains,
    errors,
  };
}

/** The rules' constraints, then the variants' (all of them, or the available ones). */
export function constraintsOf(model: Model, variants: 'all' | 'available'): Constraint[] {
  return [...model.ruleConstraints, ...(model.variantConstraints ? [model.variantConstraints[variants]] : [])];
}

/** How many values a variable has: its ranges, a text's two, a list's values. */
export const sizeOf = (variable: ModelVariable) => ('ranges' in variable ? variable.ranges.length : variable.option.kind === 'text' ? 2 : variable.option.values.length);

/** The value index of a (valid) selection value of variable `variable`. */
export function valueIndexOf(variable: ModelVariable, value: SelectionValue): number {
  if ('ranges' in variable) return variable.ranges.findIndex((range) => (value as number) >= range.min && (value as number) <= range.max);
  const { option } = variable;
  return option.kind === 'text' ? (value === '' ? TEXT_EMPTY : TEXT_FILLED) : option.values.findIndex((entry) => entry.value === value);
}

/** Whether a clause holds for a (valid) value of its option. */
export function clauseHolds(clause: OptionClause, value: SelectionValue): boolean {
  if ('values' in clause) return clause.values.includes(value as string);
  if ('filled' in clause) return clause.filled === (value !== '');
  return (clause.min === undefined || (value as number) >= clause.min) && (clause.max === undefined || (value as number) <= clause.max);
}

/** The values of `variable` for which `clause` holds, as a mask. */
function clauseMask(variable: ModelVariable, clause: OptionClause): number {
  // Every value of a range is alike for the rules: its first one stands for it.
  const representatives: SelectionValue[] =
    'ranges' in variable ? variable.ranges.map((range) => range.min) : variable.option.kind === 'text' ? ['', 'filled'] : variable.option.values.map((entry) => entry.value);
  return representatives.reduce((mask: number, value, index) => (clauseHolds(clause, value) ? mask | (1 << index) : mask), 0);
}

/** The grid ranges a number option's rules tell apart, in order. */
function rangesOf(option: NumberOption, rules: readonly OptionRule[]): NumberRange[] {
  const { min, max, step } = option;
  const last = Math.round((max - min) / step);
  const gridPoint = (index: number) => Number((min + index * step).toFixed(12));
  // Cuts are grid indices where a new range starts.
  const cuts = new Set([0]);
  for (const clause of rules.flatMap(clausesOf)) {
    if (clause.key !== option.key || 'values' in clause || 'filled' in clause) continue;
    if (clause.min !== undefined) cuts.add(Math.min(last + 1, Math.max(0, Math.ceil((clause.min - min) / step - 1e-9))));
    if (clause.max !== undefined) cuts.add(Math.min(last + 1, Math.max(0, Math.floor((clause.max - min) / step + 1e-9) + 1)));
  }
  const starts = [...cuts].filter((cut) => cut <= last).sort((a, b) => a - b);
  return starts.map((start, index) => ({ min: gridPoint(start), max: gridPoint((starts[index + 1] ?? last + 1) - 1) }));
}
