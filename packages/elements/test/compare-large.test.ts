import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist } from '@shortlist/core';
import '../src/compare/shortlist-compare.js';
import type { ShortlistCompare } from '../src/compare/shortlist-compare.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

/**
 * 100 products × 50 attributes in 5 groups: the size the comparison must stay usable at.
 * Attribute `a` of product `p` is `value(p, a)` grams (higher is better for even attributes,
 * lower for odd ones), missing when `(p + a) % 17 === 0`.
 */
const PRODUCT_COUNT = 100;
const ATTRIBUTE_COUNT = 50;
const value = (p: number, a: number) => ((p * 7 + a * 13) % 50) + 1;
const missing = (p: number, a: number) => (p + a) % 17 === 0;
const ATTRIBUTES = Array.from({ length: ATTRIBUTE_COUNT }, (_, a) => ({
  key: `a${a}`,
  label: `Attribute ${a}`,
  type: 'number',
  unit: 'g',
  better: a % 2 === 0 ? 'higher' : 'lower',
  group: `Group ${Math.floor(a / 10)}`,
}));
const PRODUCTS = Array.from({ length: PRODUCT_COUNT }, (_, p) => ({
  id: `p${p}`,
  name: `Product ${p}`,
  price: 100 + p,
  attributes: Object.fromEntries(ATTRIBUTES.flatMap(({ key }, a) => (missing(p, a) ? [] : [[key, `${value(p, a)} g`]]))),
}));
const IDS = PRODUCTS.map(({ id }) => id);
/** Rows: 50 attributes, plus the price of the overview (nobody has a rating, so no rating row). */
const ROWS = ATTRIBUTE_COUNT + 1;

let shortlist: Shortlist | undefined;
afterEach(() => {
  cleanupFixtures();
  shortlist?.destroy();
  shortlist = undefined;
});

/** An instance with the whole catalog loaded and all 100 products in the tray. */
async function start() {
  shortlist = createShortlist({
    storage: 'none',
    namespace: `compare-large-${Math.random().toString(36).slice(2, 8)}`,
    currency: 'EUR',
    tray: { max: 100 },
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES as never, jsonLd: false, cards: false },
  });
  await shortlist.ready;
  shortlist.setTray(IDS);
}

async function setup() {
  await start();
  const { container, element } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
  await settled(container);
  return { el: element, root: element.shadowRoot!, shortlist };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const valueRows = (root: ShadowRoot) => [...root.querySelectorAll('tbody:not(.notes) tr:not(.head)')];
const row = (root: ShadowRoot, label: string) => valueRows(root).find((tr) => text(tr.querySelector('th')) === label)!;

describe('<shortlist-compare> with 100 products × 50 attributes', function () {
  this.timeout(120_000);

  it('renders the header and the first rows first, then every row, all columns correct', async () => {
    await start();
    // Rows in the DOM when the first render with products is done (it announces the opening).
    let firstRows = -1;
    let firstColumns = -1;
    const onOpen = (event: Event) => {
      const root = (event.target as ShortlistCompare).shadowRoot!;
      firstRows = valueRows(root).length;
      firstColumns = root.querySelectorAll('th[scope="col"]').length;
    };
    document.addEventListener('shortlist-compare-open', onOpen, { once: true });
    const { container, element } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
    await settled(container);
    const root = element.shadowRoot!;
    expect(firstColumns, 'the first render has every column header').to.equal(PRODUCT_COUNT);
    expect(firstRows, 'the first render holds a few rows only').to.be.within(1, 5);

    expect([...root.querySelectorAll('th[scope="col"] [part="name"]')].map(text)).to.deep.equal(PRODUCTS.map(({ name }) => name));
    expect(valueRows(root)).to.have.length(ROWS);
    for (const tr of valueRows(root)) expect(tr.querySelectorAll('td'), text(tr.querySelector('th'))).to.have.length(PRODUCT_COUNT);
    expect(root.querySelectorAll('textarea[part="note"]')).to.have.length(PRODUCT_COUNT);

    // Spot checks: a value, a missing value (57 + 23 = 80 is not a multiple of 17; 57 + 28 = 85 is).
    const cells23 = [...row(root, 'Attribute 23').querySelectorAll('td')];
    expect(text(cells23[57]).replace(/ ★?Best$/, '')).to.equal(`${value(57, 23)} g`);
    expect(text([...row(root, 'Attribute 28').querySelectorAll('td')][57])).to.equal('Not specified');

    // Best: attribute 10 is "higher is better"; the best cells are those holding the maximum.
    const specified = IDS.map((_, p) => (missing(p, 10) ? undefined : value(p, 10)));
    const max = Math.max(...specified.filter((v): v is number => v !== undefined));
    const expected = specified.map((v) => v === max);
    expect([...row(root, 'Attribute 10').querySelectorAll('td')].map((td) => !!td.querySelector('[part="best"]'))).to.deep.equal(expected);
  });

  it('removes a column by touching one cell per row', async () => {
    const { el, root, shortlist } = await setup();
    const rows = root.querySelectorAll('tr').length - root.querySelectorAll('tr.head').length;
    let removed = 0;
    let added = 0;
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        removed += [...record.removedNodes].filter((node) => node instanceof HTMLTableCellElement).length;
        added += [...record.addedNodes].filter((node) => node instanceof HTMLTableCellElement).length;
      }
    });
    observer.observe(root.querySelector('table')!, { childList: true, subtree: true });
    root.querySelector<HTMLButtonElement>('td[data-id="p42"] [data-action="remove"]')!.click();
    await el.updateComplete;
    observer.disconnect();
    expect(shortlist.$tray.get()).to.have.length(99);
    expect(removed).to.equal(rows);
    expect(added).to.equal(0);
    expect(root.querySelectorAll('th[scope="col"]')).to.have.length(99);
  });

  it('switches to only differences without touching the table', async () => {
    const { el, root } = await setup();
    let mutations = 0;
    const observer = new MutationObserver((records) => (mutations += records.length));
    observer.observe(root.querySelector('table')!, { childList: true, subtree: true, characterData: true, attributes: true });
    root.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
    await el.updateComplete;
    observer.disconnect();
    expect(el.getAttribute('view')).to.equal('differences');
    expect(mutations).to.equal(0);
  });

  it('is accessible (axe) with 100 products', async () => {
    const { el } = await setup();
    await expectAccessible(el);
  });
});
