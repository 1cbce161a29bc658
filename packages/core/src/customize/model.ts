/**
 * Compiles a product's list options, rules and variants into the solver's variables (one per
 * list option, a value per option value) and constraints. Numbers and texts are no variables:
 * no rule names them, so they are possible whenever the rest is.
 */
import type { Availability, ListOption, OptionClause, OptionRule, Product, ProductOption, Variant } from '../model/types.js';
import { DataProblem } from './read-options.js';
import { allOf, ANY, type Constraint, type Domains, type Row } from './solver.js';

export interface Model {
  /** The list options, in order: variable `v` is `variables[v]`. */
  readonly variables: readonly ListOption[];
  readonly variableOf: ReadonlyMap<string, number>;
  /** `rules[i]` compiled. */
  readonly ruleConstraints: readonly Constraint[];
  /** The combinations the variants allow: all of them, and the available ones (undefined: no variants). */
  readonly variantConstraints?: { readonly all: Constraint; readonly available: Constraint };
  /** The variants usable by the model (the ones naming unknown options or values are left out, with an error). */
  readonly variants: readonly Variant[];
  /** Every value of every variable. */
  readonly validDomains: Domains;
  /** Without the values sold out whatever else is chosen. */
  readonly availableDomains: Domains;
  /** Variants left out: they name an option or value the product does not have. */
  readonly problems: readonly DataProblem[];
}

const UNAVAILABLE: ReadonlySet<Availability> = new Set(['out-of-stock', 'discontinued']);
/** Whether something in this state can be bought: unknown stock is not treated as sold out. */
export const isAvailable = (availability: Availability | undefined) => !availability || !UNAVAILABLE.has(availability);

export function compileModel(product: Product, options: readonly ProductOption[], rules: readonly OptionRule[]): Model {
  const variables = options.filter((option): option is ListOption => 'values' in option);
  const variableOf = new Map(variables.map((option, index) => [option.key, index]));
  const indexOf = (key: string, value: string) => variables[variableOf.get(key)!]!.values.findIndex((entry) => entry.value === value);
  /** A row from masks by variable (two on one variable meet); none when a mask leaves no value. */
  const rowOf = (masks: ReadonlyArray<readonly [string, number]>, scope: readonly number[]): Row[] => {
    const row = scope.map(() => ANY);
    for (const [key, mask] of masks) row[scope.indexOf(variableOf.get(key)!)]! &= mask;
    return row.includes(0) ? [] : [row];
  };
  const scopeOf = (keys: readonly string[]) => [...new Set(keys.map((key) => variableOf.get(key)!))];

  // `if A₁ and A₂ then …`: the rows "not A₁", "not A₂", then the consequence's row.
  const ruleConstraints = rules.map((rule): Constraint => {
    const scope = scopeOf([...rule.if, ...rule.then].map((clause) => clause.key));
    const mask = ({ key, values }: OptionClause, negated: boolean): [string, number] => {
      const holds = values.reduce((bits, value) => bits | (1 << indexOf(key, value)), 0);
      return [key, negated ? ~holds & allOf(variables[variableOf.get(key)!]!.values.length) : holds];
    };
    const consequence = rule.then.map((clause) => mask(clause, rule.kind === 'excludes'));
    return { scope, rows: [...rule.if.map((clause) => [mask(clause, true)]), consequence].flatMap((masks) => rowOf(masks, scope)) };
  });

  const problems: DataProblem[] = [];
  const variants = (product.variants ?? []).filter((variant) => {
    const wrong = Object.entries(variant.selection).find(([key, value]) => !variableOf.has(key) || indexOf(key, value) < 0);
    if (wrong) problems.push(new DataProblem(`variants.${variant.id}.selection.${wrong[0]}`, ['variant', variant.id], wrong[1], [wrong[0]]));
    return !wrong;
  });
  /** One row per variant: the values it selects. */
  const variantConstraint = (listed: readonly Variant[]): Constraint => {
    const scope = scopeOf(listed.flatMap((variant) => Object.keys(variant.selection)));
    return { scope, rows: listed.flatMap((variant) => rowOf(Object.entries(variant.selection).map(([key, value]) => [key, 1 << indexOf(key, value)]), scope)) };
  };

  const validDomains = Int32Array.from(variables, (option) => allOf(option.values.length));
  // A product sold as it is (no variants) that is sold out has no available configuration.
  const soldOut = variants.length === 0 && !isAvailable(product.availability);
  const availableDomains = Int32Array.from(variables, (option) => (soldOut ? 0 : option.values.reduce((bits, entry, index) => (entry.available ? bits | (1 << index) : bits), 0)));
  return {
    variables,
    variableOf,
    ruleConstraints,
    variantConstraints:
      variants.length > 0 ? { all: variantConstraint(variants), available: variantConstraint(variants.filter((variant) => isAvailable(variant.availability ?? product.availability))) } : undefined,
    variants,
    validDomains,
    availableDomains,
    problems,
  };
}

/** The rules' constraints, then the variants' (all of them, or the available ones). */
export function constraintsOf(model: Model, variants: 'all' | 'available'): Constraint[] {
  return [...model.ruleConstraints, ...(model.variantConstraints ? [model.variantConstraints[variants]] : [])];
}
