import { expect } from '@esm-bundle/chai';
import { normalizeCatalog } from '../src/catalog/normalize.js';
import { checkConfiguration, Configurator, configuratorFor, ConfigurationError } from '../src/customize/index.js';
import { ShortlistError } from '../src/errors.js';
import type { Product } from '../src/model/types.js';

const product = (options: unknown[], rules?: unknown[]): Product => ({
  id: 'p1',
  name: 'Product',
  availability: 'in-stock',
  attributes: {},
  options: options as Product['options'],
  ...(rules ? { rules: rules as Product['rules'] } : {}),
});

/** The one error of a product's option data: it names the product, the field, what was expected and what was found. */
async function onlyError(configurator: Configurator): Promise<ConfigurationError> {
  expect(configurator.dataProblems, 'one problem of the data, found as the product is read').to.have.length(1);
  const errors = await checkConfiguration(configurator);
  expect(errors, JSON.stringify(errors.map((error) => error.message))).to.have.length(1);
  const [error] = errors;
  expect(error).to.be.instanceOf(ShortlistError);
  expect(error!.code).to.equal('catalog');
  expect(error!.message).to.include('product "p1"').and.include(error!.field!).and.include(error!.expected!).and.include('docs/customize.md#errors');
  return error!;
}

const colour = { key: 'colour', values: ['Red', 'Blue'] };

describe('customize: option data', () => {
  it('reads every option kind, with defaults', async () => {
    const configurator = new Configurator(
      product([
        { key: 'colour', values: ['Red', { value: 42, label: 'Forty-two', priceDelta: '12.50', available: 'false' }] },
        { key: 'size', kind: 'size', label: ' Size ', values: ['S'] },
        { key: 'engraving', kind: 'text' },
        { key: 'firmness', kind: 'number', min: 0, max: 10, step: 0.5, unit: '%' },
      ]),
    );
    expect(await checkConfiguration(configurator)).to.deep.equal([]);
    expect(configurator.options).to.deep.equal([
      {
        key: 'colour',
        label: 'Colour',
        kind: 'choice',
        values: [
          { value: 'Red', label: 'Red', available: true },
          { value: '42', label: 'Forty-two', available: false, priceDelta: 12.5 },
        ],
      },
      { key: 'size', label: 'Size', kind: 'size', values: [{ value: 'S', label: 'S', available: true }] },
      { key: 'engraving', label: 'Engraving', kind: 'text', maxLength: 200, required: false },
      { key: 'firmness', label: 'Firmness', kind: 'number', min: 0, max: 10, step: 0.5, default: 0, unit: '%' },
    ]);
  });

  const malformed: Array<[string, unknown[], unknown[] | undefined, Partial<ConfigurationError>]> = [
    ['an option that is no object', ['colour'], undefined, { field: 'options[0]', found: 'colour' }],
    ['a key with spaces', [{ key: 'my colour', values: ['Red'] }], undefined, { field: 'options[0].key' }],
    ['an unknown kind', [{ key: 'colour', kind: 'swatch', values: ['Red'] }], undefined, { field: 'options[0].kind', found: 'swatch' }],
    ['no values', [{ key: 'colour', values: [] }], undefined, { field: 'options[0].values' }],
    ['a repeated value', [{ key: 'colour', values: ['Red', 'Red'] }], undefined, { field: 'options[0].values[1].value', found: 'Red' }],
    ['a swatch that is no colour', [{ key: 'colour', values: [{ value: 'Red', swatch: 'red; background: url(x)' }] }], undefined, { field: 'options[0].values[0].swatch' }],
    ['a javascript: image', [{ key: 'colour', values: [{ value: 'Red', image: 'javascript:alert(1)' }] }], undefined, { field: 'options[0].values[0].image' }],
    ['a bad price', [{ key: 'colour', values: [{ value: 'Red', priceDelta: 'free' }] }], undefined, { field: 'options[0].values[0].priceDelta', found: 'free' }],
    ['a backwards range of characters', [{ key: 'engraving', kind: 'text', allowed: 'z-a' }], undefined, { field: 'options[0].allowed', found: 'z-a' }],
    ['a text longer than 200', [{ key: 'engraving', kind: 'text', maxLength: 500 }], undefined, { field: 'options[0].maxLength', found: 500 }],
    ['a number range that is empty', [{ key: 'firmness', kind: 'number', min: 10, max: 0 }], undefined, { field: 'options[0].max' }],
    ['a default off the grid', [{ key: 'firmness', kind: 'number', min: 0, max: 10, step: 2, default: 3 }], undefined, { field: 'options[0].default', found: 3 }],
    ['two options with one key', [colour, colour], undefined, { field: 'options[1].key', found: 'colour' }],
    ['a rule on an unknown option', [colour], [{ if: { color: 'Red' }, excludes: { colour: 'Blue' } }], { field: 'rules[0].if.color', found: 'color', options: [] }],
    ['a rule on an unknown value', [colour], [{ requires: { colour: ['Red', 'Green'] } }], { field: 'rules[0].requires.colour', found: 'Green' }],
    ['a rule without a consequence', [colour], [{ if: { colour: 'Red' } }], { field: 'rules[0]' }],
    ['a rule with two consequences', [colour], [{ requires: { colour: 'Red' }, excludes: { colour: 'Blue' } }], { field: 'rules[0]', found: 'requires and excludes' }],
    ['a range on a list option', [colour], [{ requires: { colour: { min: 1 } } }], { field: 'rules[0].requires.colour' }],
    ['"not" every value', [colour], [{ requires: { colour: { not: ['Red', 'Blue'] } } }], { field: 'rules[0].requires.colour' }],
    // Numbers and texts are checked on their own (range and step, length and characters): rules name options with values.
    ['a rule on a number', [colour, { key: 'firmness', kind: 'number', min: 0, max: 10 }], [{ if: { firmness: { min: 8 } }, requires: { colour: 'Red' } }], { field: 'rules[0].if.firmness', options: [] }],
    ['a rule on a text', [colour, { key: 'engraving', kind: 'text' }], [{ if: { colour: 'Red' }, excludes: { engraving: { filled: true } } }], { field: 'rules[0].excludes.engraving' }],
    ['a table of combinations (that is what variants are)', [colour], [{ allow: [{ colour: 'Red' }] }], { field: 'rules[0]', found: 'none of them' }],
  ];
  for (const [what, options, rules, expected] of malformed) {
    it(`${what}: a configuration error, and the product cannot be configured (it stays a product)`, async () => {
      const configurator = new Configurator(product(options, rules));
      const error = await onlyError(configurator);
      expect(error).to.deep.include(expected);
      expect(configurator.configurable).to.equal(false);
      expect(configurator.state({}).problems).to.deep.equal([{ kind: 'unconfigurable' }]);
    });
  }

  it('the catalog keeps bad option data (checked when configured); a non-list is reported at once and the product still loads', () => {
    const catalog = normalizeCatalog([{ source: 'inline', input: { products: [{ id: 'a', name: 'A', options: [{ key: 'x y', values: [] }] }, { id: 'b', name: 'B', options: { key: 'x' } }] } }]);
    expect(catalog.products.map((item) => item.id)).to.deep.equal(['a', 'b']);
    expect(catalog.issues.map((issue) => issue.field)).to.deep.equal(['products[1].options']);
    const configurator = configuratorFor(catalog.byId.get('a')!);
    expect(configurator.configurable).to.equal(false);
    expect(configuratorFor(catalog.byId.get('a')!), 'one configurator per product').to.equal(configurator);
    expect(configuratorFor(catalog.byId.get('b')!), 'no options: nothing to configure').to.include({ configurable: false }).and.have.deep.property('options', []);
  });
});
