import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig } from '@shortlist/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/tray/shortlist-tray.js';
import type { ShortlistTray } from '../src/tray/shortlist-tray.js';
import type { ShortlistTrayPanel } from '../src/tray/tray-panel.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

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

async function setup(overrides?: Omit<ShortlistConfig, 'catalog'>, html = '<shortlist-tray></shortlist-tray>') {
  const shortlist = start(overrides);
  const { container, element } = await fixture<HTMLElement>(html);
  await shortlist.ready;
  const el = container.querySelector('shortlist-tray')!;
  await settled(container);
  return { shortlist, container, el, first: element };
}

const part = (el: ShortlistTray, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (el: ShortlistTray, name: string) => part(el, name).textContent!.trim();
const panelOf = (el: ShortlistTray) => el.shadowRoot!.querySelector<ShortlistTrayPanel>('shortlist-tray-panel')!;
const overlaps = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;

/** Presses the toggle and waits until the panel's module has loaded and rendered. */
async function expand(el: ShortlistTray) {
  part(el, 'toggle').click();
  await el.updateComplete;
  await customElements.whenDefined('shortlist-tray-panel');
  const panel = panelOf(el);
  await panel.updateComplete;
  return panel;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
  window.scrollTo(0, 0);
});

describe('<shortlist-tray>', () => {
  it('shows 0, then follows adds and removes', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    expect(text(el, 'count')).to.equal('0');
    // The count a page opens with is not news: the live region speaks on changes only.
    expect(text(el, 'status')).to.equal('');

    shortlist.add('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');
    expect(text(el, 'status')).to.equal('1 product to compare');

    shortlist.add('bravo');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('2');
    expect(text(el, 'status')).to.equal('2 products to compare');

    shortlist.remove('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');
    expect(text(el, 'status')).to.equal('1 product to compare');

    shortlist.clear();
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('0');
    expect(text(el, 'status')).to.equal('No products to compare yet');
  });

  it('announces the count in its status part (role=status): "3 products to compare"', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    for (const product of PRODUCTS) shortlist.add(product.id);
    await el.updateComplete;
    const status = part(el, 'status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('3 products to compare');
    // The live region is outside the dock, so it is never hidden with it.
    expect(part(el, 'dock').contains(status)).to.equal(false);
    // The button's name carries the count too, not only the live region.
    const base = part(el, 'base');
    expect(base.getAttribute('aria-label') ?? base.textContent).to.contain('3');
  });

  it('speaks German with locale de-DE', async () => {
    const { shortlist, el } = await setup({ locale: 'de-DE' });
    expect(text(el, 'label')).to.equal('Vergleich');
    for (const product of PRODUCTS) shortlist.add(product.id);
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('3 Produkte im Vergleich');
    shortlist.remove('alpha');
    shortlist.remove('bravo');
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('1 Produkt im Vergleich');
    shortlist.clear();
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('Noch keine Produkte im Vergleich');
  });

  it('does not announce the count restored at page load, only what changes after it', async () => {
    const shortlist = start({ locale: 'en-US' });
    shortlist.setTray(['alpha', 'bravo']);
    const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('2');
    expect(text(el, 'status')).to.equal('');
    shortlist.add('charlie');
    await el.updateComplete;
    expect(text(el, 'status')).to.equal('3 products to compare');
  });

  it('expands and collapses its panel from the toggle (aria-expanded, aria-controls)', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    shortlist.add('alpha');
    await el.updateComplete;
    const toggle = part(el, 'toggle');
    expect(toggle, 'the toggle is the base part').to.equal(part(el, 'base'));
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panelOf(el).hidden, 'collapsed panel').to.equal(true);

    const panel = await expand(el);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.expanded).to.equal(true);
    expect(panel.id).to.equal(toggle.getAttribute('aria-controls'));
    expect(panel.hidden).to.equal(false);
    expect(panel.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Alpha Trail Runner');

    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(panel.getBoundingClientRect().height, 'a collapsed panel takes no space').to.equal(0);
  });

  it('expands with Enter, collapses with Space, and Escape in the panel returns focus to the toggle', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    shortlist.add('alpha');
    shortlist.add('bravo');
    await el.updateComplete;
    const toggle = part(el, 'toggle');
    toggle.focus();

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await customElements.whenDefined('shortlist-tray-panel');
    const panel = panelOf(el);
    await panel.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(toggle);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');

    // Tab goes from the toggle into the panel: the first product's remove button (these
    // products have no page to link to).
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(panel);
    expect(panel.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Remove Alpha Trail Runner');

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    expect(el.shadowRoot!.activeElement, 'focus returned to the toggle').to.equal(toggle);
    expect(document.activeElement).to.equal(el);

    // Escape on the toggle closes an open panel too.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('an empty tray makes no Intl object while the page starts; a shown count is in the locale digits', async () => {
    const made: string[] = [];
    const originals = { Locale: Intl.Locale, NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
    for (const [name, Original] of Object.entries(originals)) {
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
        construct(target, args) {
          made.push(name);
          return Reflect.construct(target, args);
        },
      });
    }
    try {
      const { shortlist, el } = await setup({ locale: 'ar-EG' });
      expect(made).to.deep.equal([]);
      shortlist.add('alpha');
      await el.updateComplete;
      expect(text(el, 'count')).to.equal(new originals.NumberFormat('ar-EG').format(1));
    } finally {
      Object.assign(Intl, originals);
    }
  });

  it('renders before the instance exists and follows it once created', async () => {
    const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
    expect(part(el, 'base').localName).to.equal('button');
    expect(text(el, 'count')).to.equal('0');
    const shortlist = start({ locale: 'en-US' });
    await el.updateComplete;
    shortlist.add('alpha');
    await el.updateComplete;
    expect(text(el, 'count')).to.equal('1');
    expect(text(el, 'status')).to.equal('1 product to compare');
  });

  // Includes axe's label-content-name-mismatch (WCAG 2.5.3 Label in Name): the button's accessible
  // name must contain its visible text ("Compare 2"), which an aria-label like "2 products to
  // compare" does not.
  it('before the instance exists, its button still has a visible label', async () => {
    const { element: el } = await fixture<ShortlistTray>('<shortlist-tray></shortlist-tray>');
    expect(text(el, 'label'), 'visible label').not.to.equal('');
  });

  describe('docked', () => {
    it('docks fixed at the bottom end by default', async () => {
      const { shortlist, el } = await setup();
      shortlist.add('alpha');
      await el.updateComplete;
      const dock = part(el, 'dock');
      expect(getComputedStyle(dock).position).to.equal('fixed');
      const rect = dock.getBoundingClientRect();
      const { clientWidth, clientHeight } = document.documentElement;
      expect(clientWidth - rect.right, 'gap to the right edge').to.be.within(8, 24);
      expect(clientHeight - rect.bottom, 'gap to the bottom edge').to.be.within(8, 24);
      expect(rect.left).to.be.greaterThan(clientWidth / 2);
    });

    it('docks at the bottom start with config.tray.position "bottom-start"', async () => {
      const { shortlist, el } = await setup({ tray: { position: 'bottom-start' } });
      shortlist.add('alpha');
      await el.updateComplete;
      const rect = part(el, 'dock').getBoundingClientRect();
      expect(rect.left, 'gap to the left edge').to.be.within(8, 24);
      expect(document.documentElement.clientHeight - rect.bottom).to.be.within(8, 24);
    });

    it('the position attribute overrides the configuration', async () => {
      const { shortlist, el } = await setup({ tray: { position: 'inline' } }, '<shortlist-tray position="bottom-start"></shortlist-tray>');
      shortlist.add('alpha');
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'dock')).position).to.equal('fixed');
      expect(part(el, 'dock').getBoundingClientRect().left).to.be.within(8, 24);
      el.position = 'bottom-end';
      await el.updateComplete;
      expect(part(el, 'dock').getBoundingClientRect().left).to.be.greaterThan(document.documentElement.clientWidth / 2);
    });

    it('hides while the tray is empty; the live region stays', async () => {
      const { shortlist, el } = await setup({ locale: 'en-US' });
      expect(part(el, 'dock').hidden).to.equal(true);
      expect(part(el, 'dock').getBoundingClientRect().height).to.equal(0);
      expect(part(el, 'status').isConnected).to.equal(true);
      shortlist.add('alpha');
      await el.updateComplete;
      expect(text(el, 'status')).to.equal('1 product to compare');
      expect(part(el, 'dock').hidden).to.equal(false);
      expect(part(el, 'toggle').getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('stays once the shopper has opened it, so focus on the toggle is not lost when it empties', async () => {
      const { shortlist, el } = await setup({ locale: 'en-US' });
      shortlist.add('alpha');
      await el.updateComplete;
      await expand(el);
      part(el, 'toggle').focus();
      shortlist.clear();
      part(el, 'toggle').click();
      await el.updateComplete;
      expect(part(el, 'dock').hidden).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'toggle'));
    });

    it('adds no layout shift: page content does not move when items arrive or the panel opens', async () => {
      const { shortlist, el, container } = await setup(
        { locale: 'en-US' },
        '<p id="before">Before the tray</p><shortlist-tray></shortlist-tray><p id="after">After the tray</p>',
      );
      const after = container.querySelector('#after')!;
      const initial = after.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      for (const product of PRODUCTS) shortlist.add(product.id);
      await el.updateComplete;
      expect(part(el, 'dock').hidden).to.equal(false);
      expect(after.getBoundingClientRect().toJSON()).to.deep.equal(initial.toJSON());
      expect(el.getBoundingClientRect().toJSON(), 'the host box').to.deep.equal(host.toJSON());
      await expand(el);
      expect(after.getBoundingClientRect().toJSON(), 'after expanding').to.deep.equal(initial.toJSON());
    });

    it('scrolls a focused page element that it covers into the clear (WCAG 2.4.11)', async () => {
      const { shortlist, el, container } = await setup(
        { locale: 'en-US' },
        '<shortlist-tray></shortlist-tray><button id="before">Before</button><div id="page" style="position: relative; block-size: 3000px"><button id="under" style="position: absolute; inset-inline-end: 1.5rem">Under the tray</button></div>',
      );
      shortlist.add('alpha');
      await el.updateComplete;
      const dock = part(el, 'dock').getBoundingClientRect();
      const under = container.querySelector<HTMLButtonElement>('#under')!;
      // Place the button right behind the docked toggle.
      const page = container.querySelector('#page')!.getBoundingClientRect();
      under.style.top = `${dock.top - page.top + 4}px`;
      expect(overlaps(under.getBoundingClientRect(), dock), 'covered before focus').to.equal(true);
      const scrolledBefore = window.scrollY;

      // From the keyboard: Tab from the element before it.
      container.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(under);
      expect(window.scrollY).to.be.greaterThan(scrolledBefore);
      expect(overlaps(under.getBoundingClientRect(), part(el, 'dock').getBoundingClientRect()), 'covered after focus').to.equal(false);
      const rect = under.getBoundingClientRect();
      expect(rect.top, 'still in the viewport').to.be.at.least(0);
    });

    it('does not scroll when a partly covered element gets focus from a mouse click', async () => {
      const { shortlist, el, container } = await setup(
        { locale: 'en-US' },
        '<shortlist-tray></shortlist-tray><div id="page" style="position: relative; block-size: 3000px"><button id="under" style="position: absolute; inset-inline-end: 1.5rem; inline-size: 20rem; block-size: 4rem">Partly under the tray</button></div>',
      );
      shortlist.add('alpha');
      await el.updateComplete;
      const dock = part(el, 'dock').getBoundingClientRect();
      const under = container.querySelector<HTMLButtonElement>('#under')!;
      const page = container.querySelector('#page')!.getBoundingClientRect();
      under.style.top = `${dock.top - page.top - 8}px`;
      const rect = under.getBoundingClientRect();
      expect(overlaps(rect, dock)).to.equal(true);
      await sendMouse({ type: 'click', position: [Math.round(rect.left + 10), Math.round(rect.top + 4)] });
      await resetMouse();
      expect(document.activeElement).to.equal(under);
      expect(window.scrollY).to.equal(0);
    });

    it('collapses its panel when a focused page element stays covered (the end of the page)', async () => {
      const { shortlist, el, container } = await setup(
        { locale: 'en-US' },
        '<shortlist-tray></shortlist-tray><button id="under" style="position: fixed; inset-inline-end: 2rem; bottom: 8rem">Under the panel</button>',
      );
      shortlist.add('alpha');
      shortlist.add('bravo');
      await el.updateComplete;
      const panel = await expand(el);
      const under = container.querySelector<HTMLButtonElement>('#under')!;
      expect(overlaps(under.getBoundingClientRect(), panel.getBoundingClientRect()), 'covered by the panel').to.equal(true);
      under.focus();
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(part(el, 'toggle').getAttribute('aria-expanded')).to.equal('false');
      expect(overlaps(under.getBoundingClientRect(), part(el, 'dock').getBoundingClientRect())).to.equal(false);
    });

    it('leaves focus inside the tray alone', async () => {
      const { shortlist, el } = await setup({ locale: 'en-US' });
      shortlist.add('alpha');
      await el.updateComplete;
      await expand(el);
      const scrolled = window.scrollY;
      part(el, 'toggle').focus();
      panelOf(el).shadowRoot!.querySelector<HTMLElement>('[part="remove"]')!.focus();
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      expect(window.scrollY).to.equal(scrolled);
    });
  });

  describe('inline', () => {
    it('renders in place with config.tray.position "inline", also when empty', async () => {
      const { shortlist, el, container } = await setup(
        { locale: 'en-US', tray: { position: 'inline' } },
        '<p id="before">Before</p><shortlist-tray></shortlist-tray>',
      );
      const dock = part(el, 'dock');
      expect(getComputedStyle(dock).position).to.equal('static');
      expect(dock.hidden, 'an inline tray shows "0"').to.equal(false);
      expect(text(el, 'count')).to.equal('0');
      const before = container.querySelector('#before')!.getBoundingClientRect();
      expect(part(el, 'toggle').getBoundingClientRect().top).to.be.at.least(before.bottom);
      shortlist.add('alpha');
      await el.updateComplete;
      const panel = await expand(el);
      expect(getComputedStyle(panel).position, 'the panel flows below the toggle').to.equal('static');
      expect(panel.getBoundingClientRect().top).to.be.at.least(part(el, 'toggle').getBoundingClientRect().bottom);
    });

    it('with the position attribute "inline"', async () => {
      const { el } = await setup({}, '<shortlist-tray position="inline"></shortlist-tray>');
      expect(getComputedStyle(part(el, 'dock')).position).to.equal('static');
      expect(part(el, 'dock').hidden).to.equal(false);
    });
  });

  it('is accessible (axe, WCAG 2.2 A/AA) when empty', async () => {
    const { el } = await setup({ locale: 'en-US' });
    await expectAccessible(el);
  });

  it('is accessible (axe, WCAG 2.2 A/AA) when empty and inline', async () => {
    const { el } = await setup({ locale: 'en-US', tray: { position: 'inline' } });
    await expectAccessible(el);
  });

  it('is accessible (axe, WCAG 2.2 A/AA) with items, collapsed', async () => {
    const { shortlist, el } = await setup({ locale: 'en-US' });
    shortlist.add('alpha');
    shortlist.add('bravo');
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('has a target of at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const { shortlist, el } = await setup();
    shortlist.add('alpha');
    await el.updateComplete;
    const { width, height } = part(el, 'base').getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
  });

  it('unsubscribes from page focus when disconnected', async () => {
    const { shortlist, el, container } = await setup(
      { locale: 'en-US' },
      '<shortlist-tray></shortlist-tray><button id="under" style="position: fixed; inset-inline-end: 1.5rem; bottom: 1.25rem">Under</button>',
    );
    shortlist.add('alpha');
    await el.updateComplete;
    const dock = part(el, 'dock');
    el.remove();
    let calls = 0;
    const original = dock.getBoundingClientRect.bind(dock);
    dock.getBoundingClientRect = () => (calls++, original());
    container.querySelector<HTMLButtonElement>('#under')!.focus();
    expect(calls).to.equal(0);
  });
});
