import { expect } from '@esm-bundle/chai';
import { createFormatter, type AttributeDef, type Formatter, type Product } from '../src/index.js';
import { formatAttribute, formatDelta, formatProductPrice } from '../src/catalog/index.js';
import { knownUnits } from '../src/model/units.js';

// Intl separates currency and number with a no-break space in some locales; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const number = (key: string, unit?: string): AttributeDef => ({ key, label: key, type: 'number', ...(unit && { unit }) });
const boolean: AttributeDef = { key: 'wifi', label: 'Wi-Fi', type: 'boolean' };
const en = () => createFormatter('en-GB');
const de = () => createFormatter('de-DE');

describe('createFormatter: English', () => {
  it('formats prices in the currency given', () => {
    const format = en();
    expect(format.locale).to.equal('en-GB');
    expect(format.price({ amount: 1299, currency: 'EUR' })).to.equal('€1,299.00');
    expect(format.price({ amount: 0.5, currency: 'EUR' })).to.equal('€0.50');
    expect(format.price({ amount: 19.99, currency: 'GBP' })).to.equal('£19.99');
    // Yen have no minor unit.
    expect(format.price({ amount: 1500, currency: 'JPY' })).to.equal('JP¥1,500');
  });

  it('picks the plural form by count', () => {
    const format = en();
    expect(format.t('trayCount', { count: 1 })).to.equal('1 product to compare');
    expect(format.t('trayCount', { count: 3 })).to.equal('3 products to compare');
    expect(format.t('trayCount', { count: 0 })).to.equal('0 products to compare');
    expect(format.t('trayCount', { count: 1200 })).to.equal('1,200 products to compare');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const format = en();
    expect(format.t('compareProduct', { name: 'Aero 15' })).to.equal('Compare Aero 15');
    expect(format.t('trayFull', { max: 4 })).to.equal('The compare list is full (4 products). Remove one to add another.');
    expect(format.t('compareProduct')).to.equal('Compare {name}');
    expect(format.t('compare')).to.equal('Compare');
  });

  it('inserts placeholder values as they are, without re-reading them', () => {
    const format = en();
    expect(format.t('compareProduct', { name: '{name} $& #' })).to.equal('Compare {name} $& #');
    expect(format.t('compareProduct', { name: '<img src=x onerror=alert(1)>' })).to.equal('Compare <img src=x onerror=alert(1)>');
  });

  it('formats plain numbers with at most two decimals', () => {
    const format = en();
    expect(format.number(1234.5678)).to.equal('1,234.57');
    expect(format.number(0.1, { style: 'percent' })).to.equal('10%');
  });

  it("loads the locale's number data in a task of its own, not in the caller's", async () => {
    const native = Intl.NumberFormat;
    const made: unknown[] = [];
    Intl.NumberFormat = new Proxy(native, { construct: (target, args) => (made.push(args[0]), Reflect.construct(target, args)) });
    try {
      const loaded = createFormatter('de-DE').loadNumbers();
      expect(made, "nothing in the caller's task").to.deep.equal([]);
      await loaded;
      expect(made).to.deep.equal(['de-DE']);
    } finally {
      Intl.NumberFormat = native;
    }
  });
});

describe('createFormatter: German', () => {
  it('uses German messages and plural forms', () => {
    const format = de();
    expect(format.t('compare')).to.equal('Vergleichen');
    expect(format.t('compareProduct', { name: 'Aero 15' })).to.equal('Aero 15 vergleichen');
    expect(format.t('trayCount', { count: 1 })).to.equal('1 Produkt im Vergleich');
    expect(format.t('trayCount', { count: 3 })).to.equal('3 Produkte im Vergleich');
  });

  it('uses German number formats: 1.299,00 €', () => {
    const format = de();
    const price = plain(format.price({ amount: 1299, currency: 'EUR' }));
    expect(price).to.include('1.299');
    expect(price).to.equal('1.299,00 €');
    expect(format.number(1234.5)).to.equal('1.234,5');
    expect(format.t('trayCount', { count: 1200 })).to.equal('1.200 Produkte im Vergleich');
  });

  it('Austrian and Swiss German get German copy too', () => {
    expect(createFormatter('de-AT').t('compare')).to.equal('Vergleichen');
    expect(createFormatter('de-CH').t('trayEmpty')).to.equal('Noch keine Produkte im Vergleich');
    // formatAttribute brings the copy of missing and yes/no values with it.
    const swiss = createFormatter('de-CH');
    expect(formatAttribute(swiss, boolean, undefined)).to.equal('Keine Angabe');
    expect(formatAttribute(swiss, boolean, true)).to.equal('Ja');
  });

  it('a language without bundled copy falls back to English, with its own number format', () => {
    const format = createFormatter('fr-FR');
    expect(format.t('compare')).to.equal('Compare');
    expect(plain(format.price({ amount: 1299, currency: 'EUR' }))).to.equal('1 299,00 €');
  });
});

describe("createFormatter: the retailer's copy wins", () => {
  it('overrides a text and a plural message, keeping the rest', () => {
    const format = createFormatter('de-DE', { compare: 'Merken', trayCount: { one: 'Ein Gerät', other: '# Geräte' } });
    expect(format.t('compare')).to.equal('Merken');
    expect(format.t('trayCount', { count: 1 })).to.equal('Ein Gerät');
    expect(format.t('trayCount', { count: 5 })).to.equal('5 Geräte');
    expect(format.t('tray')).to.equal('Vergleich');
  });

  it('a plural override with only "other" is used for every count', () => {
    const format = createFormatter('en-GB', { trayCount: { other: 'Items: #' } });
    expect(format.t('trayCount', { count: 1 })).to.equal('Items: 1');
    expect(format.t('trayCount', { count: 2 })).to.equal('Items: 2');
  });
});

describe('formatAttribute', () => {
  const check = (format: Formatter, def: AttributeDef, value: Parameters<typeof formatAttribute>[2]) => plain(formatAttribute(format, def, value));

  it('shows a weight stored as 1350 g in the attribute unit: 1.35 kg', () => {
    expect(check(en(), number('weight', 'kg'), 1350)).to.equal('1.35 kg');
    expect(check(de(), number('weight', 'kg'), 1350)).to.equal('1,35 kg');
    expect(check(en(), number('weight', 'g'), 1350)).to.equal('1,350 g');
  });

  it('converts other stored base units back: 396.24 mm is 15.6 in, 50 400 s is 14 h, 2.5e9 Hz is 2.5 GHz', () => {
    expect(check(en(), number('screen', 'in'), 396.24)).to.equal('15.6 in');
    expect(check(en(), number('battery', 'h'), 50_400)).to.match(/^14 hrs?$/);
    expect(check(en(), number('cpu', 'GHz'), 2.5e9)).to.equal('2.5 GHz');
    expect(check(de(), number('cpu', 'GHz'), 2.5e9)).to.equal('2,5 GHz');
    expect(check(en(), number('battery', 'mAh'), 5000)).to.equal('5,000 mAh');
  });

  it('a number without a unit is a plain number', () => {
    expect(check(en(), number('cores'), 8)).to.equal('8');
    expect(check(de(), number('score'), 1234.5)).to.equal('1.234,5');
  });

  it('booleans read Yes/No, Ja/Nein', () => {
    expect(check(en(), boolean, true)).to.equal('Yes');
    expect(check(en(), boolean, false)).to.equal('No');
    expect(check(de(), boolean, true)).to.equal('Ja');
    expect(check(de(), boolean, false)).to.equal('Nein');
  });

  it('a missing value reads "Not specified" / "Keine Angabe", never 0 or blank', () => {
    expect(check(en(), number('weight', 'kg'), undefined)).to.equal('Not specified');
    expect(check(de(), number('weight', 'kg'), undefined)).to.equal('Keine Angabe');
    expect(check(en(), boolean, undefined)).to.equal('Not specified');
  });

  it('sets, texts and money', () => {
    expect(check(en(), { key: 'ports', label: 'Ports', type: 'set' }, ['USB-C', 'HDMI'])).to.equal('USB-C, HDMI');
    expect(check(en(), { key: 'color', label: 'Colour', type: 'enum' }, 'black')).to.equal('black');
    expect(check(de(), { key: 'care', label: 'Care plan', type: 'money' }, { amount: 1299, currency: 'EUR' })).to.equal('1.299,00 €');
  });
});

describe('formatAttribute: every unit of the table', () => {
  it('formats 12.5 of each unit in English and German, in the unit (Intl has no "milligram": mg once threw)', () => {
    for (const unit of knownUnits()) {
      const def = number('x', unit.symbol);
      const base = 12.5 * unit.factor;
      for (const [format, amount] of [[en(), '12.5'], [de(), '12,5']] as const) {
        const text = plain(formatAttribute(format, def, base));
        expect(text, `${unit.symbol} in ${format.locale}`).to.contain(amount);
        expect(text.replace(amount, '').trim(), `${unit.symbol} in ${format.locale} shows its unit`).to.not.equal('');
        expect(plain(formatDelta(format, def, -base)), `a difference in ${unit.symbol}`).to.contain(amount);
      }
    }
    expect(formatAttribute(en(), number('dose', 'mg'), 0.0125)).to.equal('12.5 mg');
    expect(formatAttribute(de(), number('dose', 'mg'), 0.0125)).to.equal('12,5 mg');
    expect(plain(formatAttribute(de(), number('temperature', '°C'), 40))).to.equal('40 °C');
    expect(plain(formatAttribute(en(), number('torque', 'Nm'), 60))).to.equal('60 Nm');
  });

  it('a unit Shortlist cannot convert is shown by its name', () => {
    expect(formatAttribute(en(), number('intensity', 'cd'), 40)).to.equal('40 cd');
    expect(formatAttribute(de(), number('intensity', 'cd'), 40.5)).to.equal('40,5 cd');
  });
});

describe('formatProductPrice', () => {
  const product = (fields: Partial<Product>): Product => ({ id: 'p', name: 'P', availability: 'in-stock', attributes: {}, ...fields });
  const euro = (amount: number) => ({ amount, currency: 'EUR' });

  it('the price; on sale, the regular price after it; with variants that differ, the range', () => {
    expect(formatProductPrice(en(), product({ price: euro(49) }))).to.equal('€49.00');
    expect(formatProductPrice(en(), product({ price: euro(1099), listPrice: euro(1299) }))).to.equal('€1,099.00, was €1,299.00');
    expect(plain(formatProductPrice(de(), product({ price: euro(1099), listPrice: euro(1299) }))!)).to.equal('1.099,00 €, statt 1.299,00 €');
    expect(formatProductPrice(en(), product({ price: euro(99), priceRange: { min: 99, max: 149, currency: 'EUR' } }))).to.equal('€99.00 – €149.00');
    expect(formatProductPrice(en(), product({}))).to.equal(undefined);
  });
});

describe('Formatter.use: a view brings its own copy', () => {
  const tables = { en: { viewTitle: 'Your comparison' }, de: { viewTitle: 'Ihr Vergleich' } };

  it('finds a view key once its tables are added, in the locale or else in English', () => {
    const german = createFormatter('de-AT');
    const key = 'viewTitle' as never;
    expect(german.t(key)).to.equal('viewTitle');
    german.use(tables);
    expect(german.t(key)).to.equal('Ihr Vergleich');
    const french = createFormatter('fr-FR');
    french.use(tables);
    expect(french.t(key)).to.equal('Your comparison');
  });

  it("keeps the retailer's overrides above the view's tables", () => {
    const format = createFormatter('en', { viewTitle: 'Side by side' } as never);
    format.use(tables);
    expect(format.t('viewTitle' as never)).to.equal('Side by side');
    expect(format.t('compare')).to.equal('Compare');
  });
});

describe('formatDelta', () => {
  const check = (format: Formatter, def: AttributeDef, delta: number, currency?: string) => plain(formatDelta(format, def, delta, currency));

  it('signs the difference in the display unit, with a true minus sign', () => {
    expect(check(en(), number('weight', 'g'), 200)).to.equal('+200 g');
    expect(check(en(), number('weight', 'kg'), -350)).to.equal('\u22120.35 kg');
    // 1.5 in is stored as 38.1 mm.
    expect(check(en(), number('screen', 'in'), -38.1)).to.equal('\u22121.5 in');
    expect(check(en(), number('battery', 'h'), -3600)).to.match(/^\u22121 hr$/);
    expect(check(en(), number('cores'), 2)).to.equal('+2');
    expect(check(de(), number('weight', 'kg'), 1500)).to.equal('+1,5 kg');
  });

  it('formats money in its currency, sign first', () => {
    expect(check(en(), { key: 'price', label: 'Price', type: 'money' }, 50, 'EUR')).to.equal('+€50.00');
    expect(check(en(), { key: 'price', label: 'Price', type: 'money' }, -299.01, 'GBP')).to.equal('\u2212£299.01');
    expect(check(de(), { key: 'price', label: 'Preis', type: 'money' }, -50, 'EUR')).to.equal('\u221250,00 €');
  });

  it('zero reads ±0 in the unit', () => {
    expect(check(en(), number('weight', 'g'), 0)).to.equal('±0 g');
    expect(check(en(), number('weight', 'g'), -0)).to.equal('±0 g');
    expect(check(en(), { key: 'price', label: 'Price', type: 'money' }, 0, 'EUR')).to.equal('±€0.00');
  });

  it('reads the same as formatAttribute, but signed', () => {
    const weight = number('weight', 'kg');
    expect(check(en(), weight, 1350)).to.equal(`+${plain(formatAttribute(en(), weight, 1350))}`);
  });
});

describe('createFormatter: small counts without Intl', () => {
  it('writes whole numbers below 1000 as Intl would, in Latin-digit locales', () => {
    for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'hi-IN', 'ar-MA', 'ja-JP', 'ne-NP', 'sd']) {
      const format = createFormatter(locale);
      for (const value of [0, 1, 7, 42, 500, 999]) expect(format.number(value), `${locale} ${value}`).to.equal(new Intl.NumberFormat(locale).format(value));
    }
  });

  it('uses the locale digits where they are not Latin', () => {
    // Punjabi in Pakistan and Uzbek in Afghanistan write Arabic script and digits by default.
    for (const locale of ['ar-EG', 'fa-IR', 'bn-BD', 'mr-IN', 'en-US-u-nu-arab', 'pa-PK', 'uz-AF', 'hi-IN-u-nu-deva']) {
      expect(createFormatter(locale).number(42), locale).to.equal(new Intl.NumberFormat(locale).format(42));
    }
    expect(createFormatter('ar-EG').t('trayCount', { count: 3 })).to.include(new Intl.NumberFormat('ar-EG').format(3));
  });
});
