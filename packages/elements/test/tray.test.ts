import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig } from '@shortlist/core';
import { ShortlistOpenEvent } from '../src/internal/events.js';
import '../src/tray/shortlist-tray.js';
import type { ShortlistTray } from '../src/tray/shortlist-tray.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture } from './helpers/fixture.js';

const PRODUCTS = [
  { id: 'alpha', name: 'Alpha Trail Runner' },
  { id: 'bravo', name: 'Bravo Road Shoe' },
  { id: 'charlie', name: 'Charlie Hiking Boot' },
];

let counter = 0;
const instances: Shortlist[] = [];

function start(overrides: Omit<ShortlistConfig, 'catalog'> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `tray-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products: PRODUCTS, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

async function setup(overrides?: Omit<ShortlistConfig, 'catalog'>) {
  const shortlist = start(overrides);
  const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
  await shortlist.ready;
  await el.updateComplete;
  return { shortlist, el };
}

const part = (el: ShortlistTray, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const text = (el: ShortlistTray, name: string) => part(el, name).textContent!.trim();

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

describe('<shortlist-tray>', () => {
  it('shows 0, then follows adds and removes', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    expect(text(el, 'count')).to.equal('0');
    expect(text(el, 'status')).to.equal('No products to compare yet');

    shortlist.add('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');
    expect(text(el, 'status')).to.equal('1 product to compare');

    shortlist.add('bravo');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('2');

    shortlist.remove('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');

    shortlist.clear();
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('0');
  });

  it('announces the count in its status part (role=status): "3 products to compare"', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    for (const product of PRODUCTS) shortlist.add(product.id);
    await el.updateComplete;
    const status = part(el, 'status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('3 products to compare');
    // The button's name carries the count too, not only the live region.
    const base = part(el, 'base');
    expect(base.getAttribute('aria-label') ?? base.textContent).to.contain('3');
  });

  it('speaks German with locale de-DE', async () => {
    const { shortlist, el } = await setup({ locale: 'de-DE' });
    expect(text(el, 'status')).to.equal('Noch keine Produkte im Vergleich');
    expect(text(el, 'label')).to.equal('Vergleich');
    for (const product of PRODUCTS) shortlist.add(product.id);
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('3 Produkte im Vergleich');
    shortlist.remove('alpha');
    shortlist.remove('bravo');
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('1 Produkt im Vergleich');
  });

  it('dispatches a cancelable, bubbling, composed shortlist-open on click', async () => {
    const { el } = await setup();
    const events: ShortlistOpenEvent[] = [];
    const listener = (event: ShortlistOpenEvent) => {
      events.push(event);
      event.preventDefault();
    };
    document.addEventListener('shortlist-open', listener);
    try {
      part(el, 'base').click();
    } finally {
      document.removeEventListener('shortlist-open', listener);
    }
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event).to.be.instanceOf(ShortlistOpenEvent);
    expect(event!.cancelable).to.equal(true);
    expect(event!.bubbles).to.equal(true);
    expect(event!.composed).to.equal(true);
    expect(event!.defaultPrevented).to.equal(true);
    expect(event!.target).to.equal(el);
  });

  it('renders before the instance exists and follows it once created', async () => {
    const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
    expect(part(el, 'base').localName).to.equal('button');
    expect(text(el, 'count')).to.equal('0');
    const shortlist = start({ locale: 'en-US' });
    shortlist.add('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');
    expect(text(el, 'status')).to.equal('1 product to compare');
  });

  // Includes axe's label-content-name-mismatch (WCAG 2.5.3 Label in Name): the button's accessible
  // name must contain its visible text ("Compare 2"), which an aria-label like "2 products to
  // compare" does not.
  // Fails today: without an instance there is no copy (`t` is undefined), so the label part is
  // empty and the button's accessible name is just "0".
  it('before the instance exists, its button still has a visible label', async () => {
    const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
    expect(text(el, 'label'), 'visible label').not.to.equal('');
  });

  it('is accessible (axe, WCAG 2.2 A/AA) when empty', async () => {
    const { el } = await setup({ locale: 'en-US' });
    await expectAccessible(el);
  });

  it('is accessible (axe, WCAG 2.2 A/AA) with items', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    shortlist.add('alpha');
    shortlist.add('bravo');
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('has a target of at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const { el } = await setup();
    const { width, height } = part(el, 'base').getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
  });
});
