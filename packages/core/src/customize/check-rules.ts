/**
 * The checks of a product's rules themselves, for the retailer: rules that leave no
 * configuration at all, and values rules make impossible whatever else is chosen — each named
 * with the fewest rules behind it (deletion: a rule stays only when the problem goes away
 * without it). Many searches: run when errors are read, never on a shopper's path.
 */
import type { OptionRule } from '../model/types.js';
import { ConfigurationError, describeRule } from './errors.js';
import { constraintsOf, type Model, TEXT_EMPTY } from './model.js';
import { fewest } from './reasons.js';
import { type Domains, FREE, hasValue, Solver } from './solver.js';

/** At most this many impossible values are explained (each costs a search per rule). */
const MAX_DEAD_VALUES = 20;

/**
 * The errors of `rules`: `validPossible` is what is possible with nothing chosen, stock aside;
 * undefined when no configuration satisfies the rules.
 */
export function checkRules(productId: string, rules: readonly OptionRule[], model: Model, validPossible: Domains | undefined): ConfigurationError[] {
  const constraints = constraintsOf(model, 'all');
  const all = constraints.map((_, index) => index);
  /** Whether the constraints at `indices` leave no configuration with the chosen values. */
  const failWith = (chosen: readonly number[]) => (indices: readonly number[]) =>
    new Solver(model.layout, indices.map((index) => constraints[index]!), model.validDomains).solveWith(chosen) === undefined;
  // Constraints by index: the rules come first, then the variants.
  const describe = (indices: readonly number[]) => indices.map((index) => (index < rules.length ? describeRule(rules[index]!, index) : 'the variants')).join(' and ');
  const keysOf = (indices: readonly number[]) => [...new Set(indices.flatMap((index) => constraints[index]!.scope.map((variable) => model.variables[variable]!.option.key)))];
  const nothingChosen = model.variables.map(() => FREE);

  if (!validPossible) {
    const core = fewest(all, failWith(nothingChosen));
    return [
      new ConfigurationError(productId, `no configuration satisfies ${describe(core)}`, {
        field: 'rules',
        expected: 'rules that leave at least one configuration',
        found: `${core.length} that contradict each other`,
        rules: core.filter((index) => index < rules.length),
        options: keysOf(core),
      }),
    ];
  }
  const { layout } = model;
  const dead = model.variables.flatMap(({ option }, variable) =>
    Array.from({ length: layout.sizes[variable]! }, (_, value) => ({ option, variable, value })).filter(
      ({ value }) => !hasValue(layout, validPossible, variable, value) && !(option.kind === 'text' && option.required && value === TEXT_EMPTY),
    ),
  );
  return dead.slice(0, MAX_DEAD_VALUES).flatMap(({ option, variable, value }) => {
    const core = fewest(all, failWith(nothingChosen.map((free, index) => (index === variable ? value : free))));
    const ruling = core.filter((index) => index < rules.length);
    // A value only the variants leave out is simply not sold; rules that rule one out contradict the options.
    if (ruling.length === 0) return [];
    const name = `${option.key} = ${valueName(model, variable, value)}`;
    return [
      new ConfigurationError(productId, `${name} can never be chosen: ${describe(core)} rule it out`, {
        field: `rules[${ruling[0]}]`,
        expected: `rules that leave ${name} possible, or ${name} removed from the options`,
        found: 'rules that contradict each other',
        rules: ruling,
        options: [...new Set([option.key, ...keysOf(core)])],
      }),
    ];
  });
}

function valueName(model: Model, variable: number, value: number): string {
  const entry = model.variables[variable]!;
  if ('ranges' in entry) return `${entry.ranges[value]!.min}–${entry.ranges[value]!.max}`;
  return entry.option.kind === 'text' ? (value === TEXT_EMPTY ? 'empty' : 'filled in') : entry.option.values[value]!.value;
}
