import { expect } from '@esm-bundle/chai';
import { Configurator, type ConfigurationState } from '../src/customize/index.js';
import type { Product } from '../src/model/types.js';
import { possibleByBruteForce, randomProduct, seededRandom, validConfigurations } from './customize-reference.js';

/** `key=value` of every list value the engine calls possible. */
function possibleValues(state: ConfigurationState): Set<string> {
  return new Set(state.groups.flatMap(({ option, values = [] }) => values.filter((value) => value.possible).map((value) => `${option.key}=${value.value}`)));
}

/** The list values brute force finds possible (numbers and texts are free: no rule names them). */
const listValues = (possible: Iterable<string>) => [...possible].filter((entry) => entry.startsWith('g'));

const sorted = (values: Iterable<string>) => [...values].sort().join(' ');

describe('customize: exactness against brute force', () => {
  it('on 400 random small products × 8 random selections: possible values, completeness and "no configuration at all" agree', function () {
    this.timeout(60_000);
    const random = seededRandom(20_240_611);
    let compared = 0;
    let unconfigurable = 0;
    for (let index = 0; index < 400; index++) {
      const size = { groups: random.int(2, 5), values: random.int(2, 4), rules: random.int(1, 9), variants: random.chance(0.4), numberAndText: random.chance(0.4) };
      const product = randomProduct(random, size, `random-${index}`);
      const configurator = new Configurator(product as Product);
      const configurations = validConfigurations(product);
      if (!configurator.configurable) {
        // Only when no configuration at all satisfies the rules (stock aside): check that with the rules alone.
        const stockAside = { ...product, options: product.options.map((option) => ({ ...option, values: option.values?.map((value) => ({ ...(value as object), available: true })) })), variants: product.variants?.map((variant) => ({ ...variant, availability: 'in-stock' })) };
        expect(validConfigurations(stockAside), `random-${index}: unconfigurable although a configuration exists`).to.deep.equal([]);
        unconfigurable++;
        continue;
      }
      for (let round = 0; round < 8; round++) {
        const selection: Record<string, string | number> = {};
        for (const option of product.options) {
          if (!random.chance(0.5)) continue;
          selection[option.key] = option.kind === 'number' ? random.int(0, 4) : option.kind === 'text' ? random.pick(['', 'x']) : `v${random.int(0, size.values - 1)}`;
        }
        const state = configurator.state(selection);
        // Brute force enumerates every option: a text not filled in is empty, a number is at its default.
        const chosen: Record<string, string | number> = { ...state.selection };
        for (const option of product.options) if (option.kind === 'text') chosen[option.key] ??= '';
        const where = `random-${index} ${JSON.stringify(product.rules)} ${JSON.stringify(chosen)}`;
        expect(sorted(possibleValues(state)), where).to.equal(sorted(listValues(possibleByBruteForce(configurations, chosen))));
        const listChosen = product.options.every((option) => option.kind === 'number' || option.kind === 'text' || Object.hasOwn(chosen, option.key));
        const valid = configurations.some((configuration) => Object.entries(chosen).every(([key, value]) => configuration[key] === value));
        expect(state.complete, `complete: ${where}`).to.equal(listChosen && valid);
        compared++;
      }
    }
    expect(compared, 'most random products are configurable').to.be.greaterThan(2000);
    expect(unconfigurable, 'some random rule sets leave no configuration').to.be.greaterThan(0);
  });
});
