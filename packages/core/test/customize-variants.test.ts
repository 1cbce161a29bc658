import { expect } from '@esm-bundle/chai';
import { readJsonLd } from '../src/catalog/sources/jsonld.js';
import { normalizeCatalog } from '../src/catalog/normalize.js';
import { checkConfiguration, Configurator, describeProblem, describeReason, type ConfigurationState } from '../src/customize/index.js';
import { createFormatter } from '../src/format/format.js';
import type { Product } from '../src/model/types.js';

const english = createFormatter('en');

/** Running shoes in three colours × three sizes: one combination missing, two sold out; an engraving on top. */
function shoe(): Product {
  const variant = (color: string, size: string, availability: Product['availability'], price = 140) => ({
    id: `RUN-${color}-${size}`,
    selection: { color, size },
    price: { amount: price, currency: 'EUR' },
    availability,
    image: `/img/run-${color.toLowerCase()}.png`,
  });
  return {
    id: 'run',
    name: 'Runner',
    availability: 'in-stock',
    attributes: {},
    price: { amount: 140, currency: 'EUR' },
    options: [
      { key: 'color', label: 'Colour', values: [{ value: 'Black', swatch: '#111111' }, { value: 'Red', swatch: '#c81e1e' }, { value: 'White', swatch: '#ffffff', layer: '/img/white-sole.png' }] },
      { key: 'size', label: 'Size', kind: 'size', values: ['41', '42', '43'] },
      { key: 'engraving', label: 'Engraving', kind: 'text', maxLength: 12, allowed: 'A-Za-z0-9 .-', priceDelta: 15 },
    ],
    variants: [
      variant('Black', '41', 'in-stock'),
      variant('Black', '42', 'in-stock'),
      variant('Black', '43', 'in-stock'),
      variant('Red', '41', 'in-stock', 150),
      variant('Red', '42', 'out-of-stock', 150),
      // Red 43 is not made.
      variant('White', '41', 'out-of-stock'),
      variant('White', '42', 'in-stock'),
      variant('White', '43', 'preorder'),
    ],
  };
}

/** A product sold as it is (no variants), in stock. */
const simpleProduct = (id: string, price: Product['price'], options: unknown[]): Product => ({ id, name: id, availability: 'in-stock', attributes: {}, price, options: options as Product['options'] });

const valueState = (state: ConfigurationState, key: string, value: string) => state.groups.find((group) => group.option.key === key)!.values!.find((entry) => entry.value === value)!;

describe('customize: variants, availability and price', () => {
  it('combinations: one not made is "not available in", a sold-out one "sold out in"', async () => {
    const configurator = new Configurator(shoe());
    expect(await checkConfiguration(configurator)).to.deep.equal([]);
    const red = configurator.state({ color: 'Red' });
    expect(valueState(red, 'size', '41').possible).to.equal(true);
    expect(valueState(red, 'size', '42').reason).to.deep.equal({ kind: 'sold-out-in', choices: [{ key: 'color', value: 'Red' }] });
    expect(describeReason(valueState(red, 'size', '42').reason!, configurator, english)).to.equal('Sold out in Colour: Red');
    expect(valueState(red, 'size', '43').reason).to.deep.equal({ kind: 'not-available-in', choices: [{ key: 'color', value: 'Red' }] });
    expect(describeReason(valueState(red, 'size', '43').reason!, configurator, english)).to.equal('Not available in Colour: Red');

    const size43 = configurator.state({ size: '43' });
    expect(describeReason(valueState(size43, 'color', 'Red').reason!, configurator, english)).to.equal('Not available in Size: 43');
    expect(valueState(size43, 'color', 'White').possible, 'a preorder can be bought').to.equal(true);

    // A sold-out combination can never be completed.
    const soldOut = configurator.state({ color: 'Red', size: '42' });
    expect(soldOut.complete).to.equal(false);
    expect(soldOut.variant?.id, 'it still resolves to its variant').to.equal('RUN-Red-42');
    expect(soldOut.availability).to.equal('out-of-stock');
    expect(soldOut.problems.map((problem) => describeProblem(problem, configurator, english))).to.deep.equal([
      'Colour: Sold out in Size: 42',
      'Size: Sold out in Colour: Red',
    ]);
  });

  it('resolves a full selection to its variant (SKU), prices it, and adds what the variant does not price', () => {
    const configurator = new Configurator(shoe());
    const state = configurator.state({ color: 'Red', size: '41', engraving: '  Anna 10k  ' });
    expect(state.complete).to.equal(true);
    expect(state.variant).to.include({ id: 'RUN-Red-41', image: '/img/run-red.png' });
    expect(state.selection).to.deep.equal({ color: 'Red', size: '41', engraving: 'Anna 10k' });
    expect(state.price, "the variant's own price plus the engraving").to.deep.equal({ amount: 165, currency: 'EUR' });
    expect(state.availability).to.equal('in-stock');
    expect(configurator.state({ color: 'White', size: '43' })).to.include({ complete: true, availability: 'preorder' });
    expect(configurator.state({ color: 'Red' }).variant, 'no variant until every option it varies by is chosen').to.equal(undefined);
    expect(configurator.options[0]).to.deep.include({ kind: 'choice' });
    expect((configurator.options[0] as { values: unknown[] }).values[2]).to.deep.equal({ value: 'White', label: 'White', available: true, swatch: '#ffffff', layer: new URL('/img/white-sole.png', document.baseURI).href });
  });

  it('a value sold out everywhere, and a product sold as it is that is sold out', async () => {
    const product = simpleProduct('mug', { amount: 12, currency: 'EUR' }, [{ key: 'glaze', values: ['Blue', { value: 'Green', available: false }] }]);
    const configurator = new Configurator(product);
    expect(valueState(configurator.state({}), 'glaze', 'Green').reason).to.deep.equal({ kind: 'sold-out' });
    expect(configurator.state({ glaze: 'Green' }).complete).to.equal(false);
    expect(configurator.state({ glaze: 'Blue' }).complete).to.equal(true);

    const soldOut = new Configurator({ ...product, availability: 'out-of-stock' });
    const state = soldOut.state({ glaze: 'Blue' });
    expect(state.complete).to.equal(false);
    expect(valueState(state, 'glaze', 'Blue').reason).to.deep.equal({ kind: 'sold-out' });
    expect(await checkConfiguration(soldOut), 'being sold out is no error').to.deep.equal([]);
  });

  it('fixed and percentage price deltas, in the currency of the product (JPY has no minor unit)', () => {
    const product = simpleProduct('kimono', { amount: 10_333, currency: 'JPY' }, [
      { key: 'fabric', kind: 'material', values: [{ value: 'cotton' }, { value: 'silk', priceDelta: '+15%' }, { value: 'linen', priceDelta: -500, pricePercent: 2.5 }] },
      { key: 'name', kind: 'text', maxLength: 8, pricePercent: 1 },
    ]);
    const configurator = new Configurator(product);
    const values = configurator.state({}).groups[0]!.values!;
    expect(values.map((value) => value.priceDelta)).to.deep.equal([0, 1550, -242]);
    expect(configurator.state({ fabric: 'silk' }).price).to.deep.equal({ amount: 11_883, currency: 'JPY' });
    expect(configurator.state({ fabric: 'silk', name: 'Aiko' }).price).to.deep.equal({ amount: 11_986, currency: 'JPY' });
  });

  it('reads variants from a schema.org ProductGroup on the page', async () => {
    const container = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    const variant = (sku: string, color: string, size: string, availability: string) => ({
      '@type': 'Product',
      sku,
      color,
      size,
      offers: { '@type': 'Offer', price: '140.00', priceCurrency: 'EUR', availability: `https://schema.org/${availability}` },
    });
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      productGroupID: 'RUN',
      name: 'Runner',
      variesBy: ['https://schema.org/color', 'https://schema.org/size'],
      hasVariant: [
        variant('RUN-B-41', 'Black', '41', 'InStock'),
        variant('RUN-B-42', 'Black', '42', 'OutOfStock'),
        variant('RUN-R-41', 'Red', '41', 'InStock'),
        variant('RUN-W-42', 'White', '42', 'InStock'),
      ],
    });
    container.append(script);
    const catalog = normalizeCatalog([{ source: 'json-ld', input: readJsonLd(container).input }]);
    const configurator = new Configurator(catalog.byId.get('RUN')!);
    expect(await checkConfiguration(configurator)).to.deep.equal([]);
    const red = configurator.state({ color: 'Red' });
    expect(describeReason(valueState(red, 'size', '42').reason!, configurator, english)).to.equal('Not available in Color: Red');
    const black = configurator.state({ color: 'Black' });
    expect(describeReason(valueState(black, 'size', '42').reason!, configurator, english)).to.equal('Sold out in Color: Black');
    const complete = configurator.state({ color: 'Black', size: '41' });
    expect(complete.complete).to.equal(true);
    expect(complete.variant?.id).to.equal('RUN-B-41');
    expect(complete.price).to.deep.equal({ amount: 140, currency: 'EUR' });
  });

  it('a variant naming an unknown option or value is left out with an error; the rest configures', async () => {
    const product = shoe();
    product.variants = [...product.variants!, { id: 'RUN-Blue-41', selection: { color: 'Blue', size: '41' } }];
    const configurator = new Configurator(product);
    expect(configurator.configurable).to.equal(true);
    const errors = await checkConfiguration(configurator);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ productId: 'run', field: 'variants.RUN-Blue-41.selection.color', found: 'Blue' });
    expect(errors[0]!.message).to.include('variant "RUN-Blue-41" was left out');
  });
});
