import { expect } from '@esm-bundle/chai';
import { type AttributeDefInput, type Catalog } from '../src/index.js';
import { compareTable, type CompareOptions, type CompareRow, type CompareTable } from '../src/compare/index.js';
import { normalizeCatalog } from '../src/catalog/index.js';

// ---- fixtures ------------------------------------------------------------------------------

const load = (products: unknown[], attributes: AttributeDefInput[] = []): Catalog => {
  const catalog = normalizeCatalog([{ source: 'inline', input: { products, attributes } }], { currency: 'EUR' });
  expect(catalog.issues, 'fixture loads cleanly').to.deep.equal([]);
  return catalog;
};

const schema: AttributeDefInput[] = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower', group: 'Build' },
  { key: 'screen', label: 'Screen size', type: 'number', unit: 'in', better: 'higher', group: 'Display' },
  { key: 'touch', label: 'Touch screen', type: 'boolean', better: 'higher', group: 'Display' },
  { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher', group: 'Battery' },
  { key: 'ports', label: 'Ports', type: 'set', group: 'Connectivity' },
  { key: 'color', label: 'Colour', type: 'enum' },
  { key: 'care', label: 'Care plan', type: 'money', better: 'lower', group: 'Extras' },
  { key: 'hdr', label: 'HDR', type: 'boolean', group: 'Display' },
];

/**
 * a and b weigh the same (1.2 kg = 1200 g), have the same ports in another order and the same
 * battery (10 h = 600 min); c is heavier, has no screen size and a care plan in dollars.
 * Only d, which the tests compare rarely, has HDR.
 */
const laptops = () =>
  load(
    [
      { id: 'a', name: 'Aero', price: 999, rating: 4.5, attributes: { weight: '1.2 kg', screen: 14, touch: true, battery: '10 h', ports: ['USB-C', 'HDMI'], color: 'black', care: 99 } },
      { id: 'b', name: 'Brio', price: 1299, rating: 4.1, attributes: { weight: '1200 g', screen: '15.6 in', touch: false, battery: '600 min', ports: ['HDMI', 'USB-C'], color: 'silver', care: 149 } },
      { id: 'c', name: 'Cirrus', price: 999, attributes: { weight: '1.5 kg', touch: true, battery: '12 h', ports: ['USB-C'], color: 'black', care: { amount: 99, currency: 'USD' } } },
      { id: 'd', name: 'Delta', attributes: { weight: '2 kg', hdr: true } },
    ],
    schema,
  );

/** The row for `key`, from whichever group holds it; fails when the table has none. */
function row(table: CompareTable, key: string): CompareRow {
  const found = table.groups.flatMap((group) => group.rows).filter((entry) => entry.def.key === key);
  expect(found, `row ${key}`).to.have.length(1);
  return found[0]!;
}

const keys = (table: CompareTable) => table.groups.map((group) => group.rows.map((entry) => entry.def.key));
const hasRow = (table: CompareTable, key: string) => table.groups.some((group) => group.rows.some((entry) => entry.def.key === key));
const best = (entry: CompareRow) => entry.cells.map((cell) => cell.best);
const table = (ids: string[], options?: CompareOptions) => compareTable(laptops(), ids, options);

// ---- products ------------------------------------------------------------------------------

describe('compareTable: products', () => {
  it('keeps the order of the ids, skips and reports unknown ones, and lists a repeated id once', () => {
    const result = table(['c', 'nope', 'a', 'c', 'gone']);
    expect(result.products.map((product) => product.id)).to.deep.equal(['c', 'a']);
    expect(result.missing).to.deep.equal(['nope', 'gone']);
    for (const group of result.groups) for (const entry of group.rows) expect(entry.cells).to.have.length(2);
  });

  it('with no known products there are no rows', () => {
    const result = table(['x']);
    expect(result.products).to.deep.equal([]);
    expect(result.groups).to.deep.equal([]);
    expect(result.rowCount).to.equal(0);
  });
});

// ---- rows and groups -----------------------------------------------------------------------

describe('compareTable: rows and groups', () => {
  it("by default shows the catalog's attributes that a compared product has, grouped in order of first appearance, ungrouped last", () => {
    const result = table(['a', 'b', 'c']);
    // hdr: only d has it. Ungrouped colour goes last although the schema lists it before care.
    expect(result.groups.map((group) => group.name)).to.deep.equal(['Build', 'Display', 'Battery', 'Connectivity', 'Extras', undefined]);
    expect(keys(result)).to.deep.equal([['weight'], ['screen', 'touch'], ['battery'], ['ports'], ['care'], ['color']]);
    expect(result.groups[0]!.label).to.equal('Build');
    expect(result.groups.at(-1)).to.not.have.property('label');
    expect(result.rowCount).to.equal(7);
    expect(hasRow(result, 'hdr')).to.equal(false);
    expect(hasRow(table(['a', 'd']), 'hdr')).to.equal(true);
  });

  it('explicit attributes: in that order; unknown keys and rows no compared product has are skipped', () => {
    const result = table(['a', 'b'], { attributes: ['hdr', 'color', 'nonexistent', 'weight', 'screen'] });
    // Within groups the order given is kept; groups follow in order of first appearance. No
    // product compared has `hdr`: a store's list spans all its categories, so it shows no row.
    expect(result.groups.map((group) => group.name)).to.deep.equal(['Build', 'Display', undefined]);
    expect(keys(result)).to.deep.equal([['weight'], ['screen'], ['color']]);
    expect(result.rowCount).to.equal(3);
    expect(keys(table(['a', 'd'], { attributes: ['hdr', 'color'] }))).to.deep.equal([['hdr'], ['color']]);
  });

  it('group order: listed groups first, then the others as they appear; listed groups with no rows are dropped', () => {
    const result = table(['a', 'b', 'c'], { groups: ['Extras', 'Nothing here', 'Display'] });
    expect(result.groups.map((group) => group.name)).to.deep.equal(['Extras', 'Display', 'Build', 'Battery', 'Connectivity', undefined]);
  });

  it('labels override attribute and group labels by key and name, and leave the catalog untouched', () => {
    const catalog = laptops();
    const result = compareTable(catalog, ['a', 'b'], { labels: { weight: 'Gewicht', Display: 'Bildschirm' } });
    expect(row(result, 'weight').def.label).to.equal('Gewicht');
    expect(row(result, 'weight').def.unit).to.equal('kg');
    expect(row(result, 'screen').def.label).to.equal('Screen size');
    expect(result.groups.find((group) => group.name === 'Display')!.label).to.equal('Bildschirm');
    expect(catalog.attributeByKey.get('weight')!.label).to.equal('Weight');
  });

  it('attribute keys such as "constructor" are values and labels like any other, not Object members', () => {
    const catalog = load([
      { id: 'p', name: 'P', attributes: { constructor: 'x' } },
      { id: 'q', name: 'Q', attributes: { toString: 'plain' } },
    ]);
    // Neither product nor labels have these as own keys; the prototype's functions must not show.
    const result = compareTable(catalog, ['p', 'q'], { labels: {} });
    expect(row(result, 'constructor').cells.map((cell) => cell.value)).to.deep.equal(['x', undefined]);
    expect(row(result, 'toString').cells.map((cell) => cell.value)).to.deep.equal([undefined, 'plain']);
    expect(row(result, 'constructor').def.label).to.equal('Constructor');
    expect(row(result, 'toString').def.label).to.equal('To string');
  });
});

// ---- differs -------------------------------------------------------------------------------

describe('compareTable: which rows differ', () => {
  it('1.2 kg and 1200 g are equal, and so are 10 h and 600 min', () => {
    const result = table(['a', 'b']);
    expect(row(result, 'weight').differs).to.equal(false);
    expect(row(result, 'weight').cells.map((cell) => cell.value)).to.deep.equal([1200, 1200]);
    expect(row(result, 'battery').differs).to.equal(false);
  });

  it('sets are equal in any order', () => {
    expect(row(table(['a', 'b']), 'ports').differs).to.equal(false);
    expect(row(table(['a', 'c']), 'ports').differs).to.equal(true);
  });

  it('a missing value differs from any specified one, and two missing values are equal', () => {
    const result = table(['a', 'c']);
    expect(row(result, 'screen').differs).to.equal(true);
    expect(row(result, 'screen').cells[1]).to.deep.equal({ best: false });
    // Two missing values are the same: against a reference without a screen size, another
    // product without one is "same", the one with a size is not.
    const pinned = compareTable(laptops(), ['a', 'c', 'd'], { attributes: ['screen'], reference: 'c' });
    expect(row(pinned, 'screen').cells.map((cell) => cell.sameAsReference)).to.deep.equal([false, true, true]);
  });

  it('money compares amount and currency: 99 EUR and 99 USD differ', () => {
    const catalog = load(
      [
        { id: 'p', name: 'P', attributes: { care: 99 } },
        { id: 'q', name: 'Q', attributes: { care: { amount: '99.00', currency: 'EUR' } } },
        { id: 'r', name: 'R', attributes: { care: { amount: 99, currency: 'USD' } } },
      ],
      [{ key: 'care', type: 'money' }],
    );
    expect(row(compareTable(catalog, ['p', 'q']), 'care').differs).to.equal(false);
    expect(row(compareTable(catalog, ['p', 'r']), 'care').differs).to.equal(true);
  });

  it('one product: nothing differs', () => {
    const result = table(['a']);
    expect(result.groups.flatMap((group) => group.rows).every((entry) => !entry.differs && entry.separation === 0)).to.equal(true);
  });
});

// ---- views ---------------------------------------------------------------------------------

describe('compareTable: views', () => {
  it('"differences" and "similarities" split the rows of "all" by differs', () => {
    const all = table(['a', 'b']);
    const differences = table(['a', 'b'], { view: 'differences' });
    const similarities = table(['a', 'b'], { view: 'similarities' });
    // a and b differ in screen, touch, colour and care; weigh, last and connect the same.
    expect(keys(differences).flat().sort()).to.deep.equal(['care', 'color', 'screen', 'touch']);
    expect(keys(similarities).flat().sort()).to.deep.equal(['battery', 'ports', 'weight']);
    expect(differences.rowCount + similarities.rowCount).to.equal(all.rowCount);
    // Groups left without rows are dropped.
    expect(similarities.groups.map((group) => group.name)).to.deep.equal(['Build', 'Battery', 'Connectivity']);
  });
});

// ---- best ----------------------------------------------------------------------------------

describe('compareTable: best values', () => {
  it('marks every cell that ties for best: lower weight', () => {
    // 1200 g, 1200 g, 1500 g: a and b tie.
    expect(best(row(table(['a', 'b', 'c']), 'weight'))).to.deep.equal([true, true, false]);
  });

  it('higher is better: the longest battery', () => {
    expect(best(row(table(['a', 'b', 'c']), 'battery'))).to.deep.equal([false, false, true]);
  });

  it('booleans: yes is better when better is "higher", no when "lower"', () => {
    expect(best(row(table(['a', 'b', 'c']), 'touch'))).to.deep.equal([true, false, true]);
    const catalog = load(
      [
        { id: 'p', name: 'P', attributes: { fan: true } },
        { id: 'q', name: 'Q', attributes: { fan: false } },
      ],
      [{ key: 'fan', type: 'boolean', better: 'lower' }],
    );
    expect(best(row(compareTable(catalog, ['p', 'q']), 'fan'))).to.deep.equal([false, true]);
  });

  it('never marks a missing value, nor a lone specified value against missing ones', () => {
    // Screen: a has one, c none: one value has nothing to beat.
    expect(best(row(table(['a', 'c']), 'screen'))).to.deep.equal([false, false]);
    // Screen: a 14 in, b 15.6 in, c missing.
    expect(best(row(table(['a', 'b', 'c']), 'screen'))).to.deep.equal([false, true, false]);
  });

  it('marks nothing when all specified values are equal', () => {
    expect(best(row(table(['a', 'b']), 'weight'))).to.deep.equal([false, false]);
    const result = compareTable(laptops(), ['a', 'b', 'd'], { attributes: ['battery'] });
    // 10 h, 10 h and missing.
    expect(best(row(result, 'battery'))).to.deep.equal([false, false, false]);
  });

  it('money: best only within one currency', () => {
    expect(best(row(table(['a', 'b']), 'care'))).to.deep.equal([true, false]);
    expect(best(row(table(['a', 'b', 'c']), 'care'))).to.deep.equal([false, false, false]);
  });

  it('rows without "better" have no best', () => {
    expect(best(row(table(['a', 'b', 'c']), 'color'))).to.deep.equal([false, false, false]);
    expect(best(row(table(['a', 'c']), 'ports'))).to.deep.equal([false, false]);
  });
});

// ---- separation ----------------------------------------------------------------------------

describe('compareTable: separation', () => {
  // Types are inferred: numbers, an enum (kind) and a set (tags), in this order.
  const catalog = () =>
    load([
      { id: 'p', name: 'P', attributes: { small: 100, large: 10, none: 5, kind: 'x', both: -5, tags: ['a'] } },
      { id: 'q', name: 'Q', attributes: { small: 90, large: 20, none: 5, kind: 'x', both: 5, tags: ['b'] } },
      { id: 'r', name: 'R', attributes: { small: 95, large: 5, none: 5, kind: 'y', both: 0, tags: ['a'] } },
    ]);

  it('numbers: (max − min) / max(|max|, |min|), clamped to 1', () => {
    const result = compareTable(catalog(), ['p', 'q', 'r']);
    expect(row(result, 'small').separation).to.be.closeTo((100 - 90) / 100, 1e-12);
    expect(row(result, 'large').separation).to.be.closeTo((20 - 5) / 20, 1e-12);
    expect(row(result, 'none').separation).to.equal(0);
    // (5 − −5) / 5 = 2, clamped.
    expect(row(result, 'both').separation).to.equal(1);
  });

  it('other values: (distinct − 1) / (count − 1)', () => {
    const result = compareTable(catalog(), ['p', 'q', 'r']);
    expect(row(result, 'kind').separation).to.equal((2 - 1) / (3 - 1));
    expect(row(compareTable(catalog(), ['p', 'r']), 'kind').separation).to.equal(1);
  });

  it('missing values make a row differ but add no separation', () => {
    const result = table(['a', 'c'], { attributes: ['screen'] });
    expect(row(result, 'screen').differs).to.equal(true);
    expect(row(result, 'screen').separation).to.equal(0);
  });

  it('orderBy "separation" orders rows within each group, most first, ties in retailer order', () => {
    const result = compareTable(catalog(), ['p', 'q', 'r'], { orderBy: 'separation' });
    // large 0.75, both 1, small 0.1, none 0, kind 0.5, tags (['a'], ['b'], ['a']) 0.5.
    expect(keys(result)).to.deep.equal([['both', 'large', 'kind', 'tags', 'small', 'none']]);
    expect(keys(compareTable(catalog(), ['p', 'q', 'r']))).to.deep.equal([['small', 'large', 'none', 'kind', 'both', 'tags']]);
  });

  it('orderBy keeps groups in their order', () => {
    const result = table(['a', 'b', 'c'], { orderBy: 'separation' });
    expect(result.groups.map((group) => group.name)).to.deep.equal(['Build', 'Display', 'Battery', 'Connectivity', 'Extras', undefined]);
    // Display: touch (yes, no, yes → 1/2) before screen (14 in vs 15.6 in → 1.6/15.6).
    expect(result.groups[1]!.rows.map((entry) => entry.def.key)).to.deep.equal(['touch', 'screen']);
  });
});

// ---- reference -----------------------------------------------------------------------------

describe('compareTable: reference product', () => {
  it('deltas in base units against the reference; the reference has none', () => {
    const result = table(['a', 'b', 'c'], { reference: 'c' });
    // weight: 1200 g − 1500 g; battery: 10 h − 12 h in seconds.
    expect(row(result, 'weight').cells.map((cell) => cell.delta)).to.deep.equal([-300, -300, undefined]);
    expect(row(result, 'battery').cells.map((cell) => cell.delta)).to.deep.equal([-7200, -7200, undefined]);
    expect(row(result, 'weight').cells[2]).to.not.have.property('delta');
  });

  it('no delta where either value is missing, nor between currencies', () => {
    const result = table(['a', 'b', 'c'], { reference: 'a' });
    // c has no screen.
    // (15.6 − 14) in × 25.4 mm/in = 40.64 mm.
    expect(row(result, 'screen').cells.map((cell) => cell.delta)).to.deep.equal([undefined, 40.64, undefined]);
    // Care plans are in EUR and USD.
    expect(row(result, 'care').cells.map((cell) => cell.delta)).to.deep.equal([undefined, undefined, undefined]);
    expect(row(table(['a', 'b'], { reference: 'a' }), 'care').cells.map((cell) => cell.delta)).to.deep.equal([undefined, 50]);
  });

  it('sameAsReference on every cell: mixed units, sets in any order, missing equals missing', () => {
    const result = table(['a', 'b', 'c', 'd'], { reference: 'b' });
    expect(row(result, 'weight').cells.map((cell) => cell.sameAsReference)).to.deep.equal([true, true, false, false]);
    expect(row(result, 'ports').cells.map((cell) => cell.sameAsReference)).to.deep.equal([true, true, false, false]);
    expect(row(result, 'hdr').cells.map((cell) => cell.sameAsReference)).to.deep.equal([true, true, true, false]);
    expect(row(result, 'touch').cells.map((cell) => cell.sameAsReference)).to.deep.equal([false, true, false, false]);
  });

  it('summary price deltas are rounded like units: 1299 − 999.99 is 299.01', () => {
    const catalog = load([
      { id: 'p', name: 'P', price: 999.99 },
      { id: 'q', name: 'Q', price: 1299 },
    ]);
    const result = compareTable(catalog, ['p', 'q'], { reference: 'p', summary: { price: 'Price', rating: 'Rating' } });
    expect(row(result, 'price').cells[1]!.delta).to.equal(299.01);
  });

  it('a reference that is not compared is ignored', () => {
    const result = table(['a', 'b'], { reference: 'd' });
    for (const cell of row(result, 'weight').cells) {
      expect(cell).to.not.have.property('delta');
      expect(cell).to.not.have.property('sameAsReference');
    }
  });
});

// ---- summary -------------------------------------------------------------------------------

describe('compareTable: summary group', () => {
  it('comes first with price (lower is better) and rating (higher is better) rows', () => {
    const result = table(['a', 'b', 'c'], { summary: { price: 'Preis', rating: 'Bewertung' } });
    const [summary] = result.groups;
    expect(summary!.summary).to.equal(true);
    expect(summary!.name).to.equal(undefined);
    expect(summary!.rows.map((entry) => [entry.def.key, entry.def.label, entry.def.type])).to.deep.equal([
      ['price', 'Preis', 'money'],
      ['rating', 'Bewertung', 'number'],
    ]);
    // Prices 999, 1299, 999: a and c tie for cheapest. Ratings 4.5, 4.1 and none.
    expect(best(row(result, 'price'))).to.deep.equal([true, false, true]);
    expect(row(result, 'price').cells[0]!.value).to.deep.equal({ amount: 999, currency: 'EUR' });
    expect(best(row(result, 'rating'))).to.deep.equal([true, false, false]);
    expect(row(result, 'rating').cells[2]).to.deep.equal({ best: false });
    expect(result.rowCount).to.equal(9);
  });

  it('no summary without its labels', () => {
    expect(table(['a', 'b']).groups.some((group) => group.summary)).to.equal(false);
  });
});

// ---- scale ---------------------------------------------------------------------------------

describe('compareTable: 100 products × 50 attributes', () => {
  it('builds every row with the right best cells and separation', () => {
    const attributes = Array.from({ length: 50 }, (_, j) => ({ key: `a${j}`, type: 'number' as const, unit: 'g', better: j % 2 ? ('higher' as const) : ('lower' as const), group: `G${j % 5}` }));
    // Product i has (i + 1) × (j + 1) grams of attribute j; every tenth product (p0, p10…) lacks a6 and a7.
    const lacks = (i: number, j: number) => (j === 6 || j === 7) && i % 10 === 0;
    const products = Array.from({ length: 100 }, (_, i) => ({
      id: `p${i}`,
      name: `Product ${i}`,
      attributes: Object.fromEntries(attributes.flatMap(({ key }, j) => (lacks(i, j) ? [] : [[key, `${(i + 1) * (j + 1)} g`]]))),
    }));
    const catalog = load(products, attributes);
    const ids = products.map(({ id }) => id);
    const result = compareTable(catalog, ids);

    expect(result.products).to.have.length(100);
    expect(result.rowCount).to.equal(50);
    expect(result.groups.map((group) => group.name)).to.deep.equal(['G0', 'G1', 'G2', 'G3', 'G4']);
    for (const group of result.groups) {
      for (const entry of group.rows) {
        const j = Number(entry.def.key.slice(1));
        // Values grow with i, so the first product that has one is the lowest and the last the highest.
        const present = ids.flatMap((_, i) => (lacks(i, j) ? [] : [i]));
        const [low, high] = [present[0]!, present.at(-1)!];
        const [min, max] = [(low + 1) * (j + 1), (high + 1) * (j + 1)];
        expect(entry.cells).to.have.length(100);
        expect(entry.cells.map((cell) => cell.value)).to.deep.equal(ids.map((_, i) => (lacks(i, j) ? undefined : (i + 1) * (j + 1))));
        expect(entry.differs).to.equal(true);
        expect(entry.separation).to.be.closeTo((max - min) / max, 1e-12);
        expect(entry.cells.flatMap((cell, index) => (cell.best ? [index] : []))).to.deep.equal([entry.def.better === 'lower' ? low : high]);
      }
    }
    // a6 (lower is better) skips p0: its best is p1. Its separation is (700 − 14) / 700.
    expect(row(result, 'a6').cells[1]!.best).to.equal(true);
    expect(row(result, 'a6').separation).to.be.closeTo(0.98, 1e-12);
  });
});
