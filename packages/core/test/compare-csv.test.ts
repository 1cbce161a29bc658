import { expect } from '@esm-bundle/chai';
import { createFormatter, type AttributeDefInput, type Catalog } from '../src/index.js';
import { compareTable, csvFileName, toCsv, type CompareOptions } from '../src/compare/index.js';
import { normalizeCatalog } from '../src/catalog/index.js';

// ---- fixtures ------------------------------------------------------------------------------

/** Reads CSV as a spreadsheet does (RFC 4180): quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') field += text[++index];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      [row, field] = [[], ''];
      index++;
    } else field += char;
  }
  expect(quoted, 'every quote is closed').to.equal(false);
  expect(field === '' && row.length === 0, 'the last line ends with CRLF').to.equal(true);
  return rows;
}

/** The parsed rows by their first cell, without the BOM. */
const byLabel = (csv: string) => new Map(parseCsv(csv.slice(1)).map(([label, ...cells]) => [label!, cells]));

const schema: AttributeDefInput[] = [
  { key: 'screen', label: 'Screen size', type: 'number', unit: 'in', group: 'Display' },
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', group: 'Build' },
  { key: 'offset', label: 'Offset', type: 'number' },
  { key: 'code', label: 'Code', type: 'text' },
  { key: 'touch', label: 'Touch', type: 'boolean', group: 'Display' },
];

const load = (products: unknown[]): Catalog => {
  const catalog = normalizeCatalog([{ source: 'inline', input: { products, attributes: schema } }], { currency: 'EUR' });
  expect(catalog.issues).to.deep.equal([]);
  return catalog;
};

const laptops = () =>
  load([
    { id: 'a', name: 'Aero', brand: 'Aero Inc', url: 'https://shop.example/aero', price: 1299, attributes: { screen: 15.6, weight: '1350 g', offset: -12.5, code: '-12.5', touch: true } },
    { id: 'b', name: 'Brio', attributes: { screen: 14, code: 'B-1' } },
  ]);

const en = createFormatter('en-GB');
const csvOf = (catalog: Catalog, ids: string[], options?: CompareOptions, extra?: Parameters<typeof toCsv>[2]) => toCsv(compareTable(catalog, ids, options), en, extra);

// ---- layout --------------------------------------------------------------------------------

describe('toCsv: layout', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF, never a bare LF', () => {
    const csv = csvOf(laptops(), ['a', 'b']);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(/[^\r]\n/.test(csv)).to.equal(false);
  });

  it('one column per product after the label column; name, brand, price, URL, then the attribute rows', () => {
    const rows = parseCsv(csvOf(laptops(), ['b', 'a']).slice(1));
    expect(rows.map((row) => row.length)).to.satisfy((lengths: number[]) => lengths.every((length) => length === 3));
    expect(rows.map((row) => row[0])).to.deep.equal(['Name', 'Brand', 'Price', 'URL', 'Display: Screen size', 'Display: Touch', 'Build: Weight', 'Offset', 'Code']);
    expect(rows[0]).to.deep.equal(['Name', 'Brio', 'Aero']);
    expect(rows[2]).to.deep.equal(['Price', 'Not specified', '€1,299.00']);
    expect(rows[3]).to.deep.equal(['URL', 'Not specified', 'https://shop.example/aero']);
  });

  it('values as the comparison shows them: display units, Yes/No, "Not specified" for missing', () => {
    const rows = byLabel(csvOf(laptops(), ['a', 'b']));
    expect(rows.get('Display: Screen size')).to.deep.equal(['15.6 in', '14 in']);
    expect(rows.get('Build: Weight')).to.deep.equal(['1.35 kg', 'Not specified']);
    expect(rows.get('Display: Touch')).to.deep.equal(['Yes', 'Not specified']);
    expect(rows.get('Brand')).to.deep.equal(['Aero Inc', 'Not specified']);
  });

  it("in German: German values, and the decimal comma is quoted so it stays in its cell", () => {
    const csv = toCsv(compareTable(laptops(), ['a']), createFormatter('de-DE'));
    expect(csv).to.include('"1,35 kg"');
    const rows = byLabel(csv);
    expect(rows.get('Build: Weight')).to.deep.equal(['1,35 kg']);
    expect(rows.get('Brand')).to.deep.equal(['Aero Inc']);
    expect(rows.get('Display: Touch')).to.deep.equal(['Ja']);
  });

  it('follows the table: its view and its labels', () => {
    const labels = { screen: 'Diagonal', Display: 'Bildschirm' };
    const differences = byLabel(csvOf(laptops(), ['a', 'b'], { view: 'differences', labels }));
    expect(differences.get('Bildschirm: Diagonal')).to.deep.equal(['15.6 in', '14 in']);
    // Every attribute of a and b differs (b lacks most), so "similarities" leaves the product rows only.
    expect([...differences.keys()]).to.have.length(9);
    expect([...byLabel(csvOf(laptops(), ['a', 'b'], { view: 'similarities', labels })).keys()]).to.deep.equal(['Name', 'Brand', 'Price', 'URL']);
  });

  it('notes and triage rows when given; unnoted and unmarked products are empty', () => {
    const rows = byLabel(csvOf(laptops(), ['a', 'b'], {}, { notes: { b: 'Too small' }, triage: { a: 'shortlisted', b: 'eliminated' } }));
    expect(rows.get('Note')).to.deep.equal(['', 'Too small']);
    expect(rows.get('Status')).to.deep.equal(['Shortlisted', 'Eliminated']);
    const partial = byLabel(csvOf(laptops(), ['a', 'b'], {}, { triage: { b: 'shortlisted' } }));
    expect(partial.get('Status')).to.deep.equal(['', 'Shortlisted']);
    expect(partial.has('Note')).to.equal(false);
    // A product id such as "constructor" is not found on the prototype of the records.
    const proto = byLabel(toCsv(compareTable(load([{ id: 'constructor', name: 'C' }]), ['constructor']), en, { notes: {}, triage: {} }));
    expect(proto.get('Note')).to.deep.equal(['']);
    expect(proto.get('Status')).to.deep.equal(['']);
  });

  it("the caller's copy for its own rows", () => {
    const rows = byLabel(csvOf(laptops(), ['a'], {}, { triage: { a: 'eliminated' }, labels: { name: 'Produkt', triage: 'Auswahl', eliminated: 'Aussortiert' } }));
    expect(rows.get('Produkt')).to.deep.equal(['Aero']);
    expect(rows.get('Auswahl')).to.deep.equal(['Aussortiert']);
  });

  it('a summary group adds its rating; its price is the price row, not a second one', () => {
    const catalog = normalizeCatalog([{ source: 'inline', input: { products: [{ id: 'p', name: 'P', price: 10, rating: 4.5 }] } }], { currency: 'EUR' });
    const rows = parseCsv(toCsv(compareTable(catalog, ['p'], { summary: { price: 'Price', rating: 'Rating' } }), en).slice(1));
    expect(rows.map((row) => row[0])).to.deep.equal(['Name', 'Brand', 'Price', 'URL', 'Rating']);
    expect(rows.at(-1)).to.deep.equal(['Rating', '4.5']);
  });
});

// ---- escaping ------------------------------------------------------------------------------

describe('toCsv: quoting and formula injection', () => {
  const hostile = () =>
    load([
      { id: 'x', name: '=HYPERLINK("https://evil.example","Click")', brand: '+1', attributes: { code: '@SUM(A1:A9)' } },
      { id: 'y', name: 'Say "hi", then\r\nleave', brand: 'a;b', attributes: { code: '-cmd' } },
      { id: 'z', name: '-2+3+cmd|\' /C calc\'!A0', brand: 'Ünïcödé' },
    ]);

  it('text starting with = + - @ tab or CR gets a leading apostrophe, and reads back as text', () => {
    // Feeds are trimmed, so only notes can start with a tab or CR.
    const rows = byLabel(csvOf(hostile(), ['x', 'y', 'z'], {}, { notes: { x: '=1+1', y: '\r=2', z: '\tcmd' } }));
    expect(rows.get('Name')).to.deep.equal(['\'=HYPERLINK("https://evil.example","Click")', 'Say "hi", then\r\nleave', "'-2+3+cmd|' /C calc'!A0"]);
    expect(rows.get('Brand')).to.deep.equal(["'+1", 'a;b', 'Ünïcödé']);
    expect(rows.get('Code')).to.deep.equal(["'@SUM(A1:A9)", "'-cmd", 'Not specified']);
    expect(rows.get('Note')).to.deep.equal(["'=1+1", "'\r=2", "'\tcmd"]);
  });

  it('quotes fields with quotes (doubled), commas, semicolons and line breaks, and leaves plain ones bare', () => {
    const csv = csvOf(hostile(), ['x', 'y', 'z']);
    expect(csv).to.include('"\'=HYPERLINK(""https://evil.example"",""Click"")"');
    expect(csv).to.include('"Say ""hi"", then\r\nleave"');
    expect(csv).to.include(',"a;b",');
    expect(csv).to.include("'+1,");
    expect(csv).to.include(',Ünïcödé\r\n');
  });

  it('quotes leading and trailing spaces so spreadsheets keep them', () => {
    const rows = byLabel(csvOf(hostile(), ['z'], {}, { notes: { z: '  padded ' } }));
    expect(rows.get('Note')).to.deep.equal(['  padded ']);
    expect(csvOf(hostile(), ['z'], {}, { notes: { z: '  padded ' } })).to.include('"  padded "');
  });

  it('a negative number we formatted stays a number; the same characters from a text attribute are neutralized', () => {
    // offset is a number attribute: -12.5 is written by Intl from a number. code is text from the feed.
    const rows = byLabel(csvOf(laptops(), ['a']));
    expect(rows.get('Offset')).to.deep.equal(['-12.5']);
    expect(rows.get('Code')).to.deep.equal(["'-12.5"]);
  });

  it('labels from the catalog are neutralized too', () => {
    const catalog = normalizeCatalog([
      { source: 'inline', input: { products: [{ id: 'p', name: 'P', attributes: { evil: 'x' } }], attributes: [{ key: 'evil', label: '=cmd()', type: 'text', group: '@group' }] } },
    ]);
    const rows = parseCsv(toCsv(compareTable(catalog, ['p']), en).slice(1));
    expect(rows.at(-1)).to.deep.equal(["'@group: =cmd()", 'x']);
  });
});

describe('csvFileName', () => {
  it('names the file by the local date, zero-padded', () => {
    expect(csvFileName(new Date(2024, 2, 7, 23, 59))).to.equal('shortlist-comparison-2024-03-07.csv');
    expect(csvFileName(new Date(2025, 11, 31, 0, 0))).to.equal('shortlist-comparison-2025-12-31.csv');
  });
});
