import { expect } from '@esm-bundle/chai';
import {
  CONFIGURED_ID_MAX_LENGTH,
  Configurator,
  configuredId,
  configuredProduct,
  decodeSelection,
  describeProblem,
  describeSelectionText,
  encodeSelection,
  parseConfiguredId,
  SELECTION_MAX_LENGTH,
  type Selection,
  type SelectionTextProblem,
} from '../src/customize/index.js';
import { normalizeCatalog } from '../src/catalog/normalize.js';
import { createFormatter } from '../src/format/format.js';
import type { Product } from '../src/model/types.js';

const mattress: Product = {
  id: 'sleep/1',
  name: 'Cloud mattress',
  url: '/p/sleep-1.html',
  image: '/img/sleep.svg',
  brand: 'Cloud',
  availability: 'in-stock',
  category: 'mattresses',
  attributes: { height: 250, 'firmness-left': 7 },
  price: { amount: 899, currency: 'EUR' },
  options: [
    { key: 'size', label: 'Size', kind: 'size', values: [{ value: '90x200', label: '90 × 200 cm' }, { value: '180x200', label: '180 × 200 cm', priceDelta: 400 }] },
    { key: 'firmness-left', label: 'Firmness (left)', kind: 'number', min: 0, max: 100, step: 0.5, default: 50 },
    { key: 'firmness-right', label: 'Firmness (right)', kind: 'number', min: 0, max: 100, step: 0.5, default: 50 },
    { key: 'cover.text', label: 'Embroidery', kind: 'text', maxLength: 40, allowed: 'A-Za-zÀ-ÿ0-9 &.,\'-' },
  ],
};

const options = new Configurator(mattress).options;

describe('customize: selections', () => {
  it('round-trips through a short URL-safe text, for any characters', () => {
    const selections: Selection[] = [
      {},
      { size: '90x200', 'firmness-left': 30, 'firmness-right': 72.5 },
      { size: '180x200', 'firmness-left': 0, 'firmness-right': 100, 'cover.text': "Anna & Zoë's bed, 2024" },
    ];
    for (const selection of selections) {
      const text = encodeSelection(options, selection);
      expect(text).to.match(/^[A-Za-z0-9._-]*$/);
      expect(encodeURIComponent(text), 'needs no escaping in a URL').to.equal(text);
      expect(decodeSelection(options, text)).to.deep.equal(new Configurator(mattress).state(selection).selection);
    }
    expect(encodeSelection(options, { size: '90x200', 'firmness-left': 30, 'firmness-right': 72.5 })).to.equal('size.90x200.firmness-left.30.firmness-right.72_2E5');
    expect(encodeSelection(options, { 'cover.text': 'Zoë' })).to.equal('cover_2Etext.Zo_C3_AB');
  });

  it('gives a configured item a stable id from the base id and the selection', () => {
    const configurator = new Configurator(mattress);
    const a = configurator.state({ 'cover.text': 'Zoe\u0308', size: '90x200', 'firmness-right': 40 }).selection;
    const b = configurator.state({ size: '90x200', 'firmness-right': 40, 'firmness-left': 50, 'cover.text': ' Zoë ' }).selection;
    const id = configuredId(mattress.id, options, a);
    expect(id, 'the same whatever the order, defaults and Unicode form').to.equal(configuredId(mattress.id, options, b));
    expect(id).to.equal('sleep/1~size.90x200.firmness-left.50.firmness-right.40.cover_2Etext.Zo_C3_AB');
    expect(parseConfiguredId(id)).to.deep.equal({ productId: 'sleep/1', selection: 'size.90x200.firmness-left.50.firmness-right.40.cover_2Etext.Zo_C3_AB' });
    expect(parseConfiguredId('a~b~size.90x200')).to.deep.equal({ productId: 'a~b', selection: 'size.90x200' }, 'a product id may hold "~"');
    expect(parseConfiguredId('plain-id')).to.equal(undefined);
  });

  it('refuses untrusted texts clearly: malformed, unknown or repeated options, invalid values, too long', () => {
    const refused: Array<[string, string]> = [
      ['size.90x200.firmness-left', 'is not a list of options and values'],
      ['size.90x200..x', 'is not a selection text'],
      ['size.90x200~evil', 'is not a selection text'],
      ['size.90%20', 'is not a selection text'],
      ['colour.red', '"colour" is not an option of this product'],
      ['size.90x200.size.180x200', 'option "size" is given twice'],
      ['size.120x200', '"120x200" is not a valid value of size'],
      ['firmness-left.101', '101 is not a valid value of firmness-left'],
      ['firmness-left.30_2E25', '30.25 is not a valid value of firmness-left'],
      ['firmness-left.1e2', '"1e2" is not a number for firmness-left'],
      ['cover_2Etext._3Cscript_3E', 'is not a valid value of cover.text'],
      ['cover_2Etext._FF', 'is not a list of options and values'],
      ['size.' + 'x'.repeat(SELECTION_MAX_LENGTH), `more than ${SELECTION_MAX_LENGTH}`],
    ];
    for (const [text, message] of refused) {
      const result = decodeSelection(options, text);
      expect(result, text).to.have.property('problem');
      expect(describeSelectionText((result as { problem: SelectionTextProblem }).problem), text).to.include('This configuration cannot be read').and.include(message);
    }
  });

  it('a very long selection round-trips up to the limit and is refused beyond it, never stored or added', () => {
    const long: Product = {
      ...mattress,
      id: 'long',
      options: [{ key: 'engraving', kind: 'text', maxLength: 200 }],
    };
    const configurator = new Configurator(long);
    // Cyrillic letters take 2 bytes each: 6 characters each once escaped.
    const cyrillic = 'Ж'.repeat(80);
    const fits = configurator.state({ engraving: cyrillic });
    expect(fits.complete).to.equal(true);
    const text = encodeSelection(configurator.options, fits.selection);
    expect(text.length).to.be.at.most(SELECTION_MAX_LENGTH);
    expect(decodeSelection(configurator.options, text)).to.deep.equal({ engraving: cyrillic });
    const result = configuredProduct(long, { engraving: cyrillic });
    expect(result.complete && result.product.id.length).to.be.at.most(CONFIGURED_ID_MAX_LENGTH);

    const tooLong = configurator.state({ engraving: 'Ж'.repeat(150) });
    expect(tooLong.complete).to.equal(false);
    expect(tooLong.problems).to.deep.equal([{ kind: 'too-long', length: 910, max: SELECTION_MAX_LENGTH }]);
    expect(describeProblem(tooLong.problems[0]!, configurator, createFormatter('en'))).to.equal(
      'This configuration is too long to save (910 of 500 characters): shorten the text',
    );
    expect(configuredProduct(long, { engraving: 'Ж'.repeat(150) })).to.deep.equal({ complete: false, problems: tooLong.problems });
  });

  it('checks texts and numbers as the options say', () => {
    const configurator = new Configurator(mattress);
    const format = createFormatter('en');
    const state = configurator.state({ size: '90x200', 'firmness-left': 33.3, 'firmness-right': '40', 'cover.text': 'Hi <b>\u202E' });
    expect(state.complete).to.equal(false);
    expect(state.problems.map((problem) => describeProblem(problem, configurator, format))).to.deep.equal([
      'Firmness (left): from 0 to 100 in steps of 0.5',
      'Firmness (right): this choice is not offered',
      'Embroidery: “<” “>” U+202E cannot be used',
    ]);
    const long = configurator.state({ size: '90x200', 'cover.text': 'x'.repeat(41) });
    expect(describeProblem(long.problems[0]!, configurator, createFormatter('de'))).to.equal('Embroidery: höchstens 40 Zeichen');
  });
});

describe('customize: configured products', () => {
  it('a complete configuration becomes a product: id, name, price, availability, image and the options as attributes', () => {
    const catalog = normalizeCatalog([{ source: 'inline', input: { products: [mattress], attributes: [{ key: 'height', type: 'number', unit: 'mm' }] } }]);
    const base = catalog.byId.get('sleep/1')!;
    const result = configuredProduct(base, { size: '180x200', 'firmness-left': 30, 'firmness-right': 65.5, 'cover.text': 'Anna' }, catalog.attributeByKey);
    expect(result.complete).to.equal(true);
    if (!result.complete) return;
    // Its page is the product's, opening with this configuration (edited from the tray and the comparison).
    const page = `${new URL('/p/sleep-1.html', document.baseURI).href}?shortlist-configure=sleep%2F1%7Esize.180x200.firmness-left.30.firmness-right.65_2E5.cover_2Etext.Anna`;
    expect(result.product).to.deep.equal({
      id: 'sleep/1~size.180x200.firmness-left.30.firmness-right.65_2E5.cover_2Etext.Anna',
      name: 'Cloud mattress (180 × 200 cm, Firmness (left) 30, Firmness (right) 65.5, Embroidery: Anna)',
      url: page,
      editUrl: page,
      image: new URL('/img/sleep.svg', document.baseURI).href,
      brand: 'Cloud',
      category: 'mattresses',
      price: { amount: 1299, currency: 'EUR' },
      availability: 'in-stock',
      attributes: { height: 250, size: '180 × 200 cm', 'firmness-left': 30, 'firmness-right': 65.5, 'cover.text': 'Anna' },
    });
    expect(result.attributes).to.deep.equal([
      { key: 'size', label: 'Size', type: 'enum' },
      catalog.attributeByKey.get('firmness-left'),
      { key: 'firmness-right', label: 'Firmness (right)', type: 'number' },
      { key: 'cover.text', label: 'Embroidery', type: 'text' },
    ]);
    expect(result.layers).to.deep.equal([]);
  });

  it('an option whose key is a catalog attribute fills it when its values read as that attribute', () => {
    const laptop: Product = {
      id: 'lap',
      name: 'Lap',
      availability: 'in-stock',
      attributes: { memory: 16e9, color: 'Silver' },
      options: [
        { key: 'memory', label: 'Memory', values: [{ value: '16gb', label: '16 GB' }, { value: '32gb', label: '32 GB' }] },
        { key: 'color', label: 'Colour', values: ['Silver', 'Black'] },
      ],
    };
    const attributes = new Map([
      ['memory', { key: 'memory', label: 'Memory', type: 'number' as const, unit: 'GB' }],
      ['color', { key: 'color', label: 'Colour', type: 'boolean' as const }],
    ]);
    const result = configuredProduct(laptop, { memory: '32gb', color: 'Black' }, attributes);
    expect(result.complete).to.equal(true);
    if (!result.complete) return;
    expect(result.product.attributes.memory, '32 GB in bytes, like every memory attribute').to.equal(32e9);
    expect(result.product.attributes['color-option'], '"Black" is no boolean: the option gets its own key').to.equal('Black');
    expect(result.product.attributes.color, 'the base value stays under the catalog key').to.equal('Silver');
    expect(result.attributes.map((def) => def.key)).to.deep.equal(['memory', 'color-option']);
  });
});
