import { expect } from '@esm-bundle/chai';
import { CriteriaEngine, nearMisses, relaxations } from '../src/criteria/index.js';
import { normalizeCatalog } from '../src/catalog/index.js';
import { at, criterion, laptops, matchOf, must, rank, statuses } from './criteria-fixtures.js';

describe('criteria: graded matches', () => {
  it('grades a number outside its target linearly over the tolerance band (here 200 g): 1.55 kg nearly meets "at most 1.5 kg", 2.4 kg does not', () => {
    const ranking = rank([criterion({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    expect(matchOf(ranking, 'a')).to.equal(1);
    expect(matchOf(ranking, 'c'), '3.3 lb = 1496.85 g is under 1.5 kg').to.equal(1);
    expect(matchOf(ranking, 'd'), '50 g over a 200 g band').to.equal(0.75);
    expect(matchOf(ranking, 'e'), '200 g over: the end of the band').to.equal(0);
    expect(matchOf(ranking, 'f')).to.equal(0);
  });

  it('grades both sides of a range, and uses 5 % of the bound when the catalog spread is narrower', () => {
    // Cores (no unit): 8, 10, 8, 12, 8, 16, 10 → quartiles 8 and 10, band 1.
    const ranking = rank([criterion({ attribute: 'cores', operator: 'between', min: 8.5, max: 11 })]);
    expect(matchOf(ranking, 'b')).to.equal(1);
    expect(matchOf(ranking, 'a'), '8 is 0.5 under 8.5').to.equal(0.5);
    expect(matchOf(ranking, 'd'), '12 is 1 over 11').to.equal(0);
    expect(matchOf(ranking, 'f')).to.equal(0);
    // Ratings 3.5–4.8: quartiles 3.8 and 4.1, half their distance 0.15; 5 % of 4.2 is 0.21, wider.
    const rating = rank([criterion({ attribute: 'rating', operator: 'at-least', value: 4.2 })]);
    expect(matchOf(rating, 'b'), '4.1 is 0.1 under 4.2').to.be.closeTo(1 - 0.1 / 0.21, 1e-6);
    expect(matchOf(rating, 'a')).to.equal(1);
  });

  it('grades "has" on a set by the share of items held; one-of, none-of and equals are yes or no', () => {
    const ranking = rank([
      criterion({ attribute: 'ports', operator: 'has', values: ['USB-C', 'HDMI', 'USB-A'] }),
      criterion({ attribute: 'ports', operator: 'one-of', values: ['Thunderbolt', 'USB-A'] }),
      criterion({ attribute: 'ports', operator: 'none-of', values: ['USB-A'] }),
      criterion({ attribute: 'brand', operator: 'equals', value: 'Dell' }),
      criterion({ attribute: 'touch', operator: 'equals', value: false }),
    ]);
    expect(matchOf(ranking, 'd', 0)).to.equal(1);
    expect(matchOf(ranking, 'a', 0)).to.be.closeTo(2 / 3, 1e-6);
    expect(matchOf(ranking, 'h', 0)).to.be.closeTo(1 / 3, 1e-6);
    expect([matchOf(ranking, 'c', 1), matchOf(ranking, 'a', 1)]).to.deep.equal([1, 0]);
    expect([matchOf(ranking, 'a', 2), matchOf(ranking, 'e', 2)]).to.deep.equal([1, 0]);
    expect([matchOf(ranking, 'b', 3), matchOf(ranking, 'a', 3)]).to.deep.equal([1, 0]);
    expect([matchOf(ranking, 'b', 4), matchOf(ranking, 'a', 4)]).to.deep.equal([1, 0]);
  });
});

describe('criteria: units', () => {
  it('ranks a catalog given in g, kg and lb alike from a criterion in kg, g or lb', () => {
    const inKg = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    const inG = rank([must({ attribute: 'weight', operator: 'at-most', value: 1500, unit: 'g' })]);
    const inLb = rank([must({ attribute: 'weight', operator: 'at-most', value: 3.3, unit: 'lb' })]);
    // Without a unit, the criterion's numbers are in the attribute's display unit (kg).
    const bare = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5 })]);
    expect(inKg.ids()).to.deep.equal(['a', 'b', 'c', 'g', 'd', 'e', 'f', 'h']);
    expect(inG.ids()).to.deep.equal(inKg.ids());
    expect(bare.ids()).to.deep.equal(inKg.ids());
    expect(inLb.ids(), '3.3 lb exactly: Cirrus, given as 3.3 lb, still passes').to.deep.equal(inKg.ids());
    expect([inKg.passing, inG.passing, inLb.passing]).to.deep.equal([3, 3, 3]);
  });

  it('explains a miss in the criterion\'s unit: 1.7 kg is 0.2 kg over 1.5 kg; in pounds, in pounds', () => {
    const inKg = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    expect(inKg.explain(at(inKg, 'e'))).to.deep.equal([{ criterion: 0, outcome: 'missed', match: 0, value: 1.7, unit: 'kg', target: 1.5, difference: 0.2, direction: 'over' }]);
    expect(inKg.explain(at(inKg, 'c'))).to.deep.equal([{ criterion: 0, outcome: 'met', match: 1, value: 1.496854821, unit: 'kg' }]);
    const inLb = rank([must({ attribute: 'weight', operator: 'at-most', value: 3, unit: 'pounds' })]);
    const [miss] = inLb.explain(at(inLb, 'c'));
    expect(miss).to.include({ outcome: 'missed', value: 3.3, unit: 'lb', target: 3, difference: 0.3, direction: 'over' });
  });

  it('explains a number under its target, and prices in their currency', () => {
    const ranking = rank([criterion({ attribute: 'battery', operator: 'at-least', value: 10, unit: 'h' }), criterion({ attribute: 'price', operator: 'at-most', value: 1000 })]);
    expect(ranking.explain(at(ranking, 'd'))).to.deep.equal([
      { criterion: 0, outcome: 'missed', match: 0, value: 8, unit: 'h', target: 10, difference: 2, direction: 'under' },
      { criterion: 1, outcome: 'met', match: 1, value: 899, currency: 'EUR' },
    ]);
    expect(ranking.explain(at(ranking, 'b'))[1]).to.include({ outcome: 'missed', value: 1299, currency: 'EUR', target: 1000, difference: 299, direction: 'over' });
  });

  it('treats a price in another currency as unknown, never as a number to compare', () => {
    const ranking = rank([must({ attribute: 'care', operator: 'at-most', value: 120 })]);
    expect(ranking.explain(at(ranking, 'a'))[0]).to.include({ outcome: 'met', currency: 'EUR' });
    expect(ranking.explain(at(ranking, 'b'))[0]).to.include({ outcome: 'missed', value: 149 });
    expect(ranking.explain(at(ranking, 'c'))[0], 'USD against EUR').to.deep.equal({ criterion: 0, outcome: 'unknown' });
    expect(ranking.status(at(ranking, 'c'))).to.equal('unknown');
  });
});

describe('criteria: missing values', () => {
  it('leaves an unspecified value unknown: neither a match of 0 nor a pass', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 5, unit: 'kg' })]);
    const gale = at(ranking, 'g');
    expect(ranking.explain(gale)).to.deep.equal([{ criterion: 0, outcome: 'unknown' }]);
    expect(ranking.passes(gale)).to.equal(false);
    expect(ranking.score(gale), 'nothing known, no score').to.equal(undefined);
    expect(ranking.passing, 'every other laptop weighs under 5 kg').to.equal(7);
  });

  it('scores from the known criteria only, and says "not enough information" when the unknown ones weigh more', () => {
    const ranking = rank([
      criterion({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }),
      criterion({ attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', importance: 'important' }),
      criterion({ attribute: 'touch', operator: 'has', importance: 'very-important' }),
    ]);
    const gale = at(ranking, 'g');
    // Only the battery (weight 2) is known, and met; weight and touch (1 + 4) are not.
    expect(ranking.score(gale)).to.equal(100);
    expect(ranking.status(gale)).to.equal('unknown');
    expect(ranking.explain(gale).map((entry) => entry.outcome)).to.deep.equal(['unknown', 'met', 'unknown']);
  });
});

describe('criteria: fit score, status and order', () => {
  it('scores the weighted mean of matches (importance 1, 2, 4) and orders by it, ties in catalog order', () => {
    const ranking = rank([
      criterion({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }),
      criterion({ attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', importance: 'important' }),
      criterion({ attribute: 'touch', operator: 'has', importance: 'very-important' }),
    ]);
    const score = (id: string) => ranking.score(at(ranking, id));
    // Delta: weight 0.75 × 1, battery 8 h (2 h under, band 1.5 h) 0 × 2, touch 1 × 4 → 4.75 / 7.
    expect(score('d')).to.equal(Math.round((100 * 4.75) / 7));
    // Echo: 0 × 1 + (1 − 1 / 1.5) × 2 + 0 × 4 → 0.667 / 7.
    expect(score('e')).to.equal(Math.round((100 * (2 / 3)) / 7));
    expect(score('b')).to.equal(Math.round((100 * 3) / 7));
    expect(ranking.ids(), 'Aero and Gale both 100, Brio and Cirrus both 3/7: catalog order').to.deep.equal(['a', 'g', 'd', 'f', 'b', 'c', 'e', 'h']);
    expect(statuses(ranking)).to.deep.equal({ a: 'great', g: 'unknown', d: 'good', f: 'good', b: 'weak', c: 'weak', e: 'weak', h: 'weak' });
    expect(ranking.passing, 'no must-haves: every product passes').to.equal(8);
  });

  it('puts products that pass every must-have first, then those with one unknown, then those missing one, then two', () => {
    const ranking = rank([
      must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }),
      must({ attribute: 'price', operator: 'at-most', value: 1300 }),
      criterion({ attribute: 'rating', operator: 'at-least', value: 4.5 }),
    ]);
    // Pass both: Aero, Brio. Unknown weight: Gale. Miss one: Cirrus (price, nearly), Delta (weight, nearly),
    // then Echo, Fjord and Helio (weight; each scores 1/3).
    expect(ranking.ids()).to.deep.equal(['a', 'b', 'g', 'c', 'd', 'e', 'f', 'h']);
    expect(statuses(ranking)).to.deep.equal({ a: 'great', b: 'good', g: 'unknown', c: 'fails', d: 'fails', e: 'fails', h: 'fails', f: 'fails' });
    expect(ranking.passing).to.equal(2);
    expect(ranking.passes(at(ranking, 'a'))).to.equal(true);
    expect(ranking.passes(at(ranking, 'c'))).to.equal(false);
  });

  it('with one must-have unknown: "not enough information", after the products that pass', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }), criterion({ attribute: 'battery', operator: 'at-least', value: 12, unit: 'h' })]);
    const gale = at(ranking, 'g');
    expect(ranking.status(gale)).to.equal('unknown');
    expect(ranking.score(gale), 'its battery is known and met').to.equal(100);
    expect(ranking.ids().indexOf('g')).to.equal(3);
  });

  it('when every product fails: no product passes, and the order still follows how nearly each fits', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1, unit: 'kg' }), must({ attribute: 'touch', operator: 'has' })]);
    expect(ranking.passing).to.equal(0);
    expect(Object.values(statuses(ranking))).to.deep.equal(['unknown', 'fails', 'fails', 'fails', 'fails', 'fails', 'fails', 'fails']);
    // Aero, Delta and Fjord have a touch screen (miss one); Gale is unknown on both.
    expect(ranking.ids()).to.deep.equal(['g', 'a', 'd', 'f', 'b', 'c', 'e', 'h']);
  });

  it('when every product passes: all great, in catalog order on a tie', () => {
    const ranking = rank([must({ attribute: 'price', operator: 'at-least', value: 100 }), must({ attribute: 'battery', operator: 'at-least', value: 1, unit: 'h' })]);
    expect(ranking.passing).to.equal(8);
    expect(ranking.ids()).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(new Set(Object.values(statuses(ranking)))).to.deep.equal(new Set(['great']));
  });

  it('with no criteria: catalog order, every product passes, unrated, no score', () => {
    const ranking = rank([]);
    expect(ranking.ids()).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(ranking.passing).to.equal(8);
    expect(ranking.status(0)).to.equal('unrated');
    expect(ranking.score(0)).to.equal(undefined);
    expect(ranking.explain(0)).to.deep.equal([]);
    expect(nearMisses(ranking)).to.deep.equal([]);
    expect(relaxations(ranking)).to.deep.equal([]);
  });

  it('sorts a list of ids (the tray\'s, the comparison\'s) in ranking order, unknown ids last', () => {
    const ranking = rank([must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' })]);
    expect(ranking.sort(['h', 'gone', 'g', 'b', 'd'])).to.deep.equal(['b', 'g', 'd', 'h', 'gone']);
    expect(ranking.sort([])).to.deep.equal([]);
  });

  it('gives the page being shown: ids from one rank to another', () => {
    const ranking = rank([criterion({ attribute: 'price', operator: 'at-most', value: 700 })]);
    expect(ranking.ids(0, 2)).to.deep.equal(['f', 'h']);
    expect(ranking.ids(6)).to.deep.equal(ranking.ids().slice(6));
  });
});

describe('criteria: recomputation', () => {
  it('gives the same result after moving one criterion as a fresh engine does, and moving back restores it', () => {
    const catalog = laptops();
    const engine = new CriteriaEngine(catalog);
    const criteria = [
      must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }),
      criterion({ attribute: 'battery', operator: 'at-least', value: 10, unit: 'h' }),
      criterion({ attribute: 'ports', operator: 'has', values: ['HDMI'] }),
    ];
    const before = engine.rank(criteria);
    const moved = criteria.map((entry, index) => (index === 0 ? { ...entry, value: 2.4 } : entry));
    const after = engine.rank(moved);
    const fresh = new CriteriaEngine(catalog).rank(moved);
    expect(after.ids()).to.deep.equal(fresh.ids());
    expect(after.ids().map((id) => after.status(at(after, id)))).to.deep.equal(fresh.ids().map((id) => fresh.status(at(fresh, id))));
    expect(after.passing).to.equal(7);
    expect(engine.rank(criteria).ids()).to.deep.equal(before.ids());
    // An earlier result stays valid after later calls.
    expect(before.passing).to.equal(3);
  });

  it('changes the order, not the matches, when only requirement or importance change', () => {
    const engine = new CriteriaEngine(laptops());
    const nice = engine.rank([criterion({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }), criterion({ attribute: 'touch', operator: 'has' })]);
    const weighted = engine.rank([criterion({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }), criterion({ attribute: 'touch', operator: 'has', importance: 'very-important' })]);
    // Equal weights: Fjord (touch, 2.4 kg) ties with Brio and Cirrus (no touch, light) at 50.
    expect(nice.ids().slice(0, 5)).to.deep.equal(['a', 'd', 'b', 'c', 'f']);
    expect(weighted.ids().slice(0, 3), 'touch now outweighs weight: Fjord moves up').to.deep.equal(['a', 'd', 'f']);
    expect(weighted.explain(at(weighted, 'd'))).to.deep.equal(nice.explain(at(nice, 'd')));
  });
});

describe('criteria: reading columns in steps', () => {
  it('reads the columns and matches a ranking needs before it, in steps, each once: the ranking then only combines', () => {
    const engine = new CriteriaEngine(laptops());
    const criteria = [must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }), criterion({ attribute: 'price', operator: 'at-most', value: 900 }), criterion({ attribute: 'brand', operator: 'one-of', values: ['HP'] })];
    // One pause per pass over the 8 products: two per number column (reading the values, then
    // indexing each in the distinct ones), one for the brands, one before the price's currencies
    // are counted, one before the attributes the products have are listed (what a filter offers);
    // then one per criterion matched.
    expect([...engine.prepare(criteria)]).to.have.length(2 + 2 + 1 + 1 + 1 + 3);
    expect([...engine.prepare(criteria)], 'already read and matched').to.have.length(0);
    expect(engine.rank(criteria).ids()).to.deep.equal(new CriteriaEngine(laptops()).rank(criteria).ids());
    // One criterion moved: its matches only.
    expect([...engine.prepare([{ ...criteria[0]!, value: 2 } as never, criteria[1]!, criteria[2]!])]).to.have.length(1);
  });

  it('pauses every 500 products of a large catalog, so a caller can run it in slices', () => {
    const products = Array.from({ length: 1200 }, (_, index) => ({ id: `p${index}`, name: `P${index}`, price: 100 + index, attributes: {} }));
    const catalog = normalizeCatalog([{ source: 'inline', input: { products } }], { currency: 'EUR' });
    // Three steps reading the rating's column (1,200 products), three indexing its values, three listing the attributes they have, one of its matches.
    expect([...new CriteriaEngine(catalog).prepare([criterion({ attribute: 'rating', operator: 'at-least', value: 4 })])]).to.have.length(3 + 3 + 3 + 1);
  });
});
