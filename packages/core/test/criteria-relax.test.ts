import { expect } from '@esm-bundle/chai';
import { CriteriaEngine, nearMisses, relaxations } from '../src/criteria/index.js';
import { criterion, laptops, must, rank } from './criteria-fixtures.js';

describe('criteria: near misses', () => {
  it('lists the products that miss exactly one must-have, closest first, with by how much', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    const misses = nearMisses(ranking);
    // Delta is 50 g over (match 0.75); Echo, Fjord and Helio are 0.2 kg or more over (0), in ranking order.
    expect(misses.map(({ id }) => id)).to.deep.equal(['d', 'e', 'f', 'h']);
    expect(misses[0]).to.deep.equal({
      product: ranking.indexOf('d'),
      id: 'd',
      miss: { criterion: 0, outcome: 'missed', match: 0.75, value: 1.55, unit: 'kg', target: 1.5, difference: 0.05, direction: 'over' },
    });
    expect(nearMisses(ranking, 2).map(({ id }) => id)).to.deep.equal(['d', 'e']);
  });

  it('leaves out products that miss two must-haves, or leave one unknown', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1, unit: 'kg' }), must({ attribute: 'touch', operator: 'has' })]);
    // Aero, Delta, Fjord have touch screens and miss only the weight; Gale is unknown on both.
    expect(nearMisses(ranking).map(({ id, miss }) => [id, miss.criterion])).to.deep.equal([['a', 0], ['d', 0], ['f', 0]]);
  });

  it('explains a set or choice miss by the items: what it lacks, or the unwanted ones it holds', () => {
    const ranking = rank([must({ attribute: 'ports', operator: 'has', values: ['USB-C', 'HDMI'] }), must({ attribute: 'ports', operator: 'none-of', values: ['USB-A'] })]);
    const misses = Object.fromEntries(nearMisses(ranking).map(({ id, miss }) => [id, miss]));
    expect(misses.b).to.deep.equal({ criterion: 0, outcome: 'missed', match: 0.5, value: ['USB-C'], items: ['HDMI'] });
    expect(misses.d).to.deep.equal({ criterion: 1, outcome: 'missed', match: 0, value: ['USB-C', 'HDMI', 'USB-A'], items: ['USB-A'] });
    expect(Object.keys(misses)).to.have.members(['b', 'c', 'd', 'g', 'h']);
  });
});

describe('criteria: relax suggestions', () => {
  it('with zero results, moves the bound of a number to the near misses within the band: "allow up to 1.2 kg: 1 more"', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1, unit: 'kg' }), must({ attribute: 'touch', operator: 'has' })]);
    expect(ranking.passing).to.equal(0);
    // Over 1 kg with a touch screen: 1.2 kg (within the 200 g band), 1.55 and 2.4 kg (beyond it).
    expect(relaxations(ranking)).to.deep.equal([{ criterion: 0, relaxed: { ...ranking.criteria[0], value: 1.2 }, count: 1 }]);
    // Following the suggestion brings back exactly that many.
    const relaxed = new CriteriaEngine(laptops()).rank([relaxations(ranking)[0]!.relaxed, ranking.criteria[1]!]);
    expect(relaxed.passing).to.equal(1);
    expect(relaxed.ids(0, 1)).to.deep.equal(['a']);
  });

  it('rounds the new bound outward to two significant digits in the criterion\'s unit, and counts what it takes in', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    // 1.55 and 1.7 kg are within the 200 g band; 2 and 2.4 kg are not.
    expect(relaxations(ranking)).to.deep.equal([{ criterion: 0, relaxed: { ...ranking.criteria[0], value: 1.7 }, count: 2 }]);
    const inPounds = rank([must({ attribute: 'weight', operator: 'at-most', value: 3, unit: 'lb' })]);
    // 3 lb = 1360.8 g; within 200 g over: 3.3 lb (1496.85 g) and 1.55 kg = 3.417 lb → rounded up to 3.5 lb.
    expect(relaxations(inPounds)).to.deep.equal([{ criterion: 0, relaxed: { ...inPounds.criteria[0], value: 3.5 }, count: 2 }]);
  });

  it('takes the nearest product when none is within the band, and lowers an "at least" bound', () => {
    const ranking = rank([must({ attribute: 'battery', operator: 'at-least', value: 20, unit: 'h' })]);
    // The band is 1.5 h; the longest battery is 14 h, so it alone comes back.
    expect(relaxations(ranking)).to.deep.equal([{ criterion: 0, relaxed: { ...ranking.criteria[0], value: 14 }, count: 1 }]);
  });

  it('widens a range on the side missed, and an exact number into a range', () => {
    const range = rank([must({ attribute: 'price', operator: 'between', min: 1000, max: 1200 })]);
    // Band: half of 1199 − 749 = 225. Under: 999, 899, 799 (within, 799 the farthest: 790), 749, 699.
    // Over: 1299 (within: 1300), 1499. Back: 999, 899, 799, 1299.
    expect(relaxations(range)).to.deep.equal([{ criterion: 0, relaxed: { ...range.criteria[0], min: 790, max: 1300, currency: 'EUR' }, count: 4 }]);
    const exact = rank([must({ attribute: 'cores', operator: 'equals', value: 12 })]);
    // Cores' band is 1, and no product has 11 or 13: the nearest on each side, 10 (Brio, Gale) and 16 (Fjord).
    const [suggestion] = relaxations(exact);
    expect(suggestion!.relaxed).to.deep.equal({ attribute: 'cores', operator: 'between', min: 10, max: 16, requirement: 'must', importance: 'normal' });
    expect(suggestion!.count).to.equal(3);
  });

  it('makes a choice or yes/no must-have a nice-to-have, and orders suggestions by how many they bring back', () => {
    const ranking = rank([must({ attribute: 'brand', operator: 'one-of', values: ['Apple'] }), must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    // Only Cirrus passes; Aero and Brio miss only the brand (Gale, an Apple of unknown weight, is no near miss).
    expect(ranking.passing).to.equal(1);
    expect(relaxations(ranking)).to.deep.equal([{ criterion: 0, relaxed: { ...ranking.criteria[0], requirement: 'nice' }, count: 2 }]);
    const two = rank([must({ attribute: 'price', operator: 'at-most', value: 900 }), must({ attribute: 'touch', operator: 'has' })]);
    // Miss only the touch screen: Echo, Helio. Miss only the price: Aero (999, within the band: 1000),
    // in the catalog's currency, which the relaxed criterion names.
    expect(relaxations(two)).to.deep.equal([
      { criterion: 1, relaxed: { ...two.criteria[1], requirement: 'nice' }, count: 2 },
      { criterion: 0, relaxed: { ...two.criteria[0], value: 1000, currency: 'EUR' }, count: 1 },
    ]);
  });

  it('suggests nothing for a nice-to-have', () => {
    expect(relaxations(rank([criterion({ attribute: 'weight', operator: 'at-most', value: 1, unit: 'kg' })]))).to.deep.equal([]);
  });
});
