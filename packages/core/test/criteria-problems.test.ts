import { expect } from '@esm-bundle/chai';
import { CriteriaEngine, readCriteria, readCriterion, type Criterion } from '../src/criteria/index.js';
import { ShortlistError } from '../src/index.js';
import { criterion, laptops, must } from './criteria-fixtures.js';

/** The problem `input` is refused with; fails when it is accepted. */
function refused(input: unknown): ShortlistError {
  const result = readCriterion(input);
  expect(result, JSON.stringify(input)).to.be.instanceOf(ShortlistError);
  return result as ShortlistError;
}

describe('criteria: reading untrusted input', () => {
  it('round-trips through JSON, as persisted state and share links carry criteria', () => {
    const criteria: Criterion[] = [
      must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' }),
      criterion({ attribute: 'price', operator: 'between', min: 500, max: 1000, currency: 'EUR', importance: 'very-important' }),
      criterion({ attribute: 'brand', operator: 'one-of', values: ['Apple', 'Dell'] }),
      criterion({ attribute: 'ports', operator: 'has', values: ['HDMI'], importance: 'important' }),
      criterion({ attribute: 'touch', operator: 'has' }),
      criterion({ attribute: 'touch', operator: 'equals', value: false }),
      criterion({ attribute: 'brand', operator: 'equals', value: 'HP' }),
    ];
    expect(readCriteria(JSON.parse(JSON.stringify(criteria)))).to.deep.equal({ criteria, problems: [] });
  });

  it('fills in the defaults, spells units canonically, and drops fields its operator does not use', () => {
    expect(readCriterion({ attribute: 'weight', operator: 'at-least', value: 2, unit: 'kilograms', currency: 'eur', values: ['x'], extra: '<script>' })).to.deep.equal({
      attribute: 'weight',
      operator: 'at-least',
      value: 2,
      unit: 'kg',
      currency: 'EUR',
      requirement: 'nice',
      importance: 'normal',
    });
    expect(readCriterion({ attribute: 'ports', operator: 'one-of', values: [' HDMI ', 'HDMI', 'USB-C'], unit: 'kg' })).to.deep.equal({
      attribute: 'ports',
      operator: 'one-of',
      values: ['HDMI', 'USB-C'],
      requirement: 'nice',
      importance: 'normal',
    });
  });

  it('refuses a malformed criterion with the field, what was expected and what was found', () => {
    const error = refused({ attribute: 'weight', operator: 'at-most', value: '1.5 kg' });
    expect(error).to.include({ code: 'criteria', field: 'criterion.value', found: '1.5 kg' });
    expect(error.expected).to.match(/finite number/);
    expect(error.message).to.match(/criterion field "criterion\.value" is not usable; expected .+; found "1\.5 kg"/);
    expect(error.docsUrl).to.match(/criteria\.md#criteria$/);

    const cases: Array<[unknown, string]> = [
      [null, 'criterion'],
      [['weight'], 'criterion'],
      [{ operator: 'at-most', value: 1 }, 'criterion.attribute'],
      [{ attribute: 'a b', operator: 'at-most', value: 1 }, 'criterion.attribute'],
      [{ attribute: 'weight', operator: 'less-than', value: 1 }, 'criterion.operator'],
      [{ attribute: 'weight', operator: 'at-most' }, 'criterion.value'],
      [{ attribute: 'weight', operator: 'at-most', value: Infinity }, 'criterion.value'],
      [{ attribute: 'weight', operator: 'at-most', value: 1e16 }, 'criterion.value'],
      [{ attribute: 'weight', operator: 'between', min: 2, max: 1 }, 'criterion.max'],
      [{ attribute: 'weight', operator: 'at-most', value: 1, unit: 'parsecs' }, 'criterion.unit'],
      [{ attribute: 'price', operator: 'at-most', value: 1, currency: 'euro' }, 'criterion.currency'],
      [{ attribute: 'brand', operator: 'one-of', values: [] }, 'criterion.values'],
      [{ attribute: 'brand', operator: 'one-of', values: 'Apple' }, 'criterion.values'],
      [{ attribute: 'brand', operator: 'one-of', values: ['Apple', 7] }, 'criterion.values'],
      [{ attribute: 'brand', operator: 'one-of', values: ['x'.repeat(201)] }, 'criterion.values'],
      [{ attribute: 'brand', operator: 'one-of', values: Array.from({ length: 101 }, (_, index) => `v${index}`) }, 'criterion.values'],
      [{ attribute: 'brand', operator: 'equals', value: ' ' }, 'criterion.value'],
      [{ attribute: 'brand', operator: 'equals', value: { toString: 'x' } }, 'criterion.value'],
      [{ attribute: 'brand', operator: 'one-of', values: ['Apple'], requirement: 'maybe' }, 'criterion.requirement'],
      [{ attribute: 'brand', operator: 'one-of', values: ['Apple'], importance: 'toString' }, 'criterion.importance'],
    ];
    for (const [input, field] of cases) expect(refused(input).field, JSON.stringify(input)).to.equal(field);
  });

  it('reads a criterion on any key the catalog makes, in any language', () => {
    const onScreenSize = criterion({ attribute: 'bildschirmgröße', operator: 'at-least', value: 14 });
    expect(readCriteria([onScreenSize])).to.deep.equal({ criteria: [onScreenSize], problems: [] });
  });

  it('keeps the usable criteria of a list and reports each one left out by its position', () => {
    const { criteria, problems } = readCriteria([must({ attribute: 'weight', operator: 'at-most', value: 1.5 }), { attribute: 'weight' }, 'nonsense', criterion({ attribute: 'touch', operator: 'has' })]);
    expect(criteria.map((entry) => entry.attribute)).to.deep.equal(['weight', 'touch']);
    expect(problems.map((problem) => problem.field)).to.deep.equal(['criteria[1].operator', 'criteria[2]']);
    expect(readCriteria({ weight: 1 }).problems[0]!.field).to.equal('criteria');
    expect(readCriteria(Array.from({ length: 51 }, () => criterion({ attribute: 'touch', operator: 'has' }))).criteria).to.deep.equal([]);
  });
});

describe('criteria: criteria that do not fit the catalog', () => {
  it('reports, never guesses: an unknown attribute, an operator the type has not, a unit of another dimension or on a unitless attribute, a foreign currency', () => {
    const bad: Array<[Criterion, string, RegExp]> = [
      [criterion({ attribute: 'colour', operator: 'one-of', values: ['Black'] }), 'attribute', /an attribute of the catalog, price or rating/],
      [criterion({ attribute: 'brand', operator: 'at-most', value: 3 }), 'operator', /one of equals, one-of, none-of for enum attribute "brand"/],
      [criterion({ attribute: 'weight', operator: 'has' }), 'operator', /at-least, at-most, between, equals/],
      [criterion({ attribute: 'notes', operator: 'has', values: ['Quiet'] }), 'operator', /text attribute/],
      [criterion({ attribute: 'weight', operator: 'at-most', value: 2, unit: 'h' }), 'unit', /a unit of mass such as kg/],
      [criterion({ attribute: 'cores', operator: 'at-least', value: 8, unit: 'GB' }), 'unit', /no unit: the catalog gives cores without one/],
      [criterion({ attribute: 'rating', operator: 'at-least', value: 4, unit: 'kg' }), 'unit', /no unit/],
      [criterion({ attribute: 'price', operator: 'at-most', value: 900, unit: 'kg' }), 'unit', /no unit: price is a price/],
      [criterion({ attribute: 'price', operator: 'at-most', value: 900, currency: 'JPY' }), 'currency', /a currency of the catalog's prices \(EUR\)/],
      [criterion({ attribute: 'weight', operator: 'at-most', value: 2, currency: 'EUR' }), 'currency', /no currency/],
      [criterion({ attribute: 'weight', operator: 'equals', value: 'light' }), 'value', /a number/],
      [criterion({ attribute: 'brand', operator: 'equals', value: 3 }), 'value', /a text/],
      [criterion({ attribute: 'touch', operator: 'equals', value: 'yes' }), 'value', /true or false/],
      [criterion({ attribute: 'touch', operator: 'has', values: ['yes'] }), 'values', /no values: touch is yes or no/],
      [criterion({ attribute: 'ports', operator: 'has' }), 'values', /the items ports must hold/],
    ];
    const good = must({ attribute: 'weight', operator: 'at-most', value: 1.5, unit: 'kg' });
    const ranking = new CriteriaEngine(laptops()).rank([good, ...bad.map(([entry]) => entry)]);
    expect(ranking.problems.map(({ index, error }) => [index, error.field])).to.deep.equal(bad.map(([, field], index) => [index + 1, `criteria[${index + 1}].${field}`]));
    ranking.problems.forEach(({ error }, index) => {
      expect(error.code).to.equal('criteria');
      expect(error.expected, error.field).to.match(bad[index]![2]);
    });
    // The criterion that fits ranks as if alone.
    expect(ranking.passing).to.equal(3);
    expect(ranking.explain(0)).to.have.length(1);
  });

  it('reads what it ranks, so a malformed entry given straight to the engine is a problem too', () => {
    const ranking = new CriteriaEngine(laptops()).rank([{ attribute: 'weight', operator: 'between', min: 1 } as unknown as Criterion]);
    expect(ranking.problems.map(({ error }) => error.field)).to.deep.equal(['criteria[0].max']);
    expect(ranking.status(0)).to.equal('unrated');
  });

  it('matches texts exactly: a value no product has matches nothing, and is no problem', () => {
    const ranking = new CriteriaEngine(laptops()).rank([must({ attribute: 'brand', operator: 'one-of', values: ['Nokia', 'apple'] })]);
    expect(ranking.problems).to.deep.equal([]);
    expect(ranking.passing).to.equal(0);
  });
});
