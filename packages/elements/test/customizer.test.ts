/**
 * `<shortlist-customizer>` in the browser: each option's control, what cannot be chosen and
 * why, rules (chains, conflicts, a group left without values), variants read from the page's
 * JSON-LD, the live price, the preview, "Add to compare" into the tray and the comparison,
 * "Share" and links, "Edit" from the tray and the comparison, the `shortlist-configure` event,
 * bad option data, keyboard use, and axe in every state.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, type ProductInput, type Shortlist, type ShortlistConfig, type ShortlistError } from '@shortlist/core';
import { CONFIGURE_PARAM } from '@shortlist/core/customize';
import { sendKeys } from '@web/test-runner-commands';
import '../src/compare/shortlist-compare.js';
import type { ShortlistCompare } from '../src/compare/shortlist-compare.js';
import '../src/customize/shortlist-customizer.js';
import type { ShortlistCustomizer } from '../src/customize/shortlist-customizer.js';
import type { ShortlistConfigureEvent } from '../src/customize/events.js';
import '../src/tray/shortlist-tray.js';
import type { ShortlistTray } from '../src/tray/shortlist-tray.js';
import type { ShortlistTrayPanel } from '../src/tray/tray-panel.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

/** A laptop: CPU as swatches (no colour: text chips), memory as size buttons, storage as a list; prices; rules with a chain. */
const LAPTOP: ProductInput = {
  id: 'aero',
  name: 'Aero 14',
  url: '/p/aero.html',
  image: '/img/laptops-1.svg',
  price: { amount: 1000, currency: 'EUR' },
  attributes: { weight: '1.4 kg' },
  options: [
    { key: 'cpu', label: 'CPU', values: [{ value: 'i5', label: 'Core i5' }, { value: 'i7', label: 'Core i7', priceDelta: 150 }, { value: 'i9', label: 'Core i9', priceDelta: 400 }] },
    { key: 'memory', label: 'Memory', kind: 'size', values: [{ value: '16', label: '16 GB' }, { value: '32', label: '32 GB', priceDelta: 100 }, { value: '64', label: '64 GB', priceDelta: 300 }] },
    { key: 'storage', label: 'Storage', kind: 'material', values: [{ value: '512', label: '512 GB' }, { value: '1tb', label: '1 TB', priceDelta: 120 }, { value: '4tb', label: '4 TB', priceDelta: 600 }] },
  ],
  rules: [
    { if: { cpu: 'i5' }, excludes: { memory: '64' } },
    // 4 TB needs 64 GB, which the i5 cannot have: 4 TB is not possible with the i5 (a chain no rule states).
    { if: { storage: '4tb' }, requires: { memory: '64' } },
  ],
};

/** Shoes: colour swatches with layers, sizes, an engraving; variants with sold-out and missing combinations. */
const SHOE: ProductInput = {
  id: 'runner',
  name: 'Runner',
  url: '/p/runner.html',
  image: '/img/running-shoes-1.svg',
  price: { amount: 140, currency: 'EUR' },
  options: [
    { key: 'color', label: 'Colour', values: [{ value: 'Black', swatch: '#111111' }, { value: 'Red', swatch: '#c81e1e', layer: '/img/running-shoes-3.svg' }] },
    { key: 'size', label: 'Size', kind: 'size', values: ['41', '42', '43'] },
    { key: 'engraving', label: 'Engraving', kind: 'text', maxLength: 12, allowed: 'A-Za-z0-9 .-', priceDelta: 15 },
  ],
  variants: [
    { id: 'RUN-B-41', selection: { color: 'Black', size: '41' }, availability: 'in-stock', image: '/img/running-shoes-1.svg' },
    { id: 'RUN-B-42', selection: { color: 'Black', size: '42' }, availability: 'out-of-stock' },
    { id: 'RUN-B-43', selection: { color: 'Black', size: '43' }, availability: 'in-stock' },
    { id: 'RUN-R-41', selection: { color: 'Red', size: '41' }, availability: 'in-stock', image: '/img/running-shoes-2.svg', price: { amount: 150, currency: 'EUR' } },
    { id: 'RUN-R-42', selection: { color: 'Red', size: '42' }, availability: 'in-stock', image: '/img/running-shoes-2.svg' },
  ],
};

/** A mattress: a firmness from 0 to 100, a core. */
const BED: ProductInput = {
  id: 'bed',
  name: 'Bed',
  price: { amount: 500, currency: 'EUR' },
  options: [
    { key: 'firmness', label: 'Firmness', kind: 'number', min: 0, max: 100, step: 5, default: 50, unit: '%' },
    { key: 'core', label: 'Core', kind: 'material', values: [{ value: 'foam', label: 'Foam' }, { value: 'hybrid', label: 'Hybrid', pricePercent: 20 }] },
  ],
};

let counter = 0;
const instances: Shortlist[] = [];

function start(products: ProductInput[] = [LAPTOP, SHOE, BED], config: Partial<ShortlistConfig> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    locale: 'en-US',
    namespace: `customizer-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products, jsonLd: false, cards: false },
    ...config,
  });
  instances.push(shortlist);
  return shortlist;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
  history.replaceState(null, '', location.pathname);
});

/** A customizer of `product`, rendered with its product known. */
async function open(product: string, html = `<shortlist-customizer product="${product}"></shortlist-customizer>`) {
  const { container } = await fixture(html);
  const element = container.querySelector<ShortlistCustomizer>('shortlist-customizer')!;
  await waitUntil(() => element.shadowRoot?.querySelector('[part=options]'), `the customizer of ${product} to render its options`);
  return { element, container, root: element.shadowRoot! };
}

async function waitUntil<T>(read: () => T | null | undefined | false, what: string, timeout = 5000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = read();
    if (value) return value;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

const parts = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const part = (root: ParentNode, name: string) => parts(root, name)[0]!;
const text = (element: Element | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The summary, a `label: value` each. */
const summary = (root: ParentNode) => [...part(root, 'summary').querySelectorAll('dt')].map((term) => `${text(term)}: ${text(term.nextElementSibling!)}`);
const absolute = (path: string) => new URL(path, document.baseURI).href;
const group = (root: ParentNode, label: string) => parts(root, 'group').find((fieldset) => text(fieldset.querySelector('legend')!) === label)!;
const radio = (root: ParentNode, key: string, value: string) => root.querySelector<HTMLInputElement>(`input[name="${key}"][value="${CSS.escape(value)}"]`)!;
/** Why the configuration is not complete, a line each. */
const problems = (root: ParentNode) => parts(root, 'problems').flatMap((list) => [...list.querySelectorAll('li')].map(text));
/** The lines that say what cannot be chosen in a group, and why. */
const reasons = (root: ParentNode, label: string) => parts(group(root, label), 'unavailable').flatMap((list) => [...list.querySelectorAll('li')].map(text));

async function choose(element: ShortlistCustomizer, key: string, value: string) {
  radio(element.shadowRoot!, key, value).click();
  await element.updateComplete;
}

async function select(element: ShortlistCustomizer, label: string, value: string) {
  const field = group(element.shadowRoot!, label).querySelector('select')!;
  field.value = value;
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

async function type(element: ShortlistCustomizer, label: string, value: string, event = 'input') {
  const field = group(element.shadowRoot!, label).querySelector<HTMLInputElement>(event === 'input' ? 'input' : 'input[type=number]')!;
  field.value = value;
  field.dispatchEvent(new Event(event, { bubbles: true }));
  await element.updateComplete;
}

describe('<shortlist-customizer>: controls', () => {
  it('shows each option with its control: a radio group of swatches, size buttons, a list, a text field, a slider with a number field', async () => {
    start();
    const laptop = await open('aero');
    expect(parts(group(laptop.root, 'CPU'), 'value').map(text)).to.deep.equal(['Core i5', 'Core i7 +€150.00', 'Core i9 +€400.00']);
    expect(group(laptop.root, 'CPU').querySelectorAll('input[type=radio]')).to.have.length(3);
    expect(group(laptop.root, 'Memory').querySelectorAll('input[type=radio][name=memory]')).to.have.length(3);
    const storage = group(laptop.root, 'Storage').querySelector('select')!;
    expect([...storage.options].map((option) => option.text)).to.deep.equal(['Choose Storage', '512 GB', '1 TB (+€120.00)', '4 TB (+€600.00)']);
    await expectAccessible(laptop.element);
    cleanupFixtures();

    const shoe = await open('runner');
    expect(parts(group(shoe.root, 'Colour'), 'swatch')).to.have.length(2);
    // Swatch colours come from a stylesheet of their own, never an inline style.
    expect(getComputedStyle(parts(group(shoe.root, 'Colour'), 'swatch')[1]!).backgroundColor).to.equal('rgb(200, 30, 30)');
    expect(shoe.root.querySelector('[style]')).to.equal(null);
    expect(group(shoe.root, 'Engraving').querySelector('input')!.type).to.equal('text');
    await expectAccessible(shoe.element);
    cleanupFixtures();

    const bed = await open('bed');
    const [slider, field] = [...group(bed.root, 'Firmness').querySelectorAll('input')];
    expect(slider!.type).to.equal('range');
    expect([slider!.min, slider!.max, slider!.step, slider!.value, slider!.getAttribute('aria-valuetext')]).to.deep.equal(['0', '100', '5', '50', '50 %']);
    expect(field!.type).to.equal('number');
    expect(summary(bed.root)).to.deep.equal(['Firmness: 50 %']);
    await expectAccessible(bed.element);
  });

  it('arrow keys move through a radio group, skipping values that cannot be chosen', async () => {
    start();
    const { element, root } = await open('runner');
    await choose(element, 'color', 'Black');
    radio(root, 'color', 'Black').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(radio(root, 'color', 'Red').checked).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(summary(root)).to.deep.equal(['Colour: Black']);
    // Black 42 is sold out: from 41, the right arrow goes to 43.
    await choose(element, 'size', '41');
    radio(root, 'size', '41').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(root.activeElement).to.equal(radio(root, 'size', '43'));
    expect(summary(root)).to.deep.equal(['Colour: Black', 'Size: 43']);
  });

  it('works from the keyboard alone: arrows choose, a list and fields take keys, Enter adds and shares', async () => {
    const shortlist = start();
    const { element, root } = await open('aero');
    radio(root, 'cpu', 'i5').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(summary(root)).to.deep.equal(['CPU: Core i7', 'Memory: 32 GB']);
    // Tab moves from the memory group to the storage list; the keys choose in it.
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(group(root, 'Storage').querySelector('select'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(summary(root)).to.deep.equal(['CPU: Core i7', 'Memory: 32 GB', 'Storage: 1 TB']);
    part(root, 'add').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['aero~cpu.i7.memory.32.storage.1tb']);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(part(root, 'share'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part(root, 'link'), 'the link after Share');
    await expectAccessible(element);
  });

  it('a text field checks as the shopper types, a number field and the slider stay on the grid', async () => {
    start();
    const shoe = await open('runner');
    await type(shoe.element, 'Engraving', 'Run, Anna!');
    const field = group(shoe.root, 'Engraving').querySelector('input')!;
    expect(text(part(group(shoe.root, 'Engraving'), 'problem'))).to.equal('Engraving: “,” “!” cannot be used');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text(shoe.root.getElementById(group(shoe.root, 'Engraving').getAttribute('aria-describedby')!)!), 'the group says what is wrong').to.equal('Engraving: “,” “!” cannot be used');
    await type(shoe.element, 'Engraving', 'Run Anna 10k runner');
    expect(text(part(group(shoe.root, 'Engraving'), 'problem'))).to.equal('Engraving: at most 12 characters');
    await type(shoe.element, 'Engraving', 'Run Anna');
    expect(parts(group(shoe.root, 'Engraving'), 'problem')).to.have.length(0);
    expect(field.value, 'the field keeps what is typed').to.equal('Run Anna');
    cleanupFixtures();

    const bed = await open('bed');
    await type(bed.element, 'Firmness', '33', 'change');
    expect(text(part(group(bed.root, 'Firmness'), 'problem'))).to.equal('Firmness: from 0 to 100 in steps of 5');
    expect(part(bed.root, 'add').getAttribute('aria-disabled')).to.equal('true');
    await type(bed.element, 'Firmness', '90', 'change');
    expect(group(bed.root, 'Firmness').querySelector<HTMLInputElement>('input[type=range]')!.value).to.equal('90');
    expect(parts(group(bed.root, 'Firmness'), 'problem')).to.have.length(0);
    await select(bed.element, 'Core', 'hybrid');
    expect(text(part(bed.root, 'total'))).to.equal('Total €600.00');
    expect(summary(bed.root)).to.deep.equal(['Firmness: 90 %', 'Core: Hybrid']);
  });
});

describe('<shortlist-customizer>: the page', () => {
  it('shows its own content until its product is known, also when the page makes its instance later', async () => {
    const { element } = await fixture<ShortlistCustomizer>('<shortlist-customizer product="aero"><p id="fallback">Processor, memory and storage</p></shortlist-customizer>');
    expect(element.shadowRoot!.querySelector('slot'), 'no instance yet: the page\'s own content').to.not.equal(null);
    expect((document.getElementById('fallback') as HTMLElement).offsetHeight).to.be.greaterThan(0);
    start();
    await waitUntil(() => element.shadowRoot!.querySelector('[part=options]'), 'the customizer to render once the instance exists');
    expect((document.getElementById('fallback') as HTMLElement).offsetHeight, 'the content gives way to the customizer').to.equal(0);
    expect(parts(element.shadowRoot!, 'group')).to.have.length(3);
  });
});

describe('<shortlist-customizer>: what is possible, and why not', () => {
  it('values that cannot be chosen stay visible and disabled, and every group says why in text (chains included)', async () => {
    start();
    const { element, root } = await open('aero');
    await choose(element, 'cpu', 'i5');
    expect(radio(root, 'memory', '64').disabled).to.equal(true);
    expect(reasons(root, 'Memory')).to.deep.equal(['64 GB: Not available with CPU: Core i5']);
    // 4 TB is ruled out through two rules.
    const storage = group(root, 'Storage').querySelector('select')!;
    expect([...storage.options].filter((option) => option.disabled).map((option) => option.value)).to.deep.equal(['4tb']);
    expect(reasons(root, 'Storage')).to.deep.equal(['4 TB: Not possible with CPU: Core i5']);
    // The reasons describe each group for screen readers too, read as focus enters it.
    expect(text(root.getElementById(group(root, 'Memory').getAttribute('aria-describedby')!)!)).to.equal('64 GB: Not available with CPU: Core i5');
    expect(text(root.getElementById(group(root, 'Storage').getAttribute('aria-describedby')!)!)).to.equal('4 TB: Not possible with CPU: Core i5');
    await expectAccessible(element);
  });

  it('sold-out and missing combinations from the variants, and the preview follows the variant and the layers', async () => {
    start();
    const { element, root } = await open('runner');
    await choose(element, 'color', 'Red');
    expect(reasons(root, 'Size')).to.deep.equal(['43: Not available in Colour: Red']);
    expect(part(root, 'image').getAttribute('src')).to.equal(absolute('/img/running-shoes-1.svg'));
    expect(parts(root, 'layer').map((layer) => layer.getAttribute('src'))).to.deep.equal([absolute('/img/running-shoes-3.svg')]);
    await choose(element, 'size', '41');
    expect(part(root, 'image').getAttribute('src'), 'the variant Red 41 has its own image').to.equal(absolute('/img/running-shoes-2.svg'));
    expect(text(part(root, 'total'))).to.equal('Total €150.00');
    await choose(element, 'color', 'Black');
    expect(reasons(root, 'Size')).to.deep.equal(['42: Sold out in Colour: Black']);
    expect(parts(root, 'layer')).to.have.length(0);
    await expectAccessible(element);
  });

  it('conflicting choices (an old link) name the options to change, and nothing can be added', async () => {
    history.replaceState(null, '', `?${CONFIGURE_PARAM}=aero~cpu.i5.memory.64.storage.512`);
    const shortlist = start();
    const { element, root } = await open('aero');
    expect(problems(root)).to.deep.equal(['CPU: Not available with Memory: 64 GB', 'Memory: Not available with CPU: Core i5']);
    expect(part(root, 'add').getAttribute('aria-disabled')).to.equal('true');
    part(root, 'add').click();
    expect(shortlist.$tray.get()).to.deep.equal([]);
    await expectAccessible(element);
  });

  it('rules that leave a group no value: a configuration error naming the rules and options; the rest of the page keeps working', async () => {
    const broken: ProductInput = {
      ...LAPTOP,
      id: 'broken',
      rules: [{ excludes: { memory: ['16', '32'] } }, { if: { memory: '64' }, requires: { cpu: 'i9' } }, { excludes: { cpu: 'i9' } }],
    };
    const shortlist = start([broken, LAPTOP]);
    const errors: ShortlistError[] = [];
    shortlist.on('error', ({ error }) => errors.push(error));
    const { element, root } = await open('broken', '<shortlist-customizer product="broken"></shortlist-customizer><shortlist-customizer product="aero"></shortlist-customizer>');
    expect(problems(root)).to.deep.equal(['This product cannot be configured at the moment']);
    expect(part(root, 'add').getAttribute('aria-disabled')).to.equal('true');
    const error = await waitUntil(() => errors.find((found) => found.message.includes('product "broken"')), 'the configuration error to be reported');
    expect(error).to.include({ code: 'catalog', field: 'rules' });
    expect((error as ShortlistError & { rules: number[] }).rules).to.deep.equal([0, 1, 2]);
    expect((error as ShortlistError & { options: string[] }).options).to.have.members(['memory', 'cpu']);
    // The other customizer on the page works.
    const other = [...document.querySelectorAll<ShortlistCustomizer>('shortlist-customizer')][1]!;
    await waitUntil(() => other.shadowRoot?.querySelector('input[name=cpu]'), 'the other customizer');
    await choose(other, 'cpu', 'i9');
    expect(text(part(other.shadowRoot!, 'total'))).to.equal('Total €1,400.00');
    await expectAccessible(element);
  });

  it('bad option data: a clear error naming the product and field, the product stays comparable, the page keeps working', async () => {
    const bad: ProductInput = { id: 'bad', name: 'Bad', price: { amount: 10, currency: 'EUR' }, options: [{ key: 'colour', values: [{ value: 'Red', swatch: 'red; background: url(https://evil.example)' }] }] };
    const shortlist = start([bad, LAPTOP]);
    const errors: ShortlistError[] = [];
    shortlist.on('error', ({ error }) => errors.push(error));
    const { element, root } = await open('bad');
    expect(problems(root)).to.deep.equal(['This product cannot be configured at the moment']);
    const error = await waitUntil(() => errors.find((found) => found.field === 'options[0].values[0].swatch'), 'the option data error');
    expect(error.message).to.include('product "bad"').and.include('a colour such as').and.include('customize.md#errors');
    expect(shortlist.add('bad')).to.equal('added');
    expect(shortlist.product('bad')?.name).to.equal('Bad');
    await expectAccessible(element);
  });
});

describe('<shortlist-customizer>: price, add to compare, the configure event', () => {
  it('shows the total in the shopper\'s locale and currency, and a summary of the selection', async () => {
    start(undefined, { locale: 'de-DE' });
    const { element, root } = await open('aero');
    await choose(element, 'cpu', 'i9');
    await choose(element, 'memory', '32');
    expect(text(part(root, 'total'))).to.equal('Gesamt 1.500,00 €');
    await select(element, 'Storage', '1tb');
    expect(text(part(root, 'total'))).to.equal('Gesamt 1.620,00 €');
    expect(summary(root)).to.deep.equal(['CPU: Core i9', 'Memory: 32 GB', 'Storage: 1 TB']);
    expect(problems(root)).to.deep.equal([]);
    await select(element, 'Storage', '4tb');
    expect(problems(root)).to.deep.equal(['Memory: Nicht erhältlich mit Storage: 4 TB', 'Storage: Erfordert Memory: 64 GB']);
  });

  it('"Add to compare" puts a complete configuration in the tray, never an incomplete one; shortlist-configure carries SKU, options and price', async () => {
    const shortlist = start();
    const { element, root } = await open('runner');
    const events: ShortlistConfigureEvent[] = [];
    const announced: unknown[] = [];
    element.addEventListener('shortlist-configure', (event) => events.push(event));
    shortlist.on('configure', (event) => announced.push(event));
    await choose(element, 'color', 'Red');
    part(root, 'add').click();
    expect(shortlist.$tray.get(), 'incomplete: not added').to.deep.equal([]);
    expect(events.at(-1)!.detail).to.deep.include({ productId: 'runner', complete: false });
    expect(events.at(-1)!.detail).to.not.have.property('sku');
    await choose(element, 'size', '41');
    await type(element, 'Engraving', ' Anna 10k ');
    const last = events.at(-1)!.detail;
    expect(last).to.include({ productId: 'runner', complete: true, sku: 'RUN-R-41', id: 'runner~color.Red.size.41.engraving.Anna_2010k' });
    expect(last.selection).to.deep.equal({ color: 'Red', size: '41', engraving: 'Anna 10k' });
    expect(last.price).to.deep.equal({ amount: 165, currency: 'EUR' });
    expect(announced.at(-1)).to.deep.include({ type: 'configure', sku: 'RUN-R-41', complete: true });
    part(root, 'add').click();
    await element.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['runner~color.Red.size.41.engraving.Anna_2010k']);
    expect(part(root, 'add').getAttribute('aria-pressed')).to.equal('true');
    expect(text(part(root, 'status'))).to.equal('Added to your comparison');
    // Configured items resolve once their code has loaded (with the first one in the tray).
    const item = await waitUntil(() => shortlist.product(shortlist.$tray.get()[0]!), 'the configured item to resolve');
    expect(item).to.include({ name: 'Runner (Red, 41, Engraving: Anna 10k)', availability: 'in-stock' });
    expect(item.price).to.deep.equal({ amount: 165, currency: 'EUR' });
    expect(item.attributes).to.include({ color: 'Red', size: '41', engraving: 'Anna 10k' });
    await expectAccessible(element);
    // Pressed again: out of the tray.
    part(root, 'add').click();
    await element.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(text(part(root, 'status'))).to.equal('Removed from your comparison');
  });

  it('two configurations of one product compare side by side, their options as rows', async () => {
    const shortlist = start();
    const { element } = await open('aero');
    for (const [cpu, memory, storage] of [
      ['i7', '32', '1tb'],
      ['i9', '64', '4tb'],
    ] as const) {
      await choose(element, 'cpu', cpu);
      await choose(element, 'memory', memory);
      await select(element, 'Storage', storage);
      part(element.shadowRoot!, 'add').click();
    }
    expect(shortlist.$tray.get()).to.deep.equal(['aero~cpu.i7.memory.32.storage.1tb', 'aero~cpu.i9.memory.64.storage.4tb']);
    const compare = (await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>')).element;
    await waitUntil(() => compare.shadowRoot?.querySelector('[part=table]'), 'the comparison table');
    await settled(compare);
    const rows = [...compare.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text));
    expect(rows).to.deep.include.members([
      ['CPU', 'Core i7', 'Core i9'],
      ['Memory', '32 GB', '64 GB'],
      ['Storage', '1 TB', '4 TB'],
    ]);
    expect(parts(compare.shadowRoot!, 'name').map(text)).to.deep.equal(['Aero 14 (Core i7, 32 GB, 1 TB)', 'Aero 14 (Core i9, 64 GB, 4 TB)']);
    await expectAccessible(compare);
  });
});

describe('<shortlist-customizer>: share, links, edit', () => {
  it('"Share" gives a link that restores the configuration, round trip included', async () => {
    const shortlist = start();
    const { element, root } = await open('runner');
    await choose(element, 'color', 'Red');
    await choose(element, 'size', '42');
    await type(element, 'Engraving', 'Zoë & Ann');
    expect(text(part(group(root, 'Engraving'), 'problem')), '"&" is not allowed').to.include('“&”');
    await type(element, 'Engraving', 'Zoe-1');
    const shared: unknown[] = [];
    shortlist.on('customize-share', (event) => shared.push(event));
    part(root, 'share').click();
    const field = await waitUntil(() => part(root, 'link')?.querySelector('input'), 'the link field');
    const link = new URL(field.value);
    expect(link.searchParams.get(CONFIGURE_PARAM)).to.equal('runner~color.Red.size.42.engraving.Zoe-1');
    expect(shared).to.deep.equal([{ type: 'customize-share', productId: 'runner' }]);
    await expectAccessible(element);

    // Another page opening that link: the same configuration.
    cleanupFixtures();
    history.replaceState(null, '', link.search);
    start();
    const reopened = await open('runner');
    expect(radio(reopened.root, 'color', 'Red').checked).to.equal(true);
    expect(radio(reopened.root, 'size', '42').checked).to.equal(true);
    expect(group(reopened.root, 'Engraving').querySelector('input')!.value).to.equal('Zoe-1');
  });

  it('a very long selection: an engraving too long to save is a problem, never added; an unreadable link is ignored', async () => {
    const long: ProductInput = { ...SHOE, id: 'long', variants: undefined, options: [{ key: 'engraving', label: 'Engraving', kind: 'text', maxLength: 200 }] };
    history.replaceState(null, '', `?${CONFIGURE_PARAM}=long~engraving.${'_'.repeat(600)}`);
    const shortlist = start([long]);
    const { element, root } = await open('long');
    expect(group(root, 'Engraving').querySelector('input')!.value, 'an unreadable link opens nothing').to.equal('');
    // A Cyrillic letter is two bytes of UTF-8, six characters once escaped: 120 of them are 730 characters of selection.
    await type(element, 'Engraving', 'Ж'.repeat(120));
    expect(problems(root)).to.deep.equal(['This configuration is too long to save (730 of 500 characters): shorten the text']);
    part(root, 'add').click();
    expect(shortlist.$tray.get()).to.deep.equal([]);
    await type(element, 'Engraving', 'Ж'.repeat(80));
    part(root, 'add').click();
    expect(shortlist.$tray.get()).to.deep.equal([`long~engraving.${'_D0_96'.repeat(80)}`]);
    expect((await waitUntil(() => shortlist.product(shortlist.$tray.get()[0]!), 'the item')).attributes.engraving).to.equal('Ж'.repeat(80));
  });

  it('"Edit" in the tray and in the comparison reopens the customizer with that selection; saving replaces the item in place', async () => {
    const shortlist = start();
    await shortlist.ready;
    shortlist.setTray(['bed', 'aero~cpu.i7.memory.32.storage.1tb', 'aero~cpu.i9.memory.64.storage.4tb']);
    const { element, root } = await open('aero', '<shortlist-customizer product="aero"></shortlist-customizer><shortlist-tray position="inline"></shortlist-tray>');
    const tray = document.querySelector<ShortlistTray>('shortlist-tray')!;
    await settled(tray);
    tray.shadowRoot!.querySelector<HTMLElement>('[part~=toggle]')!.click();
    await tray.updateComplete;
    await customElements.whenDefined('shortlist-tray-panel');
    const panel = tray.shadowRoot!.querySelector<ShortlistTrayPanel>('shortlist-tray-panel')!;
    await settled(panel);
    const edits = await waitUntil(() => parts(panel.shadowRoot!, 'edit').length === 2 && parts(panel.shadowRoot!, 'edit'), 'the edit links');
    expect(edits.map(text)).to.deep.equal(['Edit Aero 14 (Core i7, 32 GB, 1 TB)', 'Edit Aero 14 (Core i9, 64 GB, 4 TB)']);
    expect(edits[0]!.getAttribute('href')).to.include(`${CONFIGURE_PARAM}=aero%7Ecpu.i7.memory.32.storage.1tb`);
    await expectAccessible(panel);
    edits[0]!.click();
    await element.updateComplete;
    expect(location.search, 'opened here, the link not followed').to.equal('');
    expect(radio(root, 'cpu', 'i7').checked).to.equal(true);
    expect(group(root, 'Storage').querySelector('select')!.value).to.equal('1tb');
    expect(text(part(root, 'add'))).to.equal('Save changes');
    await choose(element, 'cpu', 'i9');
    part(root, 'add').click();
    await element.updateComplete;
    expect(shortlist.$tray.get(), 'replaced in place').to.deep.equal(['bed', 'aero~cpu.i9.memory.32.storage.1tb', 'aero~cpu.i9.memory.64.storage.4tb']);
    expect(text(part(root, 'status'))).to.equal('Saved in your comparison');
    expect(text(part(root, 'add'))).to.equal('Add to compare');

    // From the comparison's dialog: the dialog closes, the customizer opens the item.
    const compare = document.createElement('shortlist-compare') as ShortlistCompare;
    compare.modal = true;
    element.after(compare);
    await compare.show();
    const edit = await waitUntil(() => parts(compare.shadowRoot!, 'edit')[1], 'the comparison\'s edit links');
    edit.click();
    await element.updateComplete;
    expect(compare.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(radio(root, 'memory', '64').checked).to.equal(true);
    expect(group(root, 'Storage').querySelector('select')!.value).to.equal('4tb');
    compare.remove();
  });

  it('opens with the shopper\'s last configuration of the product, on the next page too', async () => {
    const namespace = `customizer-draft-${Math.random().toString(36).slice(2, 8)}`;
    start(undefined, { storage: 'local', namespace });
    const first = await open('aero');
    await choose(first.element, 'cpu', 'i7');
    await choose(first.element, 'memory', '32');
    cleanupFixtures();
    instances.splice(0).forEach((shortlist) => shortlist.destroy());
    start(undefined, { storage: 'local', namespace });
    const next = await open('aero');
    expect(radio(next.root, 'cpu', 'i7').checked).to.equal(true);
    expect(radio(next.root, 'memory', '32').checked).to.equal(true);
    localStorage.removeItem(`shortlist:${namespace}`);
  });
});

describe('<shortlist-customizer>: variants read from the page', () => {
  it('a schema.org ProductGroup with hasVariant and variesBy on the page feeds the customizer', async () => {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      productGroupID: 'tee',
      name: 'Tee',
      variesBy: ['https://schema.org/color', 'https://schema.org/size'],
      hasVariant: [
        { '@type': 'Product', sku: 'TEE-W-S', color: 'White', size: 'S', offers: { '@type': 'Offer', price: 20, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } },
        { '@type': 'Product', sku: 'TEE-W-M', color: 'White', size: 'M', offers: { '@type': 'Offer', price: 20, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } },
        { '@type': 'Product', sku: 'TEE-W-L', color: 'White', size: 'L', offers: { '@type': 'Offer', price: 20, priceCurrency: 'EUR', availability: 'https://schema.org/OutOfStock' } },
        { '@type': 'Product', sku: 'TEE-B-M', color: 'Black', size: 'M', offers: { '@type': 'Offer', price: 22, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } },
        { '@type': 'Product', sku: 'TEE-B-L', color: 'Black', size: 'L', offers: { '@type': 'Offer', price: 22, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' } },
      ],
    });
    document.head.append(script);
    try {
      const shortlist = createShortlist({ storage: 'none', locale: 'en-US', namespace: `customizer-jsonld-${++counter}`, catalog: { jsonLd: true, cards: false } });
      instances.push(shortlist);
      const { element, root } = await open('tee');
      await choose(element, 'color', 'White');
      expect(reasons(root, 'Size')).to.deep.equal(['L: Sold out in Color: White']);
      await choose(element, 'color', 'Black');
      expect(reasons(root, 'Size')).to.deep.equal(['S: Not available in Color: Black']);
      const events: ShortlistConfigureEvent[] = [];
      element.addEventListener('shortlist-configure', (event) => events.push(event));
      await choose(element, 'size', 'M');
      expect(text(part(root, 'total'))).to.equal('Total €22.00');
      expect(events.at(-1)!.detail).to.include({ complete: true, sku: 'TEE-B-M' });
    } finally {
      script.remove();
    }
  });
});
