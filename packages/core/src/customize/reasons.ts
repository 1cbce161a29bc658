/**
 * Why a value is not possible, as data: the first of these that applies, from the most
 * specific to the most general.
 *
 * 1. The value is sold out whatever else is chosen (`sold-out`).
 * 2. No configuration at all has it (`never`), or none that is available (`sold-out`).
 * 3. A rule rules it out together with the current choices: the value needs something not
 *    chosen (`requires`, `only-with`), or a choice rules it out (`not-with`).
 * 4. No variant combines it with the current choices (`not-available-in`), or only sold-out
 *    ones do (`sold-out-in`); the choices named are the fewest that explain it.
 * 5. Otherwise a chain of rules and stock leads from the choices to a dead end: `conflict`,
 *    with the fewest current choices that still make the value impossible (found by the solver).
 */
import type { ListOption, OptionClause, OptionRule, Variant } from '../model/types.js';
import type { Configurator } from './configurator.js';
import { isAvailable } from './model.js';
import type { SelectionValue } from './selection.js';
import { FREE, hasValue } from './solver.js';

/** A chosen value, as a reason names it. */
export interface Choice {
  key: string;
  value: SelectionValue;
}

export type Reason =
  | { kind: 'sold-out' }
  | { kind: 'never' }
  | { kind: 'requires' | 'only-with'; rule: number; clauses: OptionClause[] }
  | { kind: 'not-with'; rule: number; choices: Choice[] }
  | { kind: 'not-available-in' | 'sold-out-in'; choices: Choice[] }
  | { kind: 'conflict'; choices: Choice[] };

/** Why value `index` of `option` is not possible with `others` (every other list option's current value). */
export function reasonFor(context: Configurator, option: ListOption, index: number, others: readonly Choice[], clashes: Map<string, Choice[] | undefined>): Reason {
  const { model, rules } = context;
  const { value, available } = option.values[index]!;
  const variable = model.variableOf.get(option.key)!;
  if (!available) return { kind: 'sold-out' };
  if (!hasValue(context.availablePossible[variable]!, index)) return hasValue(context.validPossible![variable]!, index) ? { kind: 'sold-out' } : { kind: 'never' };
  const assigned = new Map(others.map((choice) => [choice.key, choice.value]));
  for (let rule = 0; rule < rules.length; rule++) {
    const reason = ruleReason(rules[rule]!, rule, option.key, value, assigned);
    if (reason) return reason;
  }
  return variantReason(context, option.key, value, others) ?? conflictReason(context, option.key, index, others, clashes);
}

/** How `rule` rules out `key` = `value` with the assigned values, if it does. */
function ruleReason(rule: OptionRule, index: number, key: string, value: SelectionValue, assigned: ReadonlyMap<string, SelectionValue>): Reason | undefined {
  /** True or false when the clause's option has a value; undefined when it is still open. */
  const holds = (clause: OptionClause) => {
    const current = clause.key === key ? value : assigned.get(clause.key);
    return current === undefined ? undefined : clause.values.includes(current as string);
  };
  if (!rule.if.every((clause) => holds(clause) === true)) return undefined;
  const choicesOf = (clauses: readonly OptionClause[]) =>
    [...new Set(clauses.map((clause) => clause.key))].filter((other) => other !== key && assigned.has(other)).map((other) => ({ key: other, value: assigned.get(other)! }));
  const failing = rule.then.filter((clause) => holds(clause) === (rule.kind === 'excludes'));
  if (failing.length === 0) return undefined;
  if (failing.some((clause) => clause.key === key)) {
    // The value is what the rule requires or excludes: the choices that made the rule apply are why.
    const choices = choicesOf(rule.if);
    return choices.length > 0 ? { kind: 'not-with', rule: index, choices } : undefined;
  }
  if (!rule.if.some((clause) => clause.key === key)) return undefined;
  return rule.kind === 'excludes' ? { kind: 'not-with', rule: index, choices: choicesOf(failing) } : { kind: rule.kind, rule: index, clauses: failing };
}

/** No variant (or no available one) with the value and the fewest current choices that explain it. */
function variantReason({ product, model }: Configurator, key: string, value: SelectionValue, others: readonly Choice[]): Reason | undefined {
  const variants = model.variants;
  if (!variants.some((variant) => Object.hasOwn(variant.selection, key))) return undefined;
  const matching = (choices: readonly Choice[]) =>
    variants.filter(
      (variant) =>
        (variant.selection[key] ?? value) === value &&
        choices.every((choice) => !Object.hasOwn(variant.selection, choice.key) || variant.selection[choice.key] === choice.value),
    );
  const available = (variant: Variant) => isAvailable(variant.availability ?? product.availability);
  const relevant = others.filter((choice) => variants.some((variant) => Object.hasOwn(variant.selection, choice.key)));
  if (matching(relevant).length === 0) {
    const choices = fewest(relevant, (subset) => matching(subset).length === 0);
    return choices.length > 0 ? { kind: 'not-available-in', choices } : undefined;
  }
  if (!matching(relevant).some(available)) {
    const choices = fewest(relevant, (subset) => !matching(subset).some(available));
    return choices.length > 0 ? { kind: 'sold-out-in', choices } : undefined;
  }
  return undefined;
}

/**
 * The fewest current choices that, with value `index` of option `key`, leave no complete
 * available configuration. When the other choices already clash
 * among themselves, that clash is the reason for every value of the option: `clashes` keeps it
 * per option key for the rest of one state's reasons.
 */
function conflictReason(context: Configurator, key: string, index: number, others: readonly Choice[], clashes: Map<string, Choice[] | undefined>): Reason {
  if (!clashes.has(key)) clashes.set(key, leavesNoConfiguration(context, others) ? clashOf(context, others) : undefined);
  return { kind: 'conflict', choices: clashes.get(key) ?? fewest(others, (subset) => leavesNoConfiguration(context, subset, key, index)) };
}

/** The fewest of `choices` that together leave no complete available configuration (they must). */
export function clashOf(context: Configurator, choices: readonly Choice[]): Choice[] {
  return fewest(choices, (subset) => leavesNoConfiguration(context, subset));
}

/** Whether the choices, and value `index` of option `key` if given, leave no complete available configuration. */
function leavesNoConfiguration({ model, solver }: Configurator, choices: readonly Choice[], key?: string, index?: number): boolean {
  const chosen = model.variables.map((option) => {
    const choice = choices.find((candidate) => candidate.key === option.key);
    return option.key === key ? index! : choice ? option.values.findIndex((entry) => entry.value === choice.value) : FREE;
  });
  return solver.solveWith(chosen) === undefined;
}

/**
 * A smallest-by-inclusion part of `items` that still `fails` (deletion: drop each item whose
 * absence keeps the failure). `items` itself must fail.
 */
export function fewest<T>(items: readonly T[], fails: (subset: readonly T[]) => boolean): T[] {
  const steps = fewestSteps(items, fails);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `fewest`, one test of `fails` per step: the checks of the rules (check/) give the page the main thread back between steps. */
export function* fewestSteps<T>(items: readonly T[], fails: (subset: readonly T[]) => boolean): Generator<void, T[]> {
  let kept = [...items];
  for (const item of items) {
    const without = kept.filter((other) => other !== item);
    if (fails(without)) kept = without;
    yield;
  }
  return kept;
}
