import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig } from '@shortlist/core';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { ShortlistOpenEvent } from '../src/tray/events.js';
import '../src/tray/shortlist-tray.js';
import type { ShortlistTray } from '../src/tray/shortlist-tray.js';
import { ShortlistTrayPanel } from '../src/tray/tray-panel.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled, until } from './helpers/fixture.js';

const XSS = '<img src=x onerror="window.__xss = 1">Evil & "quoted"</b>';

const PRODUCTS = [
  { id: 'alpha', name: 'Alpha Trail Runner', url: '/p/alpha', image: '/img/running-shoes-6.svg', price: { amount: 129.99, currency: 'USD' } },
  { id: 'bravo', name: 'Bravo Road Shoe', url: 'https://shop.example/p/bravo', image: '/img/running-shoes-6.svg', price: { amount: 89, currency: 'USD' } },
  { id: 'charlie', name: 'Charlie Hiking Boot', price: { amount: 1499.5, currency: 'USD' } },
  { id: 'xss', name: XSS, url: '/p/xss', price: { amount: 1, currency: 'USD' } },
];

let counter = 0;
const instances: Shortlist[] = [];
const UNDO_TIME = ShortlistTrayPanel.undoTime;

function start(overrides: Partial<ShortlistConfig> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `tray-panel-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products: PRODUCTS, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

/** A tray with `ids` in it, expanded, its panel loaded and rendered. */
async function open(ids: string[] = ['alpha', 'bravo', 'charlie'], overrides: Partial<ShortlistConfig> = { locale: 'en-US' }, html = '<shortlist-tray></shortlist-tray>') {
  const shortlist = start(overrides);
  const { container } = await fixture(html);
  if (overrides.catalog === undefined) await shortlist.ready;
  for (const id of ids) shortlist.add(id);
  const tray = container.querySelector<ShortlistTray>('shortlist-tray')!;
  await settled(container);
  inTray(tray, 'toggle').click();
  await tray.updateComplete;
  await customElements.whenDefined('shortlist-tray-panel');
  const panel = tray.shadowRoot!.querySelector<ShortlistTrayPanel>('shortlist-tray-panel')!;
  await panel.updateComplete;
  return { shortlist, tray, panel, container };
}

const inTray = (tray: ShortlistTray, name: string) => tray.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const all = (panel: ShortlistTrayPanel, name: string) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>(`[part="${name}"]`)];
const one = (panel: ShortlistTrayPanel, name: string) => all(panel, name)[0];
const texts = (panel: ShortlistTrayPanel, name: string) => all(panel, name).map((element) => element.textContent!.trim());
const usd = (amount: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(amount);
/** The element focused inside the panel, if any. */
const focusedIn = (panel: ShortlistTrayPanel) => panel.shadowRoot!.activeElement as HTMLElement | null;

async function update(tray: ShortlistTray, panel: ShortlistTrayPanel) {
  await tray.updateComplete;
  await panel.updateComplete;
  // A focus move in `updated` may need one more round.
  await panel.updateComplete;
}

afterEach(async () => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
  ShortlistTrayPanel.undoTime = UNDO_TIME;
  document.querySelectorAll('shortlist-compare').forEach((element) => element.remove());
});

describe('<shortlist-tray-panel>', () => {
  // First in this file: no test before it has loaded the comparison.
  it("prepares the comparison while the panel is open, before Compare is pressed: its code and its closed dialog", async () => {
    expect(customElements.get('shortlist-compare'), 'not loaded before the panel opens').to.equal(undefined);
    await open(['alpha', 'bravo']);
    await until(() => customElements.get('shortlist-compare'), 'shortlist-compare to be defined without a click on Compare');
    const dialogs = await until(() => {
      const found = document.querySelectorAll<HTMLElement>('shortlist-compare[modal]');
      return found.length > 0 && found;
    }, 'the prepared dialog');
    expect(dialogs, 'one dialog, at the end of the body').to.have.length(1);
    expect(dialogs[0]!.shadowRoot!.querySelector('dialog')!.open, 'nothing opened').to.equal(false);
  });

  it('prepares no dialog on a page with its own inline comparison', async () => {
    await open(['alpha', 'bravo'], { locale: 'en-US' }, '<shortlist-compare></shortlist-compare><shortlist-tray></shortlist-tray>');
    await customElements.whenDefined('shortlist-compare');
    // The panel's preparation runs when the comparison's code has loaded, within the task that
    // defined it: the next task sees what it made.
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.querySelectorAll('shortlist-compare[modal]').length).to.equal(0);
  });

  it('lists thumbnails, names linking to the product and prices, in tray order', async () => {
    const { panel } = await open(['bravo', 'alpha', 'charlie']);
    expect(panel.shadowRoot!.querySelector('[part="list"]')!.localName).to.equal('ul');
    expect(all(panel, 'item').map((item) => item.localName)).to.deep.equal(['li', 'li', 'li']);
    expect(texts(panel, 'name')).to.deep.equal(['Bravo Road Shoe', 'Alpha Trail Runner', 'Charlie Hiking Boot']);
    expect(texts(panel, 'price')).to.deep.equal([usd(89), usd(129.99), usd(1499.5)]);

    const [bravo, alpha, charlie] = all(panel, 'name');
    expect(bravo!.localName).to.equal('a');
    expect(bravo!.getAttribute('href')).to.equal('https://shop.example/p/bravo');
    expect(alpha!.getAttribute('href'), 'resolved by the catalog').to.equal(new URL('/p/alpha', location.href).href);
    expect(charlie!.localName, 'no url: plain text').to.equal('span');

    const thumbnails = all(panel, 'thumbnail') as HTMLImageElement[];
    expect(thumbnails).to.have.length(2);
    for (const img of thumbnails) {
      expect(img.localName).to.equal('img');
      expect(img.getAttribute('alt'), 'decorative: the name is next to it').to.equal('');
      expect(img.getAttribute('src')).to.equal(new URL('/img/running-shoes-6.svg', location.href).href);
      expect(img.closest('[part="item"]')!.querySelector('[part="name"]')).to.exist;
    }
    // The list is named by the heading.
    const list = panel.shadowRoot!.querySelector('[part="list"]')!;
    expect(panel.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Products to compare');
  });

  it('opens above the docked toggle, on the tray\'s side, without covering it', async () => {
    for (const position of ['bottom-end', 'bottom-start'] as const) {
      const { tray, panel } = await open(['alpha', 'bravo'], { locale: 'en-US', tray: { position } });
      const rect = panel.getBoundingClientRect();
      const toggle = inTray(tray, 'toggle').getBoundingClientRect();
      expect(rect.bottom, `${position}: above the toggle`).to.be.at.most(toggle.top);
      expect(rect.height, position).to.be.greaterThan(100);
      if (position === 'bottom-end') expect(rect.right).to.be.closeTo(toggle.right, 1);
      else expect(rect.left).to.be.closeTo(toggle.left, 1);
      expect(rect.top, 'inside the viewport').to.be.at.least(0);
      cleanupFixtures();
    }
  });

  it('shows the id and a loading text until the catalog is ready', async () => {
    const original = window.fetch;
    // A feed that never answers (until the instance is destroyed).
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    try {
      const { shortlist, panel } = await open(['alpha'], { locale: 'en-US', catalog: { url: '/never.json', jsonLd: false, cards: false } });
      expect(shortlist.$catalog.get().status).to.equal('loading');
      expect(texts(panel, 'name')).to.deep.equal(['alpha']);
      expect(texts(panel, 'price')).to.deep.equal(['Loading…']);
      expect(one(panel, 'remove')!.getAttribute('aria-label')).to.equal('Remove alpha');
      await expectAccessible(panel);
    } finally {
      window.fetch = original;
    }
  });

  it('renders names and URLs from the feed as text, never as HTML', async () => {
    const { panel } = await open(['xss']);
    const name = one(panel, 'name')!;
    expect(name.textContent).to.equal(XSS);
    expect(name.querySelector('img, b')).to.equal(null);
    expect(panel.shadowRoot!.querySelectorAll('img[src="x"]')).to.have.length(0);
    expect(one(panel, 'remove')!.getAttribute('aria-label')).to.equal(`Remove ${XSS}`);
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('removes one product; focus moves to the next remove button, then the previous, then the toggle', async () => {
    const { shortlist, tray, panel } = await open();
    const removes = all(panel, 'remove');
    expect(removes.map((button) => button.getAttribute('aria-label'))).to.deep.equal([
      'Remove Alpha Trail Runner',
      'Remove Bravo Road Shoe',
      'Remove Charlie Hiking Boot',
    ]);
    removes[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await update(tray, panel);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'charlie']);
    expect(texts(panel, 'name')).to.deep.equal(['Alpha Trail Runner', 'Charlie Hiking Boot']);
    expect(focusedIn(panel)?.getAttribute('aria-label'), 'the next product').to.equal('Remove Charlie Hiking Boot');
    expect(inTray(tray, 'count').textContent).to.equal('2');

    await sendKeys({ press: 'Space' });
    await update(tray, panel);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
    expect(focusedIn(panel)?.getAttribute('aria-label'), 'the last one left').to.equal('Remove Alpha Trail Runner');

    await sendKeys({ press: 'Enter' });
    await update(tray, panel);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(one(panel, 'empty')!.textContent).to.equal('No products to compare yet');
    expect(tray.shadowRoot!.activeElement, 'nothing left to remove: the toggle').to.equal(inTray(tray, 'toggle'));
  });

  it('keeps focus in the panel when the focused product is removed elsewhere (another tab)', async () => {
    const { shortlist, tray, panel } = await open();
    all(panel, 'remove')[0]!.focus();
    shortlist.remove('alpha');
    await update(tray, panel);
    expect(focusedIn(panel)?.getAttribute('aria-label')).to.equal('Remove Bravo Road Shoe');
  });

  it('clears all with an undo offer that restores the same order, and moves focus sensibly', async () => {
    const { shortlist, tray, panel } = await open(['charlie', 'alpha', 'bravo']);
    one(panel, 'clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await update(tray, panel);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(one(panel, 'cleared')!.textContent).to.equal('Cleared 3 products');
    const undo = one(panel, 'undo')!;
    expect(undo.textContent!.trim()).to.equal('Undo');
    expect(focusedIn(panel), 'focus on Undo').to.equal(undo);
    expect(panel.shadowRoot!.getElementById(undo.getAttribute('aria-describedby')!)).to.equal(one(panel, 'cleared'));
    expect(inTray(tray, 'status').textContent).to.equal('No products to compare yet');
    expect(inTray(tray, 'dock').hidden, 'the empty tray stays while its panel is open').to.equal(false);

    await sendKeys({ press: 'Enter' });
    await update(tray, panel);
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'alpha', 'bravo']);
    expect(texts(panel, 'name')).to.deep.equal(['Charlie Hiking Boot', 'Alpha Trail Runner', 'Bravo Road Shoe']);
    expect(one(panel, 'undo')).to.equal(undefined);
    expect(focusedIn(panel), 'focus back on Clear all').to.equal(one(panel, 'clear'));
  });

  it('ends the undo offer on the next tray change', async () => {
    const { shortlist, tray, panel } = await open(['alpha', 'bravo']);
    one(panel, 'clear')!.click();
    await update(tray, panel);
    expect(one(panel, 'undo')).to.exist;
    shortlist.add('charlie');
    await update(tray, panel);
    expect(one(panel, 'undo')).to.equal(undefined);
    expect(one(panel, 'cleared')).to.equal(undefined);
    expect(texts(panel, 'name')).to.deep.equal(['Charlie Hiking Boot']);
    // The change ended the offer for good: emptying the tray again does not bring it back.
    shortlist.clear();
    await update(tray, panel);
    expect(one(panel, 'undo')).to.equal(undefined);
    expect(one(panel, 'empty')).to.exist;
  });

  it('ends the undo offer after a while, but not while the shopper is in the panel', async () => {
    // The offer's time is run by hand: the panel's timers of `undoTime` ms are held, not scheduled.
    ShortlistTrayPanel.undoTime = 86_400_000;
    const held = new Map<number, () => void>();
    const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = window;
    let nextId = -1;
    window.setTimeout = ((handler: () => void, delay?: number, ...args: unknown[]) => {
      if (delay !== ShortlistTrayPanel.undoTime) return realSetTimeout(handler, delay, ...args);
      held.set(nextId, handler);
      return nextId--;
    }) as typeof setTimeout;
    window.clearTimeout = ((id?: number) => (held.delete(id!) ? undefined : realClearTimeout(id))) as typeof clearTimeout;
    /** The time runs out: every held timer fires once. */
    const timeRunsOut = () => [...held].forEach(([id, handler]) => held.delete(id) && handler());
    try {
      const { tray, panel } = await open(['alpha', 'bravo']);
      one(panel, 'clear')!.focus();
      one(panel, 'clear')!.click();
      await update(tray, panel);
      expect(focusedIn(panel)).to.equal(one(panel, 'undo'));
      expect(held.size, 'the offer is timed').to.equal(1);
      timeRunsOut();
      await panel.updateComplete;
      expect(one(panel, 'undo'), 'still offered while focused').to.exist;
      expect(held.size, 'and timed again').to.equal(1);

      inTray(tray, 'toggle').focus();
      timeRunsOut();
      await panel.updateComplete;
      expect(one(panel, 'undo')).to.equal(undefined);
      expect(one(panel, 'empty')!.textContent).to.equal('No products to compare yet');
    } finally {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
    }
  });

  it('"Compare N products" dispatches shortlist-open; preventDefault() stops the built-in comparison', async () => {
    const { tray, panel } = await open(['alpha', 'bravo']);
    const compare = one(panel, 'compare')!;
    expect(compare.textContent!.trim()).to.equal('Compare 2 products');
    const events: ShortlistOpenEvent[] = [];
    const listener = (event: ShortlistOpenEvent) => {
      events.push(event);
      event.preventDefault();
    };
    document.addEventListener('shortlist-open', listener);
    try {
      compare.click();
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
    expect(event!.target, 'retargeted to the tray').to.equal(tray);
    // Had the comparison been opened anyway, it would be by now: its code is loaded and a task has run.
    await import('../src/compare/open.js');
    await new Promise((resolve) => setTimeout(resolve));
    // The panel may have prepared the dialog; it stays closed.
    const dialog = document.querySelector('shortlist-compare')?.shadowRoot?.querySelector('dialog');
    expect(dialog?.open ?? false, 'no built-in comparison opened').to.equal(false);
  });

  it('exports its parts through the tray: shortlist-tray::part(item)', async () => {
    const style = document.createElement('style');
    style.textContent = 'shortlist-tray::part(remove) { outline-color: rgb(1, 2, 3); } shortlist-tray::part(panel) { background-color: rgb(4, 5, 6); }';
    document.head.append(style);
    try {
      const { panel } = await open(['alpha']);
      expect(getComputedStyle(one(panel, 'remove')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });

  it('speaks German with locale de-DE', async () => {
    const { tray, panel } = await open(['alpha', 'bravo'], { locale: 'de-DE' });
    expect(one(panel, 'heading')!.textContent).to.equal('Produkte im Vergleich');
    expect(one(panel, 'compare')!.textContent!.trim()).to.equal('2 Produkte vergleichen');
    expect(one(panel, 'clear')!.textContent!.trim()).to.equal('Alle entfernen');
    expect(one(panel, 'remove')!.getAttribute('aria-label')).to.equal('Alpha Trail Runner entfernen');
    one(panel, 'clear')!.click();
    await update(tray, panel);
    expect(one(panel, 'cleared')!.textContent).to.equal('2 Produkte entfernt');
    expect(one(panel, 'undo')!.textContent!.trim()).to.equal('Rückgängig');
  });

  it('has remove, clear, undo and compare targets of at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const { tray, panel } = await open(['alpha']);
    const measure = (name: string) => {
      const { width, height } = one(panel, name)!.getBoundingClientRect();
      expect(width, `${name} width`).to.be.at.least(24);
      expect(height, `${name} height`).to.be.at.least(24);
    };
    ['remove', 'clear', 'compare'].forEach(measure);
    one(panel, 'clear')!.click();
    await update(tray, panel);
    measure('undo');
  });

  it('is accessible (axe, WCAG 2.2 A/AA) expanded, cleared with the undo offer, and empty', async () => {
    const { shortlist, tray, panel } = await open(['alpha', 'bravo', 'xss']);
    await expectAccessible(tray);
    one(panel, 'clear')!.click();
    await update(tray, panel);
    expect(one(panel, 'undo')).to.exist;
    await expectAccessible(tray);
    shortlist.add('alpha');
    shortlist.remove('alpha');
    await update(tray, panel);
    expect(one(panel, 'empty')).to.exist;
    await expectAccessible(tray);
  });

  describe('on a phone', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('is a bottom sheet spanning the viewport width, under the toggle that stays visible', async () => {
      await setViewport({ width: 360, height: 640 });
      const { tray, panel } = await open(['alpha', 'bravo', 'charlie']);
      const rect = panel.getBoundingClientRect();
      const { clientWidth, clientHeight } = document.documentElement;
      expect(rect.left).to.equal(0);
      expect(rect.width).to.equal(clientWidth);
      expect(rect.bottom).to.be.closeTo(clientHeight, 1);
      expect(rect.height, 'at most 70% of the viewport').to.be.at.most(clientHeight * 0.7 + 1);
      expect(getComputedStyle(panel).borderTopLeftRadius).not.to.equal('0px');
      // The toggle is not covered: it is what the shopper taps to close the sheet.
      const toggle = inTray(tray, 'toggle').getBoundingClientRect();
      const hit = tray.shadowRoot!.elementFromPoint(toggle.left + toggle.width / 2, toggle.top + toggle.height / 2);
      expect(inTray(tray, 'toggle').contains(hit)).to.equal(true);
      // Nothing in the list hides behind the toggle.
      const last = all(panel, 'item').at(-1)!;
      last.scrollIntoView({ block: 'end' });
      expect(last.getBoundingClientRect().bottom).to.be.at.most(toggle.top);
    });

    it('scrolls its list when there are many products', async () => {
      await setViewport({ width: 360, height: 640 });
      const many = Array.from({ length: 30 }, (_, i) => ({ id: `p${i}`, name: `Product ${i}`, price: { amount: i + 1, currency: 'USD' } }));
      const { panel } = await open(
        many.map((product) => product.id),
        { locale: 'en-US', catalog: { products: many, jsonLd: false, cards: false } },
      );
      await instances.at(-1)!.ready;
      await panel.updateComplete;
      const list = panel.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
      expect(list.scrollHeight).to.be.greaterThan(list.clientHeight);
      expect(getComputedStyle(list).overflowY).to.equal('auto');
      // The actions stay in view below the list.
      expect(one(panel, 'compare')!.getBoundingClientRect().bottom).to.be.at.most(document.documentElement.clientHeight);
    });

    it('is accessible (axe, WCAG 2.2 A/AA) as a bottom sheet', async () => {
      await setViewport({ width: 360, height: 640 });
      const { tray } = await open(['alpha', 'bravo']);
      await expectAccessible(tray);
    });
  });

  // Last: it runs the comparison view (another module), which stays on the page until afterEach.
  it('"Compare N products" opens the built-in comparison unless prevented', async () => {
    const { panel } = await open(['alpha', 'bravo']);
    let seen = 0;
    const listener = () => seen++;
    document.addEventListener('shortlist-open', listener);
    try {
      one(panel, 'compare')!.click();
    } finally {
      document.removeEventListener('shortlist-open', listener);
    }
    expect(seen).to.equal(1);
    const opened = () => !!document.querySelector('shortlist-compare')?.shadowRoot?.querySelector('dialog')?.open;
    await until(opened, 'the comparison to open');
  });
});
