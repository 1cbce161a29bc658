/**
 * The customizer's reference: random configurable products from a seed, and what is possible
 * for them found by brute force — every complete configuration enumerated and checked against
 * the rules as docs/customize.md states them, independently of the engine's solver. Used by
 * the exactness tests and by `npm run bench` (the baseline).
 */
// The storefront's seeded generator (mulberry32): one PRNG for the repository.
import { createRandom } from '../../../examples/storefront/catalog/random.mjs';
import type { ConditionInput, OptionInput, RuleInput, VariantInput } from '../src/model/input.js';

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  sample<T>(items: readonly T[], count: number): T[];
}

export const seededRandom = (seed: number): Random => createRandom(seed) as Random;

export interface RandomProductSize {
  /** List options and values per list option. */
  groups: number;
  values: number;
  rules: number;
  /** Variants over the first two list options (a random part of their combinations, some sold out). */
  variants?: boolean;
  /** A number option (0–4) and an optional text option: no rule names them (rules name list options). */
  numberAndText?: boolean;
}

/** A product as catalog input: list options `g0…`, values `v0…`, and random rules of every kind between them. */
export function randomProduct(random: Random, size: RandomProductSize, id = 'random') {
  const options: OptionInput[] = Array.from({ length: size.groups }, (_, group) => ({
    key: `g${group}`,
    values: Array.from({ length: size.values }, (_, value) => ({ value: `v${value}`, available: !random.chance(0.05) })),
  }));
  if (size.numberAndText) {
    options.push({ key: 'n', kind: 'number', min: 0, max: 4, step: 1, default: 2 }, { key: 't', kind: 'text', maxLength: 10 });
  }
  const keys = options.slice(0, size.groups).map((option) => option.key);
  /** A clause on a list option that holds for about `share` of its values. */
  const clause = (share: number): ConditionInput[string] => {
    const all = Array.from({ length: size.values }, (_, value) => `v${value}`);
    const count = Math.max(1, Math.min(size.values - 1, Math.round(size.values * share * (0.5 + random.next()))));
    // Sometimes the same set written the other way round.
    const values = random.sample(all, count);
    return random.chance(0.15) ? { not: all.filter((value) => !values.includes(value)) } : values;
  };
  const condition = (from: readonly string[], count: number, share: number): ConditionInput =>
    Object.fromEntries(random.sample(from, Math.min(count, from.length)).map((key) => [key, clause(share)]));
  // Like a real catalog's rules: each applies to a few values and rules out part of another option.
  const rules: RuleInput[] = Array.from({ length: size.rules }, () => {
    const kind = random.pick(['requires', 'requires', 'excludes', 'excludes', 'onlyWith'] as const);
    const ifKeys = random.sample(keys, Math.min(keys.length - 1, random.chance(0.1) ? 0 : random.chance(0.7) ? 1 : 2));
    const thenKeys = keys.filter((key) => !ifKeys.includes(key));
    const rule: RuleInput = ifKeys.length > 0 ? { if: condition(ifKeys, ifKeys.length, 0.15) } : {};
    if (kind === 'excludes') rule.excludes = condition(thenKeys, random.int(1, 2), 0.15);
    else rule[kind] = condition(thenKeys, random.chance(0.8) ? 1 : 2, 0.6);
    return rule;
  });
  const variants: VariantInput[] = [];
  if (size.variants && keys.length >= 2) {
    for (let a = 0; a < size.values; a++) {
      for (let b = 0; b < size.values; b++) {
        if (random.chance(0.75)) variants.push({ id: `${id}-${a}-${b}`, selection: { g0: `v${a}`, g1: `v${b}` }, availability: random.chance(0.85) ? 'in-stock' : 'out-of-stock' });
      }
    }
  }
  return { id, name: `Random ${id}`, availability: 'in-stock' as const, attributes: {}, price: { amount: 100, currency: 'EUR' }, options, rules, ...(variants.length ? { variants } : {}) };
}

type Assignment = Record<string, string | number>;

/** Whether one clause of a condition holds for a complete assignment, as the docs define it. */
function clauseHolds(clause: ConditionInput[string], value: string | number): boolean {
  if (Array.isArray(clause)) return clause.map(String).includes(String(value));
  if (typeof clause !== 'object') return String(clause) === String(value);
  return !(Array.isArray(clause.not) ? clause.not : [clause.not]).map(String).includes(String(value));
}

const conditionHolds = (condition: ConditionInput, assignment: Assignment) => Object.entries(condition).every(([key, clause]) => clauseHolds(clause, assignment[key]!));

export function ruleHolds(rule: RuleInput, assignment: Assignment): boolean {
  if (rule.if && !conditionHolds(rule.if, assignment)) return true;
  if (rule.excludes) return Object.entries(rule.excludes).every(([key, clause]) => !clauseHolds(clause, assignment[key]!));
  return conditionHolds((rule.requires ?? rule.onlyWith)!, assignment);
}

type ReferenceProduct = ReturnType<typeof randomProduct>;

/** Every complete configuration that is valid and available. */
export function validConfigurations(product: ReferenceProduct): Assignment[] {
  const domains = product.options.map((option): Array<string | number> => {
    if (option.kind === 'number') return [0, 1, 2, 3, 4];
    if (option.kind === 'text') return ['', 'x'];
    return option.values!.map((value) => (value as { value: string }).value);
  });
  const soldOut = new Set(product.options.flatMap((option) => (option.values ?? []).flatMap((value) => ((value as { available: boolean }).available ? [] : [`${option.key}=${(value as { value: string }).value}`]))));
  const results: Assignment[] = [];
  const assignment: Assignment = {};
  const visit = (index: number) => {
    if (index === product.options.length) {
      if (isValid(product, assignment, soldOut)) results.push({ ...assignment });
      return;
    }
    for (const value of domains[index]!) {
      assignment[product.options[index]!.key] = value;
      visit(index + 1);
    }
  };
  visit(0);
  return results;
}

function isValid(product: ReferenceProduct, assignment: Assignment, soldOut: ReadonlySet<string>): boolean {
  if (Object.entries(assignment).some(([key, value]) => soldOut.has(`${key}=${value}`))) return false;
  if (!product.rules.every((rule) => ruleHolds(rule, assignment))) return false;
  const variants = product.variants;
  return !variants || variants.some((variant) => variant.availability === 'in-stock' && Object.entries(variant.selection).every(([key, value]) => assignment[key] === value));
}

/**
 * What is possible with `selection` (option key → value), as the engine defines it: for an
 * option not chosen, its values in some valid configuration with all chosen values; for a
 * chosen one, its values in some valid configuration with the other chosen values.
 * Returns `key=value` strings.
 */
export function possibleByBruteForce(configurations: readonly Assignment[], selection: Assignment): Set<string> {
  const possible = new Set<string>();
  const chosen = Object.entries(selection);
  for (const configuration of configurations) {
    const differing = chosen.filter(([key, value]) => configuration[key] !== value);
    if (differing.length > 1) continue;
    for (const [key, value] of Object.entries(configuration)) {
      // All chosen match: every value of the configuration is possible; one differs: only that option's.
      if (differing.length === 0 || differing[0]![0] === key) possible.add(`${key}=${value}`);
    }
  }
  return possible;
}
