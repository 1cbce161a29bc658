import { expect } from '@esm-bundle/chai';
import { type Unit } from '../src/index.js';
import { findUnit, fromBase, parseNumber, parseQuantity } from '../src/catalog/index.js';

/** The base amount of a parsed quantity; fails the test when the input does not parse. */
function base(input: unknown, defaultUnit?: string): number {
  const quantity = parseQuantity(input, defaultUnit);
  expect(quantity, `parseQuantity(${JSON.stringify(input)})`).to.not.equal(undefined);
  return quantity!.base;
}

function unit(name: string): Unit {
  const found = findUnit(name);
  expect(found, `findUnit(${JSON.stringify(name)})`).to.not.equal(undefined);
  return found!;
}

describe('units: real-world equivalences', () => {
  it('1.2 kg equals 1200 g (and 1,200,000 mg)', () => {
    expect(base('1.2 kg')).to.equal(base('1200 g'));
    expect(base('1.2 kg')).to.equal(base('1200000 mg'));
    expect(parseQuantity('1.2 kg')!.unit.dimension).to.equal('mass');
  });

  it('15.6" = 15.6 in = 396.24 mm', () => {
    const quote = base('15.6"');
    expect(quote).to.equal(base('15.6 in'));
    expect(quote).to.equal(base('15.6″'));
    expect(quote).to.equal(base('396.24 mm'));
    expect(quote).to.equal(base('0.39624 m'));
    expect(parseQuantity('15.6"')!.unit.symbol).to.equal('in');
  });

  it('840 min = 14 h = 50 400 s', () => {
    expect(base('840 min')).to.equal(base('14 h'));
    expect(base('14 h')).to.equal(base('50400 s'));
    expect(base('1 d')).to.equal(base('24 h'));
  });

  it('1 TB = 1000 GB = 1 000 000 MB (decimal prefixes, as drive makers use)', () => {
    expect(base('1 TB')).to.equal(base('1000 GB'));
    expect(base('1 TB')).to.equal(base('1000000 MB'));
    expect(base('1 GB')).to.equal(1e9 * base('1 B'));
  });

  it('reads 2.5GHz without a space, and 2500 MHz equals it', () => {
    expect(base('2.5GHz')).to.equal(2.5e9);
    expect(base('2.5GHz')).to.equal(base('2500 MHz'));
    expect(parseQuantity('2.5GHz')!.unit.dimension).to.equal('frequency');
  });

  it('1 lb = 453.59237 g and 16 oz = 1 lb (international avoirdupois)', () => {
    expect(base('1 lb')).to.equal(453.59237);
    expect(base('16 oz')).to.equal(base('1 lb'));
  });

  it('1 kWh = 1000 Wh, 5 Ah = 5000 mAh, 1.5 l = 1500 ml', () => {
    expect(base('1 kWh')).to.equal(base('1000 Wh'));
    expect(base('5 Ah')).to.equal(base('5000 mAh'));
    expect(base('1.5 l')).to.equal(base('1500 ml'));
  });
});

describe('units: UN/CEFACT codes (schema.org unitCode)', () => {
  const codes: Array<[string, string]> = [
    ['KGM', 'kg'],
    ['GRM', 'g'],
    ['HUR', 'h'],
    ['CMT', 'cm'],
    ['MMT', 'mm'],
    ['E34', 'GB'],
    ['INH', 'in'],
  ];
  for (const [code, symbol] of codes) {
    it(`${code} is ${symbol}`, () => {
      expect(unit(code).symbol).to.equal(symbol);
    });
  }

  it('reads { value, unit } with a code as schema.org QuantitativeValue does', () => {
    expect(base({ value: 1.2, unit: 'KGM' })).to.equal(1200);
    expect(base({ value: 10, unit: 'HUR' })).to.equal(base('600 min'));
    expect(base({ value: '16', unit: 'E34' })).to.equal(base('16 GB'));
  });

  it('matches unambiguous spellings regardless of case', () => {
    expect(unit('KG').symbol).to.equal('kg');
    expect(unit('Kilogram').symbol).to.equal('kg');
    expect(unit(' hours ').symbol).to.equal('h');
  });

  it('keeps case where it matters (ms is milliseconds, MIN/min minutes, mm millimetres)', () => {
    expect(unit('ms').dimension).to.equal('time');
    expect(unit('mm').dimension).to.equal('length');
    expect(unit('MIN').symbol).to.equal('min');
  });
});

describe('units: numbers as people write them', () => {
  it('decimal comma: "1,5 kg" is 1.5 kg', () => {
    expect(base('1,5 kg')).to.equal(1500);
    expect(parseNumber('1,5')).to.equal(1.5);
    expect(parseNumber('0,750')).to.equal(0.75);
  });

  it('thousands separators: "1,200 g", "1.200 g", "1 200 g", "1,200.5 g" and "1.200,5 g"', () => {
    expect(base('1,200 g')).to.equal(1200);
    expect(base('1.200 g')).to.equal(1200);
    expect(base('1 200 g')).to.equal(1200);
    expect(base("1'200 g")).to.equal(1200);
    expect(base('1,200.5 g')).to.equal(1200.5);
    expect(base('1.200,5 g')).to.equal(1200.5);
    expect(parseNumber('1,234,567')).to.equal(1234567);
  });

  it('bare numbers are read in the default unit', () => {
    expect(base(1.2, 'kg')).to.equal(1200);
    expect(base('14', 'h')).to.equal(base('840 min'));
    // An explicit unit beats the default one.
    expect(base('1350 g', 'kg')).to.equal(1350);
  });

  it('negative quantities parse as negative (callers decide whether they make sense)', () => {
    expect(base('-3 kg')).to.equal(-3000);
    expect(base('-1,5 kg')).to.equal(-1500);
    expect(parseNumber('-2.5')).to.equal(-2.5);
    expect(parseNumber('+4')).to.equal(4);
  });

  it('a negative decimal comma reads like its positive twin ("-0,500" is -0.5 because "0,500" is 0.5)', () => {
    // Bug report: parseNumber('0,500') is 0.5 but parseNumber('-0,500') is -500, because the
    // "leading zero means decimal" test compares parts[0] to '0' without the sign.
    expect(parseNumber('0,500')).to.equal(0.5);
    expect(parseNumber('-0,500')).to.equal(-0.5);
  });

  it('garbage returns undefined', () => {
    for (const input of ['', 'kg', 'heavy', 'about 3 kg', '3 parsecs', '1e5 kg', '12 kg extra', 'NaN', '--3 kg']) {
      expect(parseQuantity(input), JSON.stringify(input)).to.equal(undefined);
    }
    for (const input of [null, undefined, {}, [], true, NaN, Infinity, { unit: 'kg' }]) {
      expect(parseQuantity(input, 'kg'), String(input)).to.equal(undefined);
    }
    // A bare number has no unit to be read in.
    expect(parseQuantity(12)).to.equal(undefined);
    expect(parseQuantity('12')).to.equal(undefined);
    expect(findUnit('parsec')).to.equal(undefined);
    expect(findUnit('')).to.equal(undefined);
    for (const input of ['', 'abc', '1.2.x', '12a', '.']) expect(parseNumber(input), JSON.stringify(input)).to.equal(undefined);
  });
});

describe('units: fromBase', () => {
  it('round-trips without float noise', () => {
    const cases: Array<[string, string, number]> = [
      ['1.2 kg', 'kg', 1.2],
      ['0.1 kg', 'kg', 0.1],
      ['0.3 kg', 'kg', 0.3],
      ['15.6 in', 'in', 15.6],
      ['13.3"', 'in', 13.3],
      ['3.5 oz', 'oz', 3.5],
      ['2.2 lb', 'lb', 2.2],
      ['840 min', 'h', 14],
      ['1.1 TB', 'GB', 1100],
      ['2.5GHz', 'GHz', 2.5],
      ['0.7 l', 'ml', 700],
    ];
    for (const [input, to, expected] of cases) {
      expect(fromBase(base(input), unit(to)), `${input} in ${to}`).to.equal(expected);
    }
  });

  it('stores base values without binary noise (0.3 kg is exactly 300 g)', () => {
    expect(base('0.3 kg')).to.equal(300);
    expect(base('0.7 kg')).to.equal(700);
    expect(base('1.1 kg')).to.equal(1100);
    expect(base('4.35 in')).to.equal(110.49);
  });
});
