import { expect } from '@esm-bundle/chai';
import { criteriaMessages } from '../src/criteria/index.js';
import { criterion, must, rank } from './criteria-fixtures.js';

describe('criteria: counts for the controls', () => {
  it('counts the products per choice among those passing the must-haves on other attributes', () => {
    const light = must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' });
    // Aero (Lenovo), Brio (Dell), Cirrus (Apple) weigh at most 1.5 kg.
    const expected = [
      { value: 'Lenovo', count: 1 },
      { value: 'Dell', count: 1 },
      { value: 'Apple', count: 1 },
      { value: 'HP', count: 0 },
    ];
    expect(rank([light]).facets('brand')).to.deep.equal(expected);
    // A must-have on the brand itself does not narrow the brand's own counts.
    expect(rank([light, must({ attribute: 'brand', operator: 'one-of', values: ['Apple'] })]).facets('brand')).to.deep.equal(expected);
    // Nice-to-haves do not filter.
    expect(rank([criterion({ attribute: 'price', operator: 'at-most', value: 1 })]).facets('brand')!.map(({ count }) => count)).to.deep.equal([2, 2, 2, 2]);
  });

  it('counts each item of a set, and yes and no of a yes/no; none for a number', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    expect(ranking.facets('ports')).to.deep.equal([
      { value: 'USB-C', count: 3 },
      { value: 'HDMI', count: 1 },
      { value: 'Thunderbolt', count: 1 },
      { value: 'USB-A', count: 0 },
    ]);
    expect(ranking.facets('touch')).to.deep.equal([
      { value: true, count: 1 },
      { value: false, count: 2 },
    ]);
    expect(ranking.facets('weight')).to.equal(undefined);
    expect(ranking.facets('colour')).to.equal(undefined);
  });

  it('gives the spread of a number in its display unit, of all products and of those passing the other must-haves', () => {
    const ranking = rank([must({ attribute: 'brand', operator: 'one-of', values: ['Lenovo', 'HP'] }), must({ attribute: 'weight', operator: 'at-most', value: 1, unit: 'kg' })]);
    // 1.2–2.4 kg in four bins of 0.3 kg: 1.2, 1.3, 1.497 | 1.55, 1.7 | 2.0 | 2.4 (the largest closes the last bin).
    expect(ranking.distribution('weight', { bins: 4 })).to.deep.equal({
      min: 1.2,
      max: 2.4,
      unit: 'kg',
      counts: [3, 2, 1, 1],
      // Lenovo and HP: Aero 1.2, Delta 1.55, Echo 1.7, Helio 2.0 (the weight's own must-have set aside).
      passing: [1, 2, 1, 0],
      unknown: 1,
    });
    expect(ranking.distribution('brand')).to.equal(undefined);
  });

  it('gives the spread of prices in one currency, 20 bins by default', () => {
    const prices = rank([]).distribution('price')!;
    expect(prices).to.include({ min: 699, max: 1499, currency: 'EUR', unknown: 0 });
    expect(prices.counts).to.have.length(20);
    expect(prices.counts.reduce((sum, count) => sum + count, 0)).to.equal(8);
    // The care plan: two in EUR, one in USD, the others none.
    expect(rank([]).distribution('care', { currency: 'USD', bins: 1 })).to.deep.equal({ min: 99, max: 99, currency: 'USD', counts: [1], passing: [1], unknown: 7 });
  });
});

describe('criteria: message tables', () => {
  it('has every key in English and German, each starting with "criteria"', () => {
    const keys = Object.keys(criteriaMessages.en);
    expect(keys.filter((key) => !key.startsWith('criteria'))).to.deep.equal([]);
    expect(Object.keys(criteriaMessages.de)).to.have.members(keys);
  });
});
