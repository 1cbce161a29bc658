import { expect } from '@esm-bundle/chai';
import { type Catalog } from '../src/index.js';
import { moveTo, sortByAttribute } from '../src/compare/index.js';
import { normalizeCatalog } from '../src/catalog/index.js';

// ---- fixtures ------------------------------------------------------------------------------

/**
 * Weights in mixed units: c (2 lb = 907 g) < a (1.2 kg) = b (1200 g) < d (1.5 kg).
 * e has no weight, no price and no rating.
 */
const catalog = (): Catalog => {
  const loaded = normalizeCatalog(
    [
      {
        source: 'inline',
        input: {
          products: [
            { id: 'a', name: 'Model 10', price: 999, rating: 4.5, attributes: { weight: '1.2 kg', touch: true, ports: ['USB-C', 'HDMI'], color: 'black' } },
            { id: 'b', name: 'model 9', price: 1299, rating: 4.1, attributes: { weight: '1200 g', touch: false, ports: ['USB-C'], color: 'Silver' } },
            { id: 'c', name: 'Ärger', price: 799, rating: 4.5, attributes: { weight: '2 lb', ports: ['USB-C', 'HDMI', 'SD'], color: 'blue' } },
            { id: 'd', name: 'Zenith', price: 999, attributes: { weight: '1.5 kg', touch: true, color: 'black' } },
            { id: 'e', name: 'Basic', attributes: {} },
          ],
          attributes: [
            { key: 'weight', type: 'number', unit: 'kg' },
            { key: 'touch', type: 'boolean' },
            { key: 'ports', type: 'set' },
            { key: 'color', type: 'enum' },
          ],
        },
      },
    ],
    { currency: 'EUR' },
  );
  expect(loaded.issues).to.deep.equal([]);
  return loaded;
};

const ids = ['a', 'b', 'c', 'd', 'e'];

// ---- tests ---------------------------------------------------------------------------------

describe('sortByAttribute', () => {
  it('numbers compare in base units across the units they were written in', () => {
    // c 907 g < a 1200 g = b 1200 g (tie: a stays first) < d 1500 g; e has none.
    expect(sortByAttribute(catalog(), ids, 'weight', 'ascending', 'en-US')).to.deep.equal(['c', 'a', 'b', 'd', 'e']);
    // Descending: the tie keeps a before b, and the missing value is still last.
    expect(sortByAttribute(catalog(), ids, 'weight', 'descending', 'en-US')).to.deep.equal(['d', 'a', 'b', 'c', 'e']);
  });

  it('price, rating and name', () => {
    expect(sortByAttribute(catalog(), ids, 'price', 'ascending', 'en-US')).to.deep.equal(['c', 'a', 'd', 'b', 'e']);
    // Ratings 4.5 (a, c), 4.1 (b); d and e have none and keep their order at the end.
    expect(sortByAttribute(catalog(), ids, 'rating', 'descending', 'en-US')).to.deep.equal(['a', 'c', 'b', 'd', 'e']);
    // Names sort as people read them: accents with their letter, case ignored, 9 before 10.
    expect(sortByAttribute(catalog(), ids, 'name', 'ascending', 'en-US')).to.deep.equal(['c', 'e', 'b', 'a', 'd']);
  });

  it("texts in the order of the shopper's language (config.locale), not the browser's", () => {
    const names = normalizeCatalog([{ source: 'inline', input: { products: ['Zebra', 'Äpple', 'Apfel', 'Öl', 'Ost'].map((name) => ({ id: name, name })) } }], { currency: 'EUR' });
    const order = ['Zebra', 'Äpple', 'Apfel', 'Öl', 'Ost'];
    // German files Ä with A and Ö with O; Swedish puts them after Z.
    expect(sortByAttribute(names, order, 'name', 'ascending', 'de-DE')).to.deep.equal(['Apfel', 'Äpple', 'Öl', 'Ost', 'Zebra']);
    expect(sortByAttribute(names, order, 'name', 'ascending', 'sv-SE')).to.deep.equal(['Apfel', 'Ost', 'Zebra', 'Äpple', 'Öl']);
  });

  it('booleans: no before yes when ascending; sets by how many items they hold', () => {
    expect(sortByAttribute(catalog(), ids, 'touch', 'ascending', 'en-US')).to.deep.equal(['b', 'a', 'd', 'c', 'e']);
    expect(sortByAttribute(catalog(), ids, 'touch', 'descending', 'en-US')).to.deep.equal(['a', 'd', 'b', 'c', 'e']);
    expect(sortByAttribute(catalog(), ids, 'ports', 'descending', 'en-US')).to.deep.equal(['c', 'a', 'b', 'd', 'e']);
  });

  it('unknown ids keep their relative order after the products without a value', () => {
    expect(sortByAttribute(catalog(), ['x', 'e', 'd', 'y', 'c'], 'weight', 'ascending', 'en-US')).to.deep.equal(['c', 'd', 'e', 'x', 'y']);
  });

  it('an unknown key sorts nothing: every value is missing', () => {
    expect(sortByAttribute(catalog(), ['d', 'a', 'c'], 'nonexistent', 'descending', 'en-US')).to.deep.equal(['d', 'a', 'c']);
    // Not a prototype member either.
    expect(sortByAttribute(catalog(), ['d', 'a', 'c'], 'constructor', 'ascending', 'en-US')).to.deep.equal(['d', 'a', 'c']);
  });

  it('returns a new array and leaves the input alone', () => {
    const input = ['d', 'c'];
    const sorted = sortByAttribute(catalog(), input, 'weight', 'ascending', 'en-US');
    expect(sorted).to.deep.equal(['c', 'd']);
    expect(input).to.deep.equal(['d', 'c']);
    expect(sortByAttribute(catalog(), input, 'weight', 'descending', 'en-US')).to.not.equal(input);
  });

  it('money in different currencies: grouped by currency, by amount within each', () => {
    const mixed = normalizeCatalog([
      {
        source: 'inline',
        input: {
          products: [
            { id: 'eur-high', name: 'A', price: { amount: 300, currency: 'EUR' } },
            { id: 'usd-low', name: 'B', price: { amount: 100, currency: 'USD' } },
            { id: 'eur-low', name: 'C', price: { amount: 200, currency: 'EUR' } },
          ],
        },
      },
    ]);
    expect(sortByAttribute(mixed, ['eur-high', 'usd-low', 'eur-low'], 'price', 'ascending', 'en-US')).to.deep.equal(['eur-low', 'eur-high', 'usd-low']);
  });
});

describe('moveTo', () => {
  it('moves an id forwards and backwards', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 'a', 2)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(moveTo(['b', 'c', 'a', 'd'], 'd', 0)).to.deep.equal(['d', 'b', 'c', 'a']);
  });

  it('clamps the index to the list', () => {
    expect(moveTo(['a', 'b', 'c'], 'a', 99)).to.deep.equal(['b', 'c', 'a']);
    expect(moveTo(['b', 'c', 'a'], 'a', -5)).to.deep.equal(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 'c', 1.7)).to.deep.equal(['a', 'c', 'b']);
  });

  it('an absent id, or one already there, gives undefined and leaves the list alone', () => {
    const ids = ['a', 'b', 'c'];
    expect(moveTo(ids, 'x', 0)).to.equal(undefined);
    expect(moveTo(ids, 'b', 1)).to.equal(undefined);
    expect(moveTo(ids, 'c', 50)).to.equal(undefined);
    expect(moveTo(ids, 'a', Number.NaN)).to.equal(undefined);
    expect(ids).to.deep.equal(['a', 'b', 'c']);
  });
});
