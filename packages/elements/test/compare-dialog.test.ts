import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig, type ShortlistEvent } from '@shortlist/core';
import { SHARE_PARAM, shareUrl, triageOf, type ShareState } from '@shortlist/core/compare';
import { sendKeys } from '@web/test-runner-commands';
import { openComparison } from '../src/compare/open.js';
import { openSharedComparison } from '../src/compare/share-prompt.js';
import type { ShortlistCompare } from '../src/compare/shortlist-compare.js';
import { ShortlistCompareEvent } from '../src/compare/events.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled, until } from './helpers/fixture.js';

const PRODUCTS = [
  { id: 'alpha', name: 'Alpha 14', price: 999, attributes: { weight: '1200 g' } },
  { id: 'bravo', name: 'Bravo 15', price: 1299, attributes: { weight: '1400 g' } },
  { id: 'charlie', name: 'Charlie 13', price: 899, attributes: { weight: '1100 g' } },
  { id: 'delta', name: 'Delta 16', price: 1499, attributes: { weight: '1900 g' } },
];
const ATTRIBUTES = [{ key: 'weight', label: 'Weight', type: 'number', unit: 'g', better: 'lower', group: 'Build' }];

let counter = 0;
const instances: Shortlist[] = [];
const originalUrl = location.href;

function start(overrides: Omit<ShortlistConfig, 'catalog'> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `compare-dialog-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    currency: 'EUR',
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES as never, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

async function ready(ids: string[], overrides?: Omit<ShortlistConfig, 'catalog'>) {
  const shortlist = start(overrides);
  await shortlist.ready;
  shortlist.setTray(ids);
  return shortlist;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const dialogElement = () => document.querySelector<ShortlistCompare>('shortlist-compare[modal]');
const mainDialog = (el: ShortlistCompare) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part="dialog"]')!;
const prompt = (el: ShortlistCompare | null) => el?.shadowRoot!.querySelector<HTMLDialogElement>('dialog.prompt') ?? null;
const choice = (el: ShortlistCompare, label: string) => [...prompt(el)!.querySelectorAll('button')].find((button) => text(button) === label)!;
const status = (el: ShortlistCompare) => text(el.shadowRoot!.querySelector('[part="status"]'));

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const withShare = (state: ShareState) => history.replaceState(null, '', shareUrl(location.href, state));
const shareParam = () => new URL(location.href).searchParams.get(SHARE_PARAM);

afterEach(() => {
  cleanupFixtures();
  document.querySelectorAll('shortlist-compare').forEach((element) => element.remove());
  for (const shortlist of instances.splice(0)) shortlist.destroy();
  history.replaceState(null, '', originalUrl);
});

describe('<shortlist-compare modal>', () => {
  it('renders nothing of the comparison while closed', async () => {
    await ready(['alpha', 'bravo']);
    const { element } = await fixture<ShortlistCompare>('<shortlist-compare modal></shortlist-compare>');
    expect(mainDialog(element).open).to.equal(false);
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('stays closed when close() comes before the dialog has rendered open', async () => {
    await ready(['alpha', 'bravo']);
    const opens: Event[] = [];
    const closes: Event[] = [];
    const { element } = await fixture<ShortlistCompare>('<shortlist-compare modal></shortlist-compare>');
    element.addEventListener('shortlist-compare-open', (event) => opens.push(event));
    element.addEventListener('shortlist-compare-close', (event) => closes.push(event));
    const shown = element.show();
    element.close();
    await shown;
    await settled(element);
    expect(mainDialog(element).open, 'the pending update did not open it').to.equal(false);
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
    expect([opens.length, closes.length], 'never shown: neither opened nor closed').to.deep.equal([0, 0]);
    // It still opens and closes normally afterwards.
    await element.show();
    expect(mainDialog(element).open).to.equal(true);
    element.close();
    await until(() => closes.length === 1, 'the close event');
    expect(mainDialog(element).open).to.equal(false);
  });

  it('openComparison: one dialog in the body; focus moves in, Tab stays inside, Escape closes, focus returns to the trigger', async () => {
    const shortlist = await ready(['alpha', 'bravo']);
    const opens: ShortlistEvent<'compare-open'>[] = [];
    shortlist.on('compare-open', (event) => opens.push(event));
    const domOpens: ShortlistCompareEvent[] = [];
    const closes: Event[] = [];
    document.addEventListener('shortlist-compare-open', (event) => domOpens.push(event), { once: true });
    document.addEventListener('shortlist-compare-close', (event) => closes.push(event), { once: true });
    const { container } = await fixture('<p><button id="trigger">Compare</button> <a href="#after">after</a></p>');
    const trigger = container.querySelector<HTMLButtonElement>('#trigger')!;
    trigger.focus();

    await openComparison(trigger);
    const el = dialogElement()!;
    expect(el.parentElement).to.equal(document.body);
    const dialog = mainDialog(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(text(el.shadowRoot!.getElementById('title'))).to.equal('Comparison');
    const close = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    expect(deepActive(), 'focus moved into the dialog').to.equal(close);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(2);

    // A second call reuses the same element.
    await openComparison(trigger);
    expect(document.querySelectorAll('shortlist-compare')).to.have.length(1);

    // Backwards from the first control wraps to the last one, forwards from the last to the first.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const last = deepActive();
    expect(last && el.shadowRoot!.contains(last), 'Shift+Tab stays inside').to.equal(true);
    expect((last as HTMLElement).dataset.id, 'the last control is the last note').to.equal('bravo');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(close);
    // A full round of Tab presses never leaves the dialog.
    for (let press = 0; press < 45; press++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      expect(active && el.shadowRoot!.contains(active), `Tab ${press + 1} stays inside (${active?.outerHTML.slice(0, 60)})`).to.equal(true);
    }

    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    await el.updateComplete;
    expect(document.activeElement, 'focus returned to the trigger').to.equal(trigger);
    expect(el.shadowRoot!.querySelector('table'), 'closed: the table is gone').to.equal(null);
    expect(opens).to.deep.equal([{ type: 'compare-open', count: 2, mode: 'dialog' }]);
    expect(domOpens[0]).to.be.instanceOf(ShortlistCompareEvent);
    expect(domOpens[0]!.type).to.equal('shortlist-compare-open');
    expect(domOpens[0]!.count).to.equal(2);
    expect(domOpens[0]!.mode).to.equal('dialog');
    expect(closes[0]).to.be.instanceOf(ShortlistCompareEvent);
    expect(closes[0]!.type).to.equal('shortlist-compare-close');
  });

  it('returns focus to the previously focused element when closed with its button', async () => {
    await ready(['alpha', 'bravo']);
    const { container } = await fixture('<button>Elsewhere</button>');
    const previous = container.querySelector('button')!;
    previous.focus();
    await openComparison();
    const el = dialogElement()!;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await until(() => !mainDialog(el).open, 'the dialog to close');
    expect(document.activeElement).to.equal(previous);
  });

  it('shows a removed product gone and moves focus to the next column in the dialog', async () => {
    const shortlist = await ready(['alpha', 'bravo', 'charlie']);
    await openComparison();
    const el = dialogElement()!;
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('td[data-id="bravo"] [data-action="remove"]')!.click();
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'charlie']);
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('td[data-id="charlie"] [data-action="remove"]'));
    expect(mainDialog(el).open).to.equal(true);
  });

  it('prints the dialog alone, keeping the rest of the page off the paper until afterprint', async () => {
    await ready(['alpha', 'bravo']);
    await openComparison();
    const el = dialogElement()!;
    await settled(el);
    const hidesPage = () => document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('body > :not(shortlist-compare[modal])')));
    const print = window.print;
    let printed = 0;
    // A phone's print() returns at once and prints later.
    window.print = () => void printed++;
    try {
      [...el.shadowRoot!.querySelectorAll('button')].find((button) => text(button) === 'Print')!.click();
      await until(() => printed === 1, 'print()');
    } finally {
      window.print = print;
    }
    expect(hidesPage(), 'after print() returned').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(hidesPage(), 'after afterprint').to.equal(false);
  });

  it('is accessible (axe) while open, empty and with products', async () => {
    const shortlist = await ready([]);
    await openComparison();
    const el = dialogElement()!;
    await settled(el);
    await expectAccessible(el);
    shortlist.setTray(['alpha', 'bravo', 'charlie']);
    await settled(el);
    await expectAccessible(el);
  });
});

describe('openSharedComparison', () => {
  it('does nothing without the share parameter', async () => {
    const shortlist = await ready(['alpha']);
    await openSharedComparison();
    expect(dialogElement()).to.equal(null);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
  });

  it('applies a link directly when the tray is empty, then removes the parameter and opens the comparison', async () => {
    const shortlist = await ready([]);
    withShare({ ids: ['bravo', 'charlie'], reference: 'bravo', view: 'differences', shortlisted: ['charlie'] });
    const url = new URL(location.href);
    url.searchParams.delete(SHARE_PARAM);
    await openSharedComparison();
    const el = dialogElement()!;
    expect(prompt(el), 'no question for an empty list').to.equal(null);
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'charlie']);
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ charlie: 'shortlisted' });
    expect(shareParam()).to.equal(null);
    expect(location.href).to.equal(url.href);
    expect(mainDialog(el).open).to.equal(true);
    expect(el.view).to.equal('differences');
    expect(el.reference).to.equal('bravo');
    await settled(el);
    expect(el.shadowRoot!.querySelector('th[scope="col"].ref [part="name"]')!.textContent).to.equal('Bravo 15');
  });

  it('asks before replacing a different list; "Replace my list" offers Undo, which restores the old list', async () => {
    const shortlist = await ready(['alpha', 'delta']);
    triageOf(shortlist).mark('alpha', 'eliminated');
    withShare({ ids: ['bravo', 'charlie', 'alpha'], shortlisted: ['alpha'] });
    const done = openSharedComparison();
    await until(() => prompt(dialogElement())?.open, 'the question');
    const el = dialogElement()!;
    const question = prompt(el)!;
    expect(question.matches(':modal')).to.equal(true);
    expect(text(el.shadowRoot!.getElementById(question.getAttribute('aria-labelledby')!))).to.equal('Open the shared comparison?');
    expect(text(el.shadowRoot!.getElementById(question.getAttribute('aria-describedby')!))).to.equal('The link compares 3 products. Your list already holds 2 products.');
    expect(deepActive(), 'focus on a choice that loses nothing').to.equal(choice(el, 'Add to my list'));
    await expectAccessible(el);
    // Nothing changes while the shopper decides.
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'delta']);
    expect(shareParam()).not.to.equal(null);

    choice(el, 'Replace my list').click();
    await done;
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'charlie', 'alpha']);
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ alpha: 'shortlisted' });
    expect(shareParam()).to.equal(null);
    expect(mainDialog(el).open).to.equal(true);
    await until(() => status(el) !== '', 'the status message');
    expect(status(el)).to.equal('The shared comparison replaced your list.');

    const undo = el.shadowRoot!.querySelector<HTMLButtonElement>('.undo')!;
    expect(text(undo)).to.equal('Undo');
    undo.click();
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'delta']);
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ alpha: 'eliminated' });
    expect(status(el)).to.equal('Your previous list is back.');
  });

  it('"Add to my list" merges, within the maximum, and says what did not fit', async () => {
    const shortlist = await ready(['alpha', 'bravo'], { tray: { max: 3 } });
    withShare({ ids: ['bravo', 'charlie', 'delta'] });
    const done = openSharedComparison();
    await until(() => prompt(dialogElement())?.open, 'the question');
    choice(dialogElement()!, 'Add to my list').click();
    await done;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'bravo', 'charlie']);
    await until(() => status(dialogElement()!) !== '', 'the status message');
    expect(status(dialogElement()!)).to.equal('The shared products were added to your list. 1 product did not fit: the list holds at most 3.');
  });

  it('"Keep my list" and Escape keep the list as it was', async () => {
    const shortlist = await ready(['alpha', 'bravo']);
    withShare({ ids: ['charlie'] });
    let done = openSharedComparison();
    await until(() => prompt(dialogElement())?.open, 'the question');
    choice(dialogElement()!, 'Keep my list').click();
    await done;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'bravo']);
    expect(shareParam()).to.equal(null);
    dialogElement()!.close();
    await until(() => !mainDialog(dialogElement()!).open, 'the dialog to close');

    withShare({ ids: ['charlie'] });
    done = openSharedComparison();
    await until(() => prompt(dialogElement())?.open, 'the question');
    await sendKeys({ press: 'Escape' });
    await done;
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'bravo']);
    expect(shareParam()).to.equal(null);
  });

  it('reports a malformed link in the console and politely, never throwing, and changes nothing', async () => {
    const shortlist = await ready(['alpha']);
    history.replaceState(null, '', `${location.pathname}${location.search}${location.search ? '&' : '?'}${SHARE_PARAM}=1:alpha:r999:vz`);
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await openSharedComparison();
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('This comparison link cannot be opened');
    expect(shortlist.$tray.get()).to.deep.equal(['alpha']);
    expect(shareParam()).to.equal(null);
    const el = dialogElement()!;
    await until(() => status(el) !== '', 'the status message');
    expect(status(el)).to.equal('This comparison link cannot be opened. Your list was not changed.');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
  });

  it('uses the inline comparison of a compare page instead of a dialog', async () => {
    const shortlist = await ready(['alpha']);
    const { element } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
    withShare({ ids: ['alpha', 'charlie'] });
    const done = openSharedComparison();
    await until(() => prompt(element)?.open, 'the question');
    expect(dialogElement()).to.equal(null);
    choice(element, 'Replace my list').click();
    await done;
    await settled(element);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'charlie']);
    expect([...element.shadowRoot!.querySelectorAll('th[scope="col"] [part="name"]')].map(text)).to.deep.equal(['Alpha 14', 'Charlie 13']);
    expect(status(element)).to.equal('The shared comparison replaced your list.');
  });
});
