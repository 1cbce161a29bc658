import { expect } from '@esm-bundle/chai';
import { checkConfiguration, Configurator, describeProblem, describeReason, type ConfigurationState, type Reason } from '../src/customize/index.js';
import { createFormatter } from '../src/format/format.js';
import type { Product } from '../src/model/types.js';

const english = createFormatter('en');
const german = createFormatter('de-DE');

/** A laptop with CPU, memory and storage: prices, and rules of every kind. */
function laptop(rules: unknown[], extra: Partial<Product> = {}): Product {
  return {
    id: 'aero-14',
    name: 'Aero 14',
    availability: 'in-stock',
    attributes: {},
    price: { amount: 1000, currency: 'EUR' },
    options: [
      { key: 'cpu', label: 'CPU', values: [{ value: 'i5', label: 'Core i5' }, { value: 'i7', label: 'Core i7', priceDelta: 150 }, { value: 'i9', label: 'Core i9', priceDelta: 400 }] },
      { key: 'memory', label: 'Memory', values: [{ value: '16', label: '16 GB' }, { value: '32', label: '32 GB', priceDelta: '10%' }, { value: '64', label: '64 GB', priceDelta: 500 }] },
      { key: 'storage', label: 'Storage', values: [{ value: '512', label: '512 GB' }, { value: '1tb', label: '1 TB', priceDelta: 120 }, { value: '4tb', label: '4 TB', priceDelta: 600 }] },
    ],
    rules: rules as Product['rules'],
    ...extra,
  };
}

/** `key=value` of every possible list value. */
const possibleValues = (state: ConfigurationState) =>
  state.groups.flatMap((group) => (group.values ?? []).filter((value) => value.possible).map((value) => `${group.option.key}=${value.value}`));

function reasonOf(state: ConfigurationState, key: string, value: string): Reason {
  const entry = state.groups.find((group) => group.option.key === key)!.values!.find((candidate) => candidate.value === value)!;
  expect(entry.possible, `${key}=${value} is not possible`).to.equal(false);
  return entry.reason!;
}

describe('customize: rules', () => {
  it('requires, excludes and only-with rule values out, with their reasons as data and in words', async () => {
    const configurator = new Configurator(
      laptop([
        { if: { cpu: 'i9' }, requires: { memory: ['32', '64'] } },
        { if: { cpu: 'i5' }, excludes: { memory: '64' } },
        { if: { storage: '4tb' }, onlyWith: { cpu: ['i7', 'i9'] } },
      ]),
    );
    expect(await checkConfiguration(configurator)).to.deep.equal([]);
    expect(possibleValues(configurator.state({})), 'nothing chosen: every value has a configuration').to.have.length(9);

    const withSmallMemory = configurator.state({ memory: '16' });
    expect(reasonOf(withSmallMemory, 'cpu', 'i9')).to.deep.equal({ kind: 'requires', rule: 0, clauses: [{ key: 'memory', values: ['32', '64'] }] });
    expect(describeReason(reasonOf(withSmallMemory, 'cpu', 'i9'), configurator, english)).to.equal('Requires Memory: 32 GB or 64 GB');
    expect(describeReason(reasonOf(withSmallMemory, 'cpu', 'i9'), configurator, german)).to.equal('Erfordert Memory: 32 GB oder 64 GB');

    const withI5 = configurator.state({ cpu: 'i5' });
    expect(reasonOf(withI5, 'memory', '64')).to.deep.equal({ kind: 'not-with', rule: 1, choices: [{ key: 'cpu', value: 'i5' }] });
    expect(describeReason(reasonOf(withI5, 'memory', '64'), configurator, english)).to.equal('Not available with CPU: Core i5');
    expect(reasonOf(withI5, 'storage', '4tb')).to.deep.equal({ kind: 'only-with', rule: 2, clauses: [{ key: 'cpu', values: ['i7', 'i9'] }] });
    expect(describeReason(reasonOf(withI5, 'storage', '4tb'), configurator, english)).to.equal('Only with CPU: Core i7 or Core i9');
    // The chosen CPU's alternatives stay possible: choosing another one is always allowed.
    expect(possibleValues(withI5)).to.include.members(['cpu=i5', 'cpu=i7', 'cpu=i9']);

    const withLargeStorage = configurator.state({ storage: '4tb' });
    expect(describeReason(reasonOf(withLargeStorage, 'cpu', 'i5'), configurator, english)).to.equal('Not available with Storage: 4 TB');
    expect(describeReason(reasonOf(withLargeStorage, 'cpu', 'i5'), configurator, german)).to.equal('Nicht erhältlich mit Storage: 4 TB');
  });

  it('follows chains of rules: a value that only leads to dead ends is not possible, though no rule names it with the choice', async () => {
    // i5 → at most 16 GB; 4 TB → 64 GB: so i5 and 4 TB never meet, though no rule names both.
    const configurator = new Configurator(
      laptop([
        { if: { cpu: 'i5' }, requires: { memory: '16' } },
        { if: { storage: '4tb' }, requires: { memory: '64' } },
      ]),
    );
    const state = configurator.state({ storage: '4tb' });
    expect(reasonOf(state, 'cpu', 'i5')).to.deep.equal({ kind: 'conflict', choices: [{ key: 'storage', value: '4tb' }] });
    expect(describeReason(reasonOf(state, 'cpu', 'i5'), configurator, english)).to.equal('Not possible with Storage: 4 TB');
    expect(possibleValues(state)).to.include.members(['cpu=i7', 'cpu=i9', 'memory=64']);
    expect(possibleValues(state)).to.not.include('memory=16');

    // A longer chain through three options, and a dead end two steps away.
    const chained = new Configurator(
      laptop([
        { if: { cpu: 'i9' }, requires: { memory: '64' } },
        { if: { memory: '64' }, requires: { storage: ['1tb', '4tb'] } },
        { if: { storage: ['1tb', '4tb'] }, excludes: { cpu: 'i9' } },
      ]),
    );
    const nothing = chained.state({});
    expect(possibleValues(nothing)).to.not.include('cpu=i9');
    expect(reasonOf(nothing, 'cpu', 'i9').kind).to.equal('never');
    const errors = await checkConfiguration(chained);
    expect(errors.map((error) => error.message).join('\n')).to.include('cpu = i9 can never be chosen');
    expect(errors[0]!.rules).to.deep.equal([0, 1, 2]);
  });

  it('rules over several options', () => {
    const configurator = new Configurator(
      laptop([
        { if: { cpu: 'i9', storage: ['1tb', '4tb'] }, requires: { memory: '64' } },
        { if: { cpu: 'i5' }, onlyWith: { memory: ['16', '32'] } },
      ]),
    );
    expect(possibleValues(configurator.state({ cpu: 'i9', storage: '512' }))).to.include('memory=16');
    const large = configurator.state({ cpu: 'i9', storage: '1tb' });
    expect(reasonOf(large, 'memory', '16')).to.deep.equal({ kind: 'not-with', rule: 0, choices: [{ key: 'cpu', value: 'i9' }, { key: 'storage', value: '1tb' }] });
    expect(describeReason(reasonOf(large, 'memory', '16'), configurator, english)).to.equal('Not available with CPU: Core i9 and Storage: 1 TB');
    const i5 = configurator.state({ cpu: 'i5' });
    expect(describeReason(reasonOf(i5, 'memory', '64'), configurator, english)).to.equal('Not available with CPU: Core i5');
  });

  it('numbers and texts are free of rules: possible whenever the rest is, checked on their own', () => {
    const bed: Product = {
      id: 'bed',
      name: 'Bed',
      availability: 'in-stock',
      attributes: {},
      options: [
        { key: 'size', values: ['90x200', '180x200'] },
        { key: 'core', values: ['foam', 'hybrid'] },
        { key: 'firmness', kind: 'number', min: 0, max: 100, step: 5, default: 50 },
        { key: 'monogram', kind: 'text', maxLength: 3, allowed: 'A-Z' },
      ],
      rules: [{ if: { size: '90x200' }, excludes: { core: 'hybrid' } }],
    };
    const configurator = new Configurator(bed);
    const single = configurator.state({ size: '90x200', firmness: 85, monogram: 'ABC' });
    expect(single.groups.find((group) => group.option.key === 'firmness')).to.deep.equal({ option: configurator.options[2], value: 85 });
    expect(describeReason(reasonOf(single, 'core', 'hybrid'), configurator, english)).to.equal('Not available with Size: 90x200');
    expect(configurator.state({ size: '90x200', core: 'foam', firmness: 85, monogram: 'ABC' }).complete).to.equal(true);
    const wrong = configurator.state({ size: '180x200', core: 'hybrid', firmness: 83, monogram: 'abc' });
    expect(wrong.problems.map((problem) => describeProblem(problem, configurator, english))).to.deep.equal(['Firmness: from 0 to 100 in steps of 5', 'Monogram: “a” “b” “c” cannot be used']);
  });

  it('rules that contradict each other, or leave a group no value, are configuration errors naming the product, the rules and the options', async () => {
    const impossible = new Configurator(
      laptop([
        { if: { memory: '16' }, excludes: { cpu: ['i5', 'i7', 'i9'] } },
        { requires: { memory: ['16', '32'] } },
        { if: { memory: '32' }, requires: { storage: '4tb' } },
        { excludes: { storage: '4tb' } },
        { if: { cpu: 'i7' }, requires: { storage: '1tb' } },
      ]),
    );
    expect(impossible.configurable).to.equal(false);
    const [error] = await checkConfiguration(impossible);
    expect(error).to.include({ name: 'ShortlistError', code: 'catalog', productId: 'aero-14', field: 'rules' });
    expect(error!.rules, 'the fewest rules that contradict each other').to.deep.equal([0, 1, 2, 3]);
    expect(error!.options).to.have.members(['memory', 'cpu', 'storage']);
    expect(error!.message).to.include('product "aero-14"').and.include('rules[0] (if memory is 16: excludes cpu is i5 or i7 or i9)').and.include('customize.md#errors');
    expect(error!.message).to.not.include('rules[4]');

    const state = impossible.state({ cpu: 'i5', memory: '32', storage: '512' });
    expect(state.complete, 'an unconfigurable product never gives a complete configuration').to.equal(false);
    expect(state.problems).to.deep.equal([{ kind: 'unconfigurable' }]);
    expect(possibleValues(state)).to.deep.equal([]);
    expect(describeProblem(state.problems[0]!, impossible, german)).to.equal('Dieses Produkt kann derzeit nicht konfiguriert werden');
  });

  it('an incomplete or impossible selection is never complete', () => {
    const configurator = new Configurator(laptop([{ if: { cpu: 'i9' }, requires: { memory: ['32', '64'] } }]));
    const partial = configurator.state({ cpu: 'i9', memory: '32' });
    expect(partial.complete).to.equal(false);
    expect(partial.problems).to.deep.equal([{ kind: 'missing', key: 'storage' }]);
    expect(describeProblem(partial.problems[0]!, configurator, english)).to.equal('Choose Storage');

    const impossible = configurator.state({ cpu: 'i9', memory: '16', storage: '512' });
    expect(impossible.complete).to.equal(false);
    expect(impossible.problems.map((problem) => problem.kind)).to.deep.equal(['impossible', 'impossible']);
    expect(impossible.problems.map((problem) => describeProblem(problem, configurator, english))).to.deep.equal([
      'CPU: Requires Memory: 32 GB or 64 GB',
      'Memory: Not available with CPU: Core i9',
    ]);

    const invalid = configurator.state({ cpu: 'i9', memory: '128', storage: '512' });
    expect(invalid.complete).to.equal(false);
    expect(invalid.problems).to.deep.equal([{ kind: 'invalid', key: 'memory', found: '128', problem: { kind: 'unknown-value' } }]);

    const complete = configurator.state({ cpu: 'i9', memory: '32', storage: '1tb', unknown: 'ignored' });
    expect(complete.complete).to.equal(true);
    expect(complete.problems).to.deep.equal([]);
    // 1000 + 400 (i9) + 10 % of 1000 (32 GB) + 120 (1 TB)
    expect(complete.price).to.deep.equal({ amount: 1620, currency: 'EUR' });
  });
});
