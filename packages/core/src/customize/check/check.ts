/**
 * The checks of a product's configuration for the retailer, on demand (its own chunk,
 * `customize-check`): the problems of its option data and variants in words, plus those of its rules —
 * rules that leave no configuration at all, and values rules make impossible whatever else is
 * chosen — each named with the fewest rules behind it (deletion: a rule stays only when the
 * problem goes away without it). That takes a search per rule and problem, so it runs in
 * slices that leave the page free to respond.
 */
import type { OptionClause, OptionRule } from '../../model/types.js';
import type { Configurator } from '../configurator.js';
import { ConfigurationError } from './errors.js';
import { expectedWords } from './expected.js';
import { constraintsOf } from '../model.js';
import { fewestSteps } from '../reasons.js';
import { allOf, FREE, Solver, valuesOf } from '../solver.js';

/** At most this many impossible values are explained (each costs a search per rule). */
const MAX_DEAD_VALUES = 20;
/** The page gets the main thread back after this long (ms) of searching. */
const SLICE_MS = 8;

/** Every configuration error of the product: its data problems (`configurator.dataProblems`), then its rules'. */
export async function checkConfiguration(configurator: Configurator): Promise<ConfigurationError[]> {
  const { product, rules, model, validPossible } = configurator;
  const constraints = constraintsOf(model, 'all');
  const all = constraints.map((_, index) => index);
  /** The fewest constraints that leave no configuration with `chosen` (one value index per variable, or FREE). */
  const core = (chosen: readonly number[]) =>
    sliced(fewestSteps(all, (indices) => new Solver(indices.map((index) => constraints[index]!), model.validDomains).solveWith(chosen) === undefined));
  // Constraints by index: the rules come first, then the variants.
  const describe = (indices: readonly number[]) => indices.map((index) => (index < rules.length ? describeRule(rules[index]!, index) : 'the variants')).join(' and ');
  const keysOf = (indices: readonly number[]) => [...new Set(indices.flatMap((index) => constraints[index]!.scope.map((variable) => model.variables[variable]!.key)))];
  const nothingChosen = model.variables.map(() => FREE);
  const errors = configurator.dataProblems.map(
    ({ field, expected, found, options }) =>
      new ConfigurationError(product.id, expected[0] === 'variant' ? `variant "${expected[1]}" was left out` : field, { field, expected: expectedWords(expected), found, options }),
  );

  if (!validPossible) {
    const contradicting = await core(nothingChosen);
    errors.push(
      new ConfigurationError(product.id, `no configuration satisfies ${describe(contradicting)}`, {
        field: 'rules',
        expected: 'rules that leave at least one configuration',
        found: `${contradicting.length} that contradict each other`,
        rules: contradicting.filter((index) => index < rules.length),
        options: keysOf(contradicting),
      }),
    );
    return errors;
  }
  const dead = model.variables.flatMap((option, variable) => valuesOf(allOf(option.values.length) & ~validPossible[variable]!).map((value) => ({ option, variable, value })));
  for (const { option, variable, value } of dead.slice(0, MAX_DEAD_VALUES)) {
    const ruling = await core(nothingChosen.map((free, index) => (index === variable ? value : free)));
    const byRules = ruling.filter((index) => index < rules.length);
    // A value only the variants leave out is simply not sold; rules that rule one out contradict the options.
    if (byRules.length === 0) continue;
    const name = `${option.key} = ${option.values[value]!.value}`;
    errors.push(
      new ConfigurationError(product.id, `${name} can never be chosen: ${describe(ruling)} rule it out`, {
        field: `rules[${byRules[0]}]`,
        expected: `rules that leave ${name} possible, or ${name} removed from the options`,
        found: 'rules that contradict each other',
        rules: byRules,
        options: [...new Set([option.key, ...keysOf(ruling)])],
      }),
    );
  }
  return errors;
}

/** Runs the steps, giving the page the main thread back whenever they have taken `SLICE_MS`. */
async function sliced<T>(steps: Generator<void, T>): Promise<T> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve));
      since = performance.now();
    }
  }
}

/** A rule in words, for developers: `rules[2] (if cpu is i9: requires memory is 32gb or 64gb)`. */
function describeRule(rule: OptionRule, index: number): string {
  const condition = (clauses: OptionClause[]) => clauses.map((clause) => `${clause.key} is ${clause.values.join(' or ')}`).join(' and ');
  return `rules[${index}] (${rule.if.length > 0 ? `if ${condition(rule.if)}: ` : ''}${rule.kind} ${condition(rule.then)})`;
}
