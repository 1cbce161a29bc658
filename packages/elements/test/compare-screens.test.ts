import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist } from '@shortlist/core';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { openComparison } from '../src/compare/open.js';
import type { ShortlistCompare } from '../src/compare/shortlist-compare.js';
import { expectAccessible } from './helpers/axe.js';
import { settled } from './helpers/fixture.js';

/**
 * What a shopper sees of the comparison on a phone (390 × 844) and on a desktop (1366 × 900),
 * opened as a dialog with laptops of the demo store (long names, images, 30 attributes):
 * measured from element boxes, not from class names.
 */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

interface DemoCatalog {
  products: Array<{ id: string; category: string }>;
  attributes: unknown[];
}
let demo: DemoCatalog;
let shortlist: Shortlist | undefined;

before(async () => {
  // The demo store's catalog, served by the test server at the root (see web-test-runner.config.mjs).
  demo = await (await fetch('/catalog.json')).json();
});

afterEach(async () => {
  document.body.style.font = '';
  document.querySelectorAll('shortlist-compare').forEach((element) => element.remove());
  shortlist?.destroy();
  shortlist = undefined;
  await sendMouse({ type: 'move', position: [0, 0] });
});

/**
 * The dialog opened on a screen of `size`, with the first `count` laptops in the tray,
 * everything rendered; in a storefront's body text and with the demo store's group order.
 */
async function open(size: { width: number; height: number }, count: number) {
  await setViewport(size);
  document.body.style.font = '16px/1.5 system-ui, sans-serif';
  shortlist = createShortlist({
    storage: 'none',
    namespace: `screens-${Math.random().toString(36).slice(2, 8)}`,
    tray: { max: 100 },
    catalog: { products: demo.products, attributes: demo.attributes as never, jsonLd: false, cards: false },
    compare: { groups: ['Performance', 'Battery', 'Display', 'Design', 'Connectivity', 'Features', 'Software'], labels: { cpu: 'Processor (CPU)' } },
  });
  await shortlist.ready;
  const laptops = demo.products.filter((product) => product.category === 'laptops').map((product) => product.id);
  shortlist.setTray(laptops.slice(0, count));
  await openComparison();
  const el = document.querySelector<ShortlistCompare>('shortlist-compare[modal]')!;
  await settled(el);
  return { el, root: el.shadowRoot!, shortlist };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Whether the element's box is entirely on the screen (and has a box). */
function onScreen(element: Element | null | undefined): boolean {
  if (!element) return false;
  const { top, left, bottom, right, width, height } = element.getBoundingClientRect();
  return width > 0 && height > 0 && top >= 0 && left >= 0 && bottom <= innerHeight && right <= innerWidth;
}
/** The product headers entirely on the screen, with their names and prices. */
const headersOnScreen = (root: ShadowRoot) =>
  [...root.querySelectorAll('th[scope="col"]')].filter((header) => onScreen(header.querySelector('[part~="name"]')) && onScreen(header.querySelector('[part~="price"]')));
/** Attribute rows (not the overview's price and rating) whose label and values under the headers on the screen are all on the screen. */
function attributeRowsOnScreen(root: ShadowRoot) {
  const headers = [...root.querySelectorAll('th[scope="col"]')];
  const columns = headersOnScreen(root).map((header) => headers.indexOf(header));
  return [...root.querySelectorAll<HTMLElement>('tr[data-key]')].filter((row) => {
    const cells = [...row.querySelectorAll('td')];
    return !row.dataset.key!.startsWith('\u0000') && onScreen(row.querySelector('th')) && columns.length > 1 && columns.every((column) => onScreen(cells[column]));
  });
}
const namesShown = (root: ShadowRoot) => [...root.querySelectorAll('th[scope="col"] [part~="name"]')].map(text);
const part = (root: ShadowRoot, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const buttonLabelled = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLButtonElement>('button')].find((button) => (button.getAttribute('aria-label') ?? text(button)) === label);

/** What an element is, for comparing focus orders: its label, or its part or tag and text. */
const identify = (element: Element | null | undefined) => element?.getAttribute('aria-label') ?? `${element?.getAttribute('part') ?? element?.localName}: ${text(element)}`;

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits (polling, at most 3 s) until `check` holds. */
async function until(check: () => unknown, what: string) {
  const end = performance.now() + 3000;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** Every visible target in `root` is at least 24 × 24 CSS px, and no two overlap (WCAG 2.5.8). */
/** The first `count` elements focus visits: what has it now, then where each press of Tab takes it. */
async function tabOrder(count: number): Promise<Element[]> {
  const order: Element[] = [];
  for (let press = 0; press < count; press++) {
    order.push(deepActive()!);
    await sendKeys({ press: 'Tab' });
  }
  return order;
}

function expectTargets(root: ParentNode) {
  const targets = [...root.querySelectorAll<HTMLElement>('button, select, a, input, textarea')]
    .filter((target) => target.checkVisibility({ contentVisibilityAuto: true }))
    .map((target) => ({ target, box: target.localName === 'input' && /radio|checkbox/.test((target as HTMLInputElement).type) ? target.closest('label')!.getBoundingClientRect() : target.getBoundingClientRect() }));
  expect(targets.length).to.be.greaterThan(5);
  for (const { target, box } of targets) {
    if (target.localName === 'a') continue;
    expect(Math.min(box.width, box.height), `${target.outerHTML.slice(0, 80)}`).to.be.at.least(24);
  }
  const buttons = targets.filter(({ target }) => target.localName === 'button');
  for (const [index, { box: a, target }] of buttons.entries()) {
    for (const { box: b } of buttons.slice(index + 1)) {
      const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `${target.outerHTML.slice(0, 80)} overlaps another button`).to.equal(false);
    }
  }
}

describe('<shortlist-compare> on a phone (390 × 844)', function () {
  this.timeout(30_000);

  it('first screen: two products side by side with names and prices, and three attribute rows, without scrolling', async () => {
    const { root } = await open(PHONE, 8);
    const headers = headersOnScreen(root);
    expect(headers, 'product headers on the screen').to.have.length(2);
    const [first, second] = headers.map((header) => header.getBoundingClientRect());
    expect(second!.left, 'side by side').to.be.at.least(first!.right - 1);
    expect(Math.abs(second!.top - first!.top)).to.be.below(1);
    expect(attributeRowsOnScreen(root).length, 'attribute rows on the screen').to.be.at.least(3);
    // The view controls wait in the sheet; one button and a line say what the view is.
    expect(onScreen(part(root, 'options-button'))).to.equal(true);
    expect(text(part(root, 'summary'))).to.equal('All attributes');
    expect(root.querySelector('input[name="view"]')!.checkVisibility(), 'the toolbar is in the closed sheet').to.equal(false);
    // The legend explains the column buttons the first time.
    expect(onScreen(part(root, 'legend'))).to.equal(true);
    expect(text(part(root, 'legend'))).to.contain('◎ pin as reference');
    expectTargets(root);
  });

  it('pages and swipes through the products, the headers in view, saying where it is ("2–3 of 8")', async () => {
    const { el, root } = await open(PHONE, 8);
    const position = () => text(part(root, 'paging')!.querySelector('[aria-live]'));
    const names = namesShown(root);
    expect(position()).to.equal('1–2 of 8');
    buttonLabelled(root, 'Next product')!.click();
    await el.updateComplete;
    expect(position()).to.equal('2–3 of 8');
    expect(namesShown(root)[0]).to.equal(names[1]);
    expect(headersOnScreen(root)).to.have.length(2);

    // A finger swiping to the left over the table shows the next product; to the right, the previous one.
    const scroller = part(root, 'scroller')!;
    const y = scroller.getBoundingClientRect().top + 200;
    const swipe = async (from: number, to: number, pointerType = 'touch') => {
      const cell = root.elementFromPoint(from, y)!;
      cell.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType, clientX: from, clientY: y }));
      cell.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, composed: true, pointerType, clientX: to, clientY: y + 8 }));
      await el.updateComplete;
    };
    expect(scroller.contains(root.elementFromPoint(300, y)), 'the swipe starts on the table').to.equal(true);
    await swipe(300, 100);
    expect(position()).to.equal('3–4 of 8');
    await swipe(100, 300);
    expect(position()).to.equal('2–3 of 8');
    // A short or mostly vertical move is no swipe; a mouse drag selects text as usual.
    await swipe(300, 280);
    await swipe(300, 100, 'mouse');
    expect(position()).to.equal('2–3 of 8');
    expect(getComputedStyle(scroller).touchAction, 'vertical scrolling stays the browser’s').to.equal('pan-y');

    // Scrolled down the rows, the product headers stay in view.
    const box = part(root, 'scroller')!;
    box.scrollTop = 800;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const header = root.querySelector('th[scope="col"]')!.getBoundingClientRect();
    expect(box.scrollTop).to.be.above(0);
    expect(header.top).to.be.at.least(box.getBoundingClientRect().top - 1);
    expect(onScreen(root.querySelector('th[scope="col"] [part~="name"]'))).to.equal(true);

    await expectAccessible(el);
  });

  it('keeps a pinned reference beside whichever product is shown', async () => {
    const { el, root, shortlist } = await open(PHONE, 8);
    const names = shortlist.$tray.get().map((id) => shortlist.product(id)!.name);
    buttonLabelled(root, `Pin ${names[1]} as reference`)!.click();
    await el.updateComplete;
    expect(namesShown(root)).to.deep.equal([names[1], names[0]]);
    expect(text(part(root, 'paging')!.querySelector('[aria-live]'))).to.equal('1 of 7');
    buttonLabelled(root, 'Next product')!.click();
    await el.updateComplete;
    buttonLabelled(root, 'Next product')!.click();
    await el.updateComplete;
    expect(namesShown(root)).to.deep.equal([names[1], names[3]]);
    expect(text(root.querySelector('th[scope="col"].ref'))).to.contain('Reference');
    expect(headersOnScreen(root)).to.have.length(2);
  });

  it('opens every view control in a sheet; the summary follows the choices; Done returns focus', async () => {
    const { el, root } = await open(PHONE, 8);
    const options = part(root, 'options-button')!;
    options.focus();
    options.click();
    await el.updateComplete;
    const sheet = root.querySelector<HTMLDialogElement>('dialog[part~="sheet"]')!;
    expect(sheet.matches(':modal')).to.equal(true);
    expect(text(root.getElementById(sheet.getAttribute('aria-labelledby')!))).to.equal('View options');
    // All of them, on the screen: views, row order, hide eliminated, sort, export, print, share.
    const labels = [...sheet.querySelectorAll('label')].map(text);
    expect(labels).to.include.members(['All attributes', 'Only differences', 'Only similarities', 'Order rows by how much they differ', 'Hide eliminated (0)']);
    for (const name of ['Sort', 'Export CSV', 'Print', 'Share link', 'Done']) expect(onScreen(buttonLabelled(sheet, name)), name).to.equal(true);
    for (const control of sheet.querySelectorAll('input, select')) expect(onScreen(control), control.outerHTML).to.equal(true);
    expectTargets(sheet);
    await expectAccessible(el);

    sheet.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
    sheet.querySelector<HTMLInputElement>('input[name="separation"]')!.click();
    await el.updateComplete;
    expect(el.view).to.equal('differences');
    expect(text(part(root, 'summary'))).to.equal('Only differences · Rows by difference');

    buttonLabelled(sheet, 'Done')!.click();
    await until(() => !sheet.open, 'the sheet to close');
    expect(deepActive(), 'focus back on "View options"').to.equal(options);
    // Escape closes the sheet alone, not the comparison (opened by the shopper: a key press, as a tap would).
    await sendKeys({ press: 'Enter' });
    await until(() => sheet.open, 'Enter to open the sheet');
    await sendKeys({ press: 'Escape' });
    await until(() => !sheet.open, 'Escape to close the sheet');
    expect(root.querySelector<HTMLDialogElement>('dialog[part~="dialog"]')!.open).to.equal(true);
  });

  it('moves focus in reading order: close, view options, paging, legend, table, product links, column buttons', async () => {
    const { root } = await open(PHONE, 8);
    const order = await tabOrder(9);
    const names = namesShown(root);
    expect(order.map(identify)).to.deep.equal(
      [
        part(root, 'close-button'),
        part(root, 'options-button'),
        buttonLabelled(root, 'Previous product'),
        buttonLabelled(root, 'Next product'),
        part(root, 'legend')!.querySelector('button'),
        part(root, 'scroller'),
        ...root.querySelectorAll('th[scope="col"] a[part~="name"]'),
        buttonLabelled(root, `Move ${names[0]} left`),
      ].map(identify),
    );
  });

  it('looks intentional with an empty tray, one product, and 100 products', async () => {
    const one = await open(PHONE, 1);
    expect(text(part(one.root, 'empty'))).to.equal('Add at least one more product to compare it with.');
    expect(onScreen(part(one.root, 'empty'))).to.equal(true);
    expect(headersOnScreen(one.root)).to.have.length(1);
    expect(part(one.root, 'paging'), 'nothing to page through').to.equal(null);
    await expectAccessible(one.el);

    one.shortlist.setTray([]);
    await settled(one.el);
    const empty = part(one.root, 'empty')!;
    expect(text(empty)).to.equal('No products to compare yet. Add some with the Compare buttons.');
    expect(onScreen(empty)).to.equal(true);
    expect(empty.getBoundingClientRect().width, 'a box across the screen, not a stray line').to.be.above(PHONE.width / 2);
    expect(part(one.root, 'options-button')).to.equal(null);
    expect(one.root.querySelector('table')).to.equal(null);
    await expectAccessible(one.el);
    one.el.close();
    shortlist!.destroy();

    const many = await open(PHONE, 100);
    const laptops = many.shortlist.$tray.get().length;
    expect(text(part(many.root, 'paging')!.querySelector('[aria-live]'))).to.equal(`1–2 of ${laptops}`);
    expect(headersOnScreen(many.root)).to.have.length(2);
    expect(many.root.querySelectorAll('th[scope="col"]'), 'only the products shown are rendered').to.have.length(2);
    expect(attributeRowsOnScreen(many.root).length).to.be.at.least(3);
    await expectAccessible(many.el);
  });
});

describe('<shortlist-compare> on a desktop (1366 × 900)', function () {
  this.timeout(30_000);

  it('first screen: the toolbar, several products side by side with names and prices, and attribute rows', async () => {
    const { el, root } = await open(DESKTOP, 8);
    expect(headersOnScreen(root).length).to.be.at.least(4);
    expect(attributeRowsOnScreen(root).length).to.be.at.least(3);
    expect(onScreen(root.querySelector('input[name="view"][value="differences"]')), 'the view controls, in the toolbar').to.equal(true);
    expect(part(root, 'options-button'), 'no sheet on a desktop').to.equal(null);
    expect(part(root, 'paging'), 'every product is a column').to.equal(null);
    expect(root.querySelectorAll('th[scope="col"]')).to.have.length(8);
    expectTargets(root);
    await expectAccessible(el);
  });

  it('labels a column button under the pointer and under keyboard focus, in a line that covers nothing', async () => {
    const { root } = await open(DESKTOP, 8);
    const names = namesShown(root);
    const pin = buttonLabelled(root, `Pin ${names[0]} as reference`)!;
    const label = () => getComputedStyle(pin, '::after');
    expect(label().display).to.equal('none');
    const box = pin.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    expect(label().display).to.equal('block');
    expect(label().content).to.equal(`"Pin ${names[0]} as reference"`);
    // The line is inside the cell, below the buttons: nothing else is under it.
    const cell = pin.closest('td')!.getBoundingClientRect();
    const buttons = [...pin.closest('td')!.querySelectorAll('button')].map((button) => button.getBoundingClientRect().bottom);
    expect(cell.bottom - Math.max(...buttons)).to.be.at.least(16);
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(label().display).to.equal('none');

    // From the keyboard.
    const before = buttonLabelled(root, `Move ${names[0]} right`)!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(pin);
    expect(label().display).to.equal('block');
  });

  it('moves focus in reading order: close, the toolbar, the legend, the table, the column buttons', async () => {
    const { root } = await open(DESKTOP, 8);
    const order = await tabOrder(11);
    const names = namesShown(root);
    const toolbar = part(root, 'toolbar')!;
    expect(order.map(identify)).to.deep.equal(
      [
        part(root, 'close-button'),
        toolbar.querySelector('input[name="view"]:checked'),
        toolbar.querySelector('input[name="separation"]'),
        toolbar.querySelector('input[name="hide"]'),
        toolbar.querySelector('select.sort-key'),
        toolbar.querySelector('select.sort-direction'),
        buttonLabelled(toolbar, 'Sort'),
        buttonLabelled(toolbar, 'Export CSV'),
        buttonLabelled(toolbar, 'Print'),
        buttonLabelled(toolbar, 'Share link'),
        part(root, 'legend')!.querySelector('button'),
      ].map(identify),
    );
    expect(deepActive() === part(root, 'scroller'), 'then the table').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === root.querySelector('th[scope="col"] a[part~="name"]'), 'then the first product').to.equal(true);
    // The product links come first, then each column's buttons.
    for (let press = 0; press < 8; press++) await sendKeys({ press: 'Tab' });
    expect(identify(deepActive())).to.equal(`Move ${names[0]} left`);
  });

  it('looks intentional with an empty tray, one product, and 100 products', async () => {
    const one = await open(DESKTOP, 1);
    expect(text(part(one.root, 'empty'))).to.equal('Add at least one more product to compare it with.');
    expect(headersOnScreen(one.root)).to.have.length(1);
    await expectAccessible(one.el);
    one.shortlist.setTray([]);
    await settled(one.el);
    const empty = part(one.root, 'empty')!;
    expect(onScreen(empty)).to.equal(true);
    expect(empty.getBoundingClientRect().height).to.be.above(40);
    await expectAccessible(one.el);
    one.el.close();
    shortlist!.destroy();

    const many = await open(DESKTOP, 100);
    expect(headersOnScreen(many.root).length).to.be.at.least(4);
    expect(many.root.querySelectorAll('th[scope="col"]').length).to.equal(many.shortlist.$tray.get().length);
    expect(part(many.root, 'scroller')!.scrollWidth, 'the table scrolls sideways').to.be.above(DESKTOP.width);
    await expectAccessible(many.el);
  });
});
