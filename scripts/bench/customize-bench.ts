/**
 * The customizer benchmark's in-page part (`node scripts/bench.mjs customize`): bundled by the
 * bench with esbuild, loaded by customize.html. It times the engine's full recomputation
 * (`Configurator.state`: what is possible, why not, price, problems) along a shopper's path
 * through random products, and the brute-force enumeration of the reference
 * (packages/core/test/customize-reference.ts) on products small enough for it to finish.
 */
import { checkConfiguration, Configurator } from '../../packages/core/src/customize/index.js';
import type { Product } from '../../packages/core/src/model/types.js';
import { possibleByBruteForce, type RandomProductSize, randomProduct, seededRandom, validConfigurations } from '../../packages/core/test/customize-reference.js';

export interface Timings {
  /** Milliseconds per recomputation. */
  times: number[];
  /**
   * Per recomputation, the fastest of it and `repeats` more of the same selection: what the
   * work costs without the time other processes took the CPU away (a repeat may find a dead end
   * remembered by the first, so this is a lower bound).
   */
  fastest: number[];
  /** Milliseconds to build each product's configurator (reading, compiling, what is possible with nothing chosen). */
  builds: number[];
  /** Milliseconds from asking to having each product's configuration errors (`checkConfiguration`: the fewest rules behind each problem, in slices of at most 8 ms). */
  checks: number[];
  /** Values possible / impossible over all recomputations, and the reasons' kinds. */
  possible: number;
  impossible: number;
  reasons: Record<string, number>;
  /** Complete configurations reached on the paths. */
  completed: number;
}

/**
 * A shopper's path through each product: choose a possible value of an option not chosen yet,
 * now and then change one already chosen, start over after a complete configuration or 12 steps.
 * With `restoredLinks`, every selection is instead random (values per option picked blindly,
 * as an outdated link may hold), which often clashes.
 */
export async function engine(size: RandomProductSize, seeds: number[], steps: number, warmUp: number, { restoredLinks = false, repeats = 0 } = {}): Promise<Timings> {
  const timings: Timings = { times: [], fastest: [], builds: [], checks: [], possible: 0, impossible: 0, reasons: {}, completed: 0 };
  for (const seed of seeds) {
    const random = seededRandom(seed);
    const product = benchProduct(size, seed, random);
    const started = performance.now();
    const configurator = new Configurator(product);
    timings.builds.push(performance.now() - started);
    let selection: Record<string, string> = {};
    for (let step = 0; step < warmUp + steps; step++) {
      if (restoredLinks) selection = Object.fromEntries(product.options!.filter(() => random.chance(0.5)).map((option) => [option.key, `v${random.int(0, size.values - 1)}`]));
      const before = performance.now();
      const state = configurator.state(selection);
      const time = performance.now() - before;
      if (step < warmUp) continue;
      timings.times.push(time);
      let fastest = time;
      for (let repeat = 0; repeat < repeats; repeat++) {
        const again = performance.now();
        configurator.state(selection);
        fastest = Math.min(fastest, performance.now() - again);
      }
      timings.fastest.push(fastest);
      for (const group of state.groups) {
        for (const value of group.values ?? []) {
          if (value.possible) timings.possible++;
          else {
            timings.impossible++;
            timings.reasons[value.reason!.kind] = (timings.reasons[value.reason!.kind] ?? 0) + 1;
          }
        }
      }
      if (state.complete) timings.completed++;
      const open = state.groups.filter((group) => group.values?.some((value) => value.possible && value.value !== group.value));
      if (state.complete || open.length === 0 || step % 12 === 11) {
        selection = {};
        continue;
      }
      const unchosen = open.filter((group) => group.value === undefined);
      const group = random.pick(unchosen.length > 0 && !random.chance(0.15) ? unchosen : open);
      selection = { ...(state.selection as Record<string, string>), [group.option.key]: random.pick(group.values!.filter((value) => value.possible)).value };
    }
    const checking = performance.now();
    await checkConfiguration(configurator);
    timings.checks.push(performance.now() - checking);
  }
  return timings;
}

/** The random product of a seed (the same one for the same size and seed): `bench-<seed>`. */
export function benchProduct(size: RandomProductSize, seed: number, random = seededRandom(seed)): Product {
  return randomProduct(random, size, `bench-${seed}`) as Product;
}

/**
 * The brute-force recomputation: enumerate every configuration, keep the valid and available
 * ones, and read off what is possible with the selection. Selections from the same kind of path.
 */
export function bruteForce(size: RandomProductSize, seeds: number[], steps: number): { times: number[]; configurations: number; valid: number } {
  const times: number[] = [];
  let valid = 0;
  for (const seed of seeds) {
    const random = seededRandom(seed);
    const product = randomProduct(random, size, `brute-${seed}`);
    let selection: Record<string, string> = {};
    for (let step = 0; step < steps; step++) {
      const before = performance.now();
      const configurations = validConfigurations(product);
      const possible = possibleByBruteForce(configurations, selection);
      times.push(performance.now() - before);
      valid = configurations.length;
      const open = product.options.filter((option) => !Object.hasOwn(selection, option.key) && option.values!.some((value) => possible.has(`${option.key}=${(value as { value: string }).value}`)));
      if (open.length === 0) selection = {};
      else {
        const option = random.pick(open);
        const values = option.values!.map((value) => (value as { value: string }).value).filter((value) => possible.has(`${option.key}=${value}`));
        selection = { ...selection, [option.key]: random.pick(values) };
      }
    }
  }
  return { times, configurations: size.values ** size.groups, valid };
}
