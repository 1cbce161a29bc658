/**
 * Compiles a product's options, rules and variants into the solver's variables and
 * constraints. List options are variables with one value per option value. Numbers and texts
 * are unconstrained unless a rule names them: then a number becomes a variable whose values
 * are the ranges the rules tell apart (a rule on "firmness from 80" splits 0–100 into 0–79 and
 * 80–100), and a text one with two values, empty and filled in.
 */
import type { Availability, ListOption, NumberOption, OptionClause, OptionRule, Product, ProductOption, TextOption, Variant } from '../model/types.js';
import { ConfigurationError } from './errors.js';
import { type Constraint, type Domains, fullDomains, type Layout, layoutOf, maskOf, type Row } from './solver.js';
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
  readonly layout: Layout;
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

export function compileModel(product: Product, options: readonly ProductOption[], rules: readonly OptionRule[]): Model {
  const named = new Set(rules.flatMap((rule) => [...rule.if, ...(rule.kind === 'allow' ? rule.rows.flat() : rule.then)]).map((clause) => clause.key));
  const variables: ModelVariable[] = options.flatMap((option): ModelVariable[] => {
    if (option.kind === 'number') return named.has(option.key) ? [{ option, ranges: rangesOf(option, rules) }] : [];
    return option.kind !== 'text' || named.has(option.key) ? [{ option }] : [];
  });
  const variableOf = new Map(variables.map((variable, index) => [variable.option.key, index]));
  const layout = layoutOf(variables.map((variable) => ('ranges' in variable ? variable.ranges.length : variable.option.kind === 'text' ? 2 : variable.option.values.length)));

  const ruleConstraints = rules.map((rule) => compileRule(rule, variables, variableOf, layout));
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
  const variantConstraints =
    variants.length > 0
      ? {
          all: variantConstraint(variants, variables, variableOf, layout),
          available: variantConstraint(variants.filter((variant) => isAvailable(variant.availability ?? product.availability)), variables, variableOf, layout),
        }
      : undefined;

  const validDomains = fullDomains(layout);
  variables.forEach(({ option }, variable) => {
    if (option.kind === 'text' && option.required) validDomains.set(maskOf(layout, variable, [TEXT_FILLED]), layout.offsets[variable]);
  });
  // A product sold as it is (no variants) that is sold out has no available configuration.
  const availableDomains = variants.length === 0 && !isAvailable(product.availability) ? new Uint32Array(layout.total) : validDomains.slice();
  variables.forEach(({ option }, variable) => {
    if ('values' in option) {
      const mask = maskOf(layout, variable, option.values.flatMap((value, index) => (value.available ? [index] : [])));
      const offset = layout.offsets[variable]!;
      mask.forEach((word, index) => (availableDomains[offset + index]! &= word));
    }
  });
  return { variables, variableOf, layout, ruleConstraints, variantConstraints, variants, validDomains, availableDomains, errors };
}

/** The rules' constraints, then the variants' (all of them, or the available ones). */
export function constraintsOf(model: Model, variants: 'all' | 'available'): Constraint[] {
  return [...model.ruleConstraints, ...(model.variantConstraints ? [model.variantConstraints[variants]] : [])];
}

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

/** The grid ranges a number option's rules tell apart, in order. */
function rangesOf(option: NumberOption, rules: readonly OptionRule[]): NumberRange[] {
  const { min, max, step } = option;
  const last = Math.round((max - min) / step);
  const gridPoint = (index: number) => Number((min + index * step).toFixed(12));
  // Cuts are grid indices where a new range starts.
  const cuts = new Set([0]);
  for (const clause of rules.flatMap((rule) => [...rule.if, ...(rule.kind === 'allow' ? rule.rows.flat() : rule.then)])) {
    if (clause.key !== option.key || 'values' in clause || 'filled' in clause) continue;
    if (clause.min !== undefined) cuts.add(Math.min(last + 1, Math.max(0, Math.ceil((clause.min - min) / step - 1e-9))));
    if (clause.max !== undefined) cuts.add(Math.min(last + 1, Math.max(0, Math.floor((clause.max - min) / step + 1e-9) + 1)));
  }
  const starts = [...cuts].filter((cut) => cut <= last).sort((a, b) => a - b);
  return starts.map((start, index) => ({ min: gridPoint(start), max: gridPoint((starts[index + 1] ?? last + 1) - 1) }));
}

/** The value indices of `variable` for which `clause` holds. */
function clauseValues(variable: ModelVariable, clause: OptionClause): number[] {
  // Every value of a range is alike for the rules: its first one stands for it.
  const representatives: SelectionValue[] =
    'ranges' in variable ? variable.ranges.map((range) => range.min) : variable.option.kind === 'text' ? ['', 'filled'] : variable.option.values.map((entry) => entry.value);
  return representatives.flatMap((value, index) => (clauseHolds(clause, value) ? [index] : []));
}

/** `if A₁ and A₂ then …`: the rows "not A₁", "not A₂", then the rows of the consequence. */
function compileRule(rule: OptionRule, variables: readonly ModelVariable[], variableOf: ReadonlyMap<string, number>, layout: Layout): Constraint {
  const clauses = [...rule.if, ...(rule.kind === 'allow' ? rule.rows.flat() : rule.then)];
  const scope = [...new Set(clauses.map((clause) => variableOf.get(clause.key)!))];
  type Literal = { variable: number; values: number[] };
  const literal = (clause: OptionClause, negated = false): Literal => {
    const variable = variableOf.get(clause.key)!;
    const holds = new Set(clauseValues(variables[variable]!, clause));
    const values = Array.from({ length: layout.sizes[variable]! }, (_, value) => value).filter((value) => holds.has(value) !== negated);
    return { variable, values };
  };
  const consequence =
    rule.kind === 'allow' ? rule.rows.map((row) => row.map((clause) => literal(clause))) : [rule.then.map((clause) => literal(clause, rule.kind === 'excludes'))];
  const alternatives = [...rule.if.map((clause) => [literal(clause, true)]), ...consequence];
  return { scope, rows: alternatives.flatMap((literals) => rowOf(literals, scope, layout)) };
}

/** One row from literals (two on one variable meet); none when a literal leaves no value. */
function rowOf(literals: ReadonlyArray<{ variable: number; values: number[] }>, scope: readonly number[], layout: Layout): Row[] {
  const row: Array<Uint32Array | undefined> = scope.map(() => undefined);
  for (const { variable, values } of literals) {
    const position = scope.indexOf(variable);
    const mask = maskOf(layout, variable, values);
    const earlier = row[position];
    if (earlier) mask.forEach((word, index) => (mask[index] = word & earlier[index]!));
    row[position] = mask;
  }
  return row.every((mask) => !mask || mask.some((word) => word !== 0)) ? [row] : [];
}

/** One row per variant: the values it selects. */
function variantConstraint(variants: readonly Variant[], variables: readonly ModelVariable[], variableOf: ReadonlyMap<string, number>, layout: Layout): Constraint {
  const scope = [...new Set(variants.flatMap((variant) => Object.keys(variant.selection).map((key) => variableOf.get(key)!)))];
  const rows = variants.flatMap((variant) =>
    rowOf(
      Object.entries(variant.selection).map(([key, value]) => {
        const variable = variableOf.get(key)!;
        return { variable, values: [valueIndexOf(variables[variable]!, value)] };
      }),
      scope,
      layout,
    ),
  );
  return { scope, rows };
}
