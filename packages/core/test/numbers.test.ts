import { expect } from '@esm-bundle/chai';
import { AMBIGUOUS, readDecimal, SCHEMA_ORG, type NumberStyle } from '../src/model/numbers.js';
import { readAmount } from '../src/model/values.js';

/** Reads each text in `style` and compares with what a person of that place means. */
function expectReadings(style: NumberStyle, cases: Array<[text: string, expected: number | typeof AMBIGUOUS | undefined]>) {
  for (const [text, expected] of cases) expect(readDecimal(text, style), JSON.stringify(text)).to.equal(expected);
}

describe('numbers: schema.org values ("." is the decimal mark)', () => {
  it('reads prices as number-like text, and "49,9" written with a decimal comma', () => {
    expectReadings(SCHEMA_ORG, [
      ['14.90', 14.9],
      ['24', 24],
      ['129.0', 129],
      ['0.125', 0.125],
      ['49,9', 49.9],
      ['1,299.00', 1299],
      ['1.299,00', 1299],
    ]);
  });

  it('"1,299" in a two-decimal currency is twelve hundred and ninety-nine; "1.299" could be either and is not guessed', () => {
    expectReadings({ ...SCHEMA_ORG, currency: 'EUR' }, [
      ['1,299', 1299],
      ['1.299', AMBIGUOUS],
    ]);
  });

  it('"12.500" in a three-decimal currency is 12.5; "1,250" is ambiguous there, and as a measurement', () => {
    expectReadings({ ...SCHEMA_ORG, currency: 'KWD' }, [
      ['12.500', 12.5],
      ['1,250', AMBIGUOUS],
    ]);
    expect(readDecimal('1,250', SCHEMA_ORG)).to.equal(AMBIGUOUS);
  });
});

describe("numbers: the retailer's locale (feeds and product cards)", () => {
  it('de-DE: "." groups thousands, "," is the decimal mark, "1.299,–" is a whole amount', () => {
    const euro = { locale: 'de-DE', currency: 'EUR' };
    expectReadings(euro, [
      ['1.299,00', 1299],
      ['1.299,–', 1299],
      ['1.299,-', 1299],
      ['1.299', 1299],
      ['12,5', 12.5],
      ['1.234.567,89', 1234567.89],
      // Three decimals in euros: written by an English-speaking template, or a typo.
      ['1,299', AMBIGUOUS],
    ]);
    // A measurement has no currency's decimals: the locale decides.
    expectReadings({ locale: 'de-DE' }, [
      ['1,250', 1.25],
      ['1.250', 1250],
    ]);
  });

  it('en-US: "1,299.00" and "1,299" are both 1299; "12.500" is 12.5 dinars but ambiguous in dollars', () => {
    expectReadings({ locale: 'en-US', currency: 'USD' }, [
      ['1,299.00', 1299],
      ['1,299', 1299],
      ['12.500', AMBIGUOUS],
    ]);
    expectReadings({ locale: 'en', currency: 'KWD' }, [
      ['12.500', 12.5],
      ['12,500', AMBIGUOUS],
    ]);
  });

  it('de-CH and fr-FR: apostrophes and (no-break) spaces group thousands', () => {
    expectReadings({ locale: 'de-CH', currency: 'CHF' }, [
      ['1’299.00', 1299],
      ["1'299.50", 1299.5],
      ['1’299.–', 1299],
    ]);
    expectReadings({ locale: 'fr-FR', currency: 'EUR' }, [
      ['1 299,00', 1299],
      ['1\u202f299,00', 1299],
      ['1\u00a0299', 1299],
    ]);
  });

  it('readAmount takes currency symbols and codes off first', () => {
    const swiss = { locale: 'de-CH', currency: 'CHF' };
    expect(readAmount('CHF 1’299.–', swiss)).to.equal(1299);
    expect(readAmount('1.299,00 €', { locale: 'de-DE', currency: 'EUR' })).to.equal(1299);
    expect(readAmount('$1,299.00', { locale: 'en-US', currency: 'USD' })).to.equal(1299);
    expect(readAmount('1.299 €', { ...SCHEMA_ORG, currency: 'EUR' })).to.equal(AMBIGUOUS);
  });

  it('without a style, reads as before: a single mark before three digits groups thousands', () => {
    expectReadings({}, [
      ['1,200', 1200],
      ['1.200', 1200],
      ['0,750', 0.75],
      ['1,5', 1.5],
      ['-0,500', -0.5],
      ['12a', undefined],
      ['1,2,3', undefined],
      ['.', undefined],
    ]);
  });
});
