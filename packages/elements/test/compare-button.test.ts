import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig } from '@shortlist/core';
import { sendKeys } from '@web/test-runner-commands';
import '../src/compare-button/shortlist-compare-button.js';
import type { ShortlistCompareButton } from '../src/compare-button/shortlist-compare-button.js';
import { ShortlistChangeEvent } from '../src/internal/events.js';
import '../src/tray/shortlist-tray.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

const PRODUCTS = [
  { id: 'alpha', name: 'Alpha Trail Runner' },
  { id: 'bravo', name: 'Bravo Road Shoe' },
  { id: 'charlie', name: 'Charlie Hiking Boot' },
  { id: 'gone', name: 'Delta Discontinued', availability: 'discontinued' },
];

let counter = 0;
const instances: Shortlist[] = [];

/** A fresh instance per test: in memory only, its own namespace, inline products only. */
function start(overrides: Omit<ShortlistConfig, 'catalog'> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `compare-button-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products: PRODUCTS, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

/** Starts an instance, renders the HTML, and waits for the catalog and the re-render. */
async function setup(html: string, overrides?: Omit<ShortlistConfig, 'catalog'>) {
  const shortlist = start(overrides);
  const { container, element } = await fixture<ShortlistCompareButton>(html);
  await shortlist.ready;
  await settled(container);
  return { shortlist, container, el: element, button: inner(element) };
}

function inner(el: ShortlistCompareButton): HTMLButtonElement {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="base"]');
  expect(button, 'the compare button renders a <button part="base">').to.exist;
  return button!;
}

const status = (el: ShortlistCompareButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;

/** Collects `shortlist-change` events reaching the document. */
function recordChanges() {
  const events: ShortlistChangeEvent[] = [];
  const listener = (event: ShortlistChangeEvent) => events.push(event);
  document.addEventListener('shortlist-change', listener);
  return { events, stop: () => document.removeEventListener('shortlist-change', listener) };
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

describe('<shortlist-compare-button>', () => {
  it('leaves its DOM untouched when a tray change does not concern it (no restyle of every button)', async () => {
    const { shortlist, container, el } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    const label = el.shadowRoot!.querySelector('[part="label"]')!.firstChild;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
    shortlist.add('bravo');
    await settled(container);
    observer.disconnect();
    expect(mutations, 'mutations in the alpha button when bravo was added').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.firstChild).to.equal(label);
  });

  it('renders a real <button> in its shadow root, not pressed', async () => {
    const { button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(button.textContent).to.contain('Compare');
  });

  it('names the product in its accessible name once the catalog is ready', async () => {
    const { button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    expect(button.getAttribute('aria-label')).to.contain('Alpha Trail Runner');
    // WCAG 2.5.3 label in name: the visible text is part of the accessible name.
    expect(button.getAttribute('aria-label')).to.contain('Compare');
  });

  it('adds on click: tray, aria-pressed and a composed shortlist-change on the document', async () => {
    const { shortlist, el, button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    const changes = recordChanges();
    try {
      button.click();
      await el.updateComplete;
      expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(changes.events).to.have.length(1);
      const [event] = changes.events;
      expect(event).to.be.instanceOf(ShortlistChangeEvent);
      expect(event!.type).to.equal('shortlist-change');
      expect(event!.bubbles).to.equal(true);
      expect(event!.composed).to.equal(true);
      expect(event!.productId).to.equal('alpha');
      expect(event!.result).to.equal('added');
      // Retargeted to the host outside the shadow root.
      expect(event!.target).to.equal(el);
    } finally {
      changes.stop();
    }
  });

  it('removes on a second click', async () => {
    const { shortlist, el, button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    const changes = recordChanges();
    try {
      button.click();
      await el.updateComplete;
      button.click();
      await el.updateComplete;
      expect(shortlist.$tray.get()).to.deep.equal([]);
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(changes.events.map((event) => event.result)).to.deep.equal(['added', 'removed']);
      expect(changes.events[1]!.productId).to.equal('alpha');
    } finally {
      changes.stop();
    }
  });

  it('reflects tray changes made elsewhere', async () => {
    const { shortlist, el, button } = await setup('<shortlist-compare-button product="bravo"></shortlist-compare-button>');
    shortlist.add('bravo');
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    shortlist.remove('bravo');
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('toggles from the keyboard with Enter and Space', async () => {
    const { shortlist, el, button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    expect(button.tabIndex).to.equal(0);
    button.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(document.activeElement).to.equal(el);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
    expect(button.getAttribute('aria-pressed')).to.equal('true');

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    // Focus stays on the button after the re-render.
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  describe('when the tray is full', () => {
    const html = `
      <shortlist-compare-button product="alpha"></shortlist-compare-button>
      <shortlist-compare-button product="bravo"></shortlist-compare-button>
      <shortlist-compare-button product="charlie"></shortlist-compare-button>`;

    async function full() {
      const { shortlist, container } = await setup(html, { tray: { max: 2 } });
      shortlist.add('alpha');
      shortlist.add('bravo');
      await settled(container);
      const [alpha, , charlie] = [...container.querySelectorAll('shortlist-compare-button')];
      return { shortlist, container, alpha: alpha!, charlie: charlie! };
    }

    it('marks the next product aria-disabled, without a message before the shopper tries', async () => {
      const { charlie } = await full();
      const button = inner(charlie);
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      // Still focusable, so keyboard and screen-reader users can find it and hear why.
      expect(button.disabled).to.equal(false);
      expect(status(charlie).textContent!.trim()).to.equal('');
    });

    it('refuses a click: nothing added, the reason in the status part, result "full"', async () => {
      const { shortlist, charlie } = await full();
      const changes = recordChanges();
      try {
        inner(charlie).click();
        await charlie.updateComplete;
        expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'bravo']);
        expect(inner(charlie).getAttribute('aria-pressed')).to.equal('false');
        const region = status(charlie);
        expect(region.getAttribute('role')).to.equal('status');
        expect(region.textContent).to.contain('The compare list is full (2 products)');
        expect(inner(charlie).getAttribute('aria-describedby')).to.equal(region.id);
        expect(changes.events).to.have.length(1);
        expect(changes.events[0]!.productId).to.equal('charlie');
        expect(changes.events[0]!.result).to.equal('full');
      } finally {
        changes.stop();
      }
    });

    // Fails today: `refused` is only reset by the next click on this button, so after the tray
    // frees a place and fills again through another button, this button's live region announces
    // "The compare list is full" although the shopper did not try to add this product again.
    it('forgets a refusal once the tray has changed, so a later fill is not announced here', async () => {
      const { shortlist, container, charlie } = await full();
      inner(charlie).click();
      await charlie.updateComplete;
      expect(status(charlie).textContent).to.contain('full');
      shortlist.remove('alpha');
      await settled(container);
      expect(status(charlie).textContent!.trim()).to.equal('');
      shortlist.add('alpha');
      await settled(container);
      expect(inner(charlie).getAttribute('aria-disabled')).to.equal('true');
      expect(status(charlie).textContent!.trim(), 'status after another button filled the tray').to.equal('');
    });

    it('still lets the shopper remove a product that is in the full tray', async () => {
      const { shortlist, alpha, charlie } = await full();
      const button = inner(alpha);
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      button.click();
      await alpha.updateComplete;
      await charlie.updateComplete;
      expect(shortlist.$tray.get()).to.deep.equal(['bravo']);
      expect(inner(charlie).hasAttribute('aria-disabled')).to.equal(false);
    });

    it('is accessible (axe, WCAG 2.2 A/AA) when full, before and after a refused click', async () => {
      const { container, charlie } = await full();
      await expectAccessible(container);
      inner(charlie).click();
      await charlie.updateComplete;
      await expectAccessible(container);
    });
  });

  describe('for a product that is not available', () => {
    it('is aria-disabled and says so when the id is not in the catalog', async () => {
      const { shortlist, el, button } = await setup('<shortlist-compare-button product="no-such-product"></shortlist-compare-button>');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).textContent).to.contain('Not available to compare');
      const changes = recordChanges();
      try {
        button.click();
        await el.updateComplete;
        expect(shortlist.$tray.get()).to.deep.equal([]);
        expect(changes.events).to.have.length(0);
      } finally {
        changes.stop();
      }
    });

    it('treats a discontinued product as not available', async () => {
      const { el, button } = await setup('<shortlist-compare-button product="gone"></shortlist-compare-button>');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(status(el).textContent).to.contain('Not available to compare');
    });
  });

  it('keeps two buttons for the same product in sync', async () => {
    const { shortlist, container } = await setup(`
      <shortlist-compare-button product="alpha"></shortlist-compare-button>
      <shortlist-compare-button product="alpha"></shortlist-compare-button>`);
    const [first, second] = [...container.querySelectorAll('shortlist-compare-button')];
    inner(first!).click();
    await settled(container);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
    expect(inner(first!).getAttribute('aria-pressed')).to.equal('true');
    expect(inner(second!).getAttribute('aria-pressed')).to.equal('true');
    inner(second!).click();
    await settled(container);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(inner(first!).getAttribute('aria-pressed')).to.equal('false');
    expect(inner(second!).getAttribute('aria-pressed')).to.equal('false');
  });

  it('renders before the instance exists and works once createShortlist is called', async () => {
    const { container, element: el } = await fixture<ShortlistCompareButton>('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    expect(inner(el).localName).to.equal('button');

    const shortlist = start();
    await shortlist.ready;
    await settled(container);
    const button = inner(el);
    expect(button.hasAttribute('aria-disabled')).to.equal(false);
    expect(button.getAttribute('aria-label')).to.contain('Alpha Trail Runner');
    expect(button.textContent).to.contain('Compare');
    button.click();
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  // Fails today: without an instance `render()` falls back to `t = (key) => key` and to the
  // 'unavailable' state, so the visible label is the raw key "compare" and the role=status region
  // announces the raw key "unavailable" for a product that is merely not loaded yet.
  it('before the instance exists, shows no raw message keys and announces nothing', async () => {
    const { element: el } = await fixture<ShortlistCompareButton>('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    const label = el.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim();
    expect(label, 'visible label').not.to.equal('compare');
    expect(status(el).textContent!.trim(), 'status region').to.equal('');
  });

  it('unsubscribes when disconnected, and subscribes again when reconnected', async () => {
    const { shortlist, container, el } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = ((...args: Parameters<typeof original>) => {
      updates++;
      return original(...args);
    }) as typeof el.requestUpdate;

    el.remove();
    shortlist.add('alpha');
    shortlist.add('bravo');
    shortlist.remove('bravo');
    expect(updates, 'requestUpdate calls after removal').to.equal(0);

    container.append(el);
    await el.updateComplete;
    expect(updates).to.be.greaterThan(0);
    expect(inner(el).getAttribute('aria-pressed')).to.equal('true');
  });

  it('is accessible (axe, WCAG 2.2 A/AA) by default, pressed and unavailable', async () => {
    const { container, el, button } = await setup(`
      <shortlist-compare-button product="alpha"></shortlist-compare-button>
      <shortlist-compare-button product="no-such-product"></shortlist-compare-button>`);
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    await expectAccessible(el);
    const unavailable = container.querySelectorAll('shortlist-compare-button')[1]!;
    expect(inner(unavailable).getAttribute('aria-disabled')).to.equal('true');
    await expectAccessible(unavailable);
  });

  it('has a target of at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const { button } = await setup('<shortlist-compare-button product="alpha"></shortlist-compare-button>');
    const { width, height } = button.getBoundingClientRect();
    expect(width, 'width').to.be.at.least(24);
    expect(height, 'height').to.be.at.least(24);
  });
});
