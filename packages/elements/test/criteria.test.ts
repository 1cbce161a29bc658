/**
 * Assertions compare booleans, numbers and strings, never DOM nodes: to word a failure, chai
 * would walk a node as a plain object (its window and all), which stalls the browser.
 *
 * The criteria elements in a real browser: the filter's controls (keyboard, typed numbers,
 * choices, must/nice, importance, add, remove, undo), the dead end and its relax button, the
 * persona picker, fit badges, the virtualized results, the arranged listing, the product page's
 * button, shared criteria in the address — each checked with axe in the states it shows.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig } from '@shortlist/core';
import { createCriteria, encodeCriteria, type Criterion } from '@shortlist/core/criteria';
import { sendKeys } from '@web/test-runner-commands';
import '../src/criteria/add/shortlist-add-criterion.js';
import '../src/criteria/arrange/shortlist-arrange.js';
import '../src/criteria/filter/shortlist-criteria.js';
import '../src/criteria/shortlist-fit.js';
import '../src/criteria/personas/shortlist-persona-picker.js';
import '../src/criteria/results/shortlist-results.js';
import { start as startShared } from '../src/criteria/start.js';
import { connectInTurn } from '../src/criteria/in-turn.js';
import type { ShortlistRankEvent } from '../src/criteria/arrange/events.js';
import { expectAccessible } from './helpers/axe.js';
import { SHOP_ATTRIBUTES as ATTRIBUTES, SHOP_PRODUCTS } from '../../core/test/criteria-fixtures.js';
import { cleanupFixtures, fixture, settled, until } from './helpers/fixture.js';

/** The laptops of the shared fixture: this file needs no other category. */
const PRODUCTS = SHOP_PRODUCTS.filter((product) => product.category === 'laptops');

const WEIGHT: Criterion = { attribute: 'weight', operator: 'at-most', value: 1.4, unit: 'kg', requirement: 'must', importance: 'very-important' };
const PERSONAS = {
  laptops: [
    { key: 'traveller', name: 'Traveller', icon: '🧳', description: 'Light and lasting', criteria: [WEIGHT, { attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', requirement: 'nice', importance: 'important' }] },
    { key: 'budget', name: 'On a budget', image: '/img/laptops-1.svg', criteria: [{ attribute: 'price', operator: 'at-most', value: 900, requirement: 'must', importance: 'normal' }] },
  ],
};

const instances: Shortlist[] = [];

async function start(config: Partial<ShortlistConfig> = {}): Promise<Shortlist> {
  const shortlist = createShortlist({
    storage: 'none',
    locale: 'en',
    currency: 'EUR',
    namespace: `criteria-elements-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES, jsonLd: false, cards: false },
    criteria: { personas: PERSONAS as never },
    ...config,
  });
  instances.push(shortlist);
  await shortlist.ready;
  return shortlist;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (element: Element, name: string) => element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: Element, name: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const legends = (element: Element) => [...element.shadowRoot!.querySelectorAll('legend')].map(text);

/** A filter on the page, ranked. */
async function filter(shortlist: Shortlist, setup?: () => void) {
  const { element } = await fixture('<shortlist-criteria category="laptops"></shortlist-criteria>');
  setup?.();
  await until(() => part(element, 'count'), 'the filter to show its count');
  await settled(element);
  return element;
}

describe('<shortlist-criteria>', () => {
  it('without criteria: says so, counts every product, and offers the attributes of the category', async () => {
    const shortlist = await start();
    const element = await filter(shortlist);
    expect(text(part(element, 'title'))).to.equal('Your criteria');
    expect(text(part(element, 'count'))).to.equal('5 of 5 products meet your must-haves');
    expect(part(element, 'count')!.getAttribute('role')).to.equal('status');
    expect(text(part(element, 'empty'))).to.contain('No criteria yet');
    expect([...element.shadowRoot!.querySelectorAll('select.attribute option')].map(text)).to.deep.equal(['Price', 'Rating', 'Weight', 'Battery life', 'Brand', 'Ports', 'Touch screen']);
    await expectAccessible(element);
  });

  it('shows each criterion as a labelled control, and moves a range with the keyboard, announcing the count', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => connector.pick('traveller'));
    await until(() => legends(element).length === 2, 'two criteria');
    expect(text(part(element, 'title'))).to.equal('Your criteria: Traveller');
    expect(legends(element)).to.deep.equal(['Weight: at most 1.4 kg', 'Battery life: at least 10 hr']);
    expect(text(part(element, 'count'))).to.equal('2 of 5 products meet your must-haves');
    const [low, high] = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type=range]')];
    expect(low!.getAttribute('aria-label')).to.equal('Minimum Weight');
    expect(high!.getAttribute('aria-label')).to.equal('Maximum Weight');
    expect(high!.getAttribute('aria-valuetext')).to.equal('1.4 kg');
    await expectAccessible(element);

    // Keyboard steps: each arrow press moves the maximum by one step (a round hundredth of the range: 0.005 kg) and ranks again.
    expect(high!.step).to.equal('0.005');
    high!.focus();
    for (let press = 0; press < 40; press++) await sendKeys({ press: 'ArrowRight' });
    await until(() => (connector.$context.get().active!.criteria[0] as { value: number }).value === 1.6, 'the maximum at 1.6 kg');
    await until(() => text(part(element, 'count')) === '4 of 5 products meet your must-haves', 'the count to follow');
    expect(legends(element)[0]).to.equal('Weight: at most 1.6 kg');
    expect(high!.getAttribute('aria-valuetext')).to.equal('1.6 kg');
    expect(connector.$context.get().undoable, 'each step can be undone').to.equal(41);
  });

  it('shows the controls of many criteria, each labelled and in order, the count said once and the focus kept while they render', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const nice = { requirement: 'nice', importance: 'normal' } as const;
    const criteria: Criterion[] = [
      { attribute: 'price', operator: 'at-most', value: 1500, ...nice },
      { attribute: 'rating', operator: 'at-least', value: 4, ...nice },
      { ...WEIGHT, ...nice },
      { attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', ...nice },
      { attribute: 'brand', operator: 'one-of', values: ['Lenovo'], ...nice },
      { attribute: 'ports', operator: 'has', values: ['USB-C'], ...nice },
      { attribute: 'touch', operator: 'equals', value: true, ...nice },
    ];
    const labels = ['Price', 'Rating', 'Weight', 'Battery life', 'Brand', 'Ports', 'Touch screen'];
    connector.create();
    criteria.forEach((criterion, index) => connector.edit(index, criterion));
    const { element } = await fixture('<shortlist-criteria category="laptops"></shortlist-criteria>');
    const count = await until(() => part(element, 'count'), 'the count');
    const said = text(count);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(text(count))).observe(count, { subtree: true, childList: true, characterData: true });
    // The first control takes the focus as soon as it shows (the others may still be to come).
    const first = await until(() => element.shadowRoot!.querySelector<HTMLInputElement>('fieldset input[type=range]'), 'the first control');
    first.focus();
    await until(() => legends(element).length === labels.length, 'every control');
    await settled(element);
    expect(legends(element).map((legend) => legend.split(':')[0])).to.deep.equal(labels);
    expect([...element.shadowRoot!.querySelectorAll('fieldset')].map((fieldset) => fieldset.dataset.index)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6']);
    expect(part(element, 'count') === count, 'the same live region').to.equal(true);
    expect(said).to.equal('5 of 5 products meet your must-haves');
    expect(changes, 'the count, not said again').to.deep.equal([]);
    expect(element.shadowRoot!.activeElement === first, 'focus kept').to.equal(true);
    expect(part(element, 'add'), 'nothing left to add').to.equal(null);
    await expectAccessible(element);
  });

  it('while a range is dragged, the count and the criterion follow every step; the other controls\' counts follow when it is let go', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => {
      connector.pick('traveller');
      connector.add('brand', 'a');
    });
    await until(() => legends(element).length === 3, 'three criteria');
    const brands = () => [...element.shadowRoot!.querySelectorAll('fieldset[data-index="2"] label')].map(text);
    const before = brands();
    const high = element.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type=range]')[1]!;
    for (const value of ['1.5', '1.6']) {
      high.value = value;
      high.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => legends(element)[0] === `Weight: at most ${value} kg`, `the criterion at ${value} kg`);
    }
    expect(text(part(element, 'count'))).to.equal('4 of 5 products meet your must-haves');
    expect(brands(), 'counted as before the drag').to.deep.equal(before);
    high.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => brands().join() !== before.join(), 'the brands counted anew');
    // Counted among the laptops passing the other must-haves (at most 1.6 kg): Aero and Delta are Lenovos.
    expect(brands()).to.include('Lenovo (2)');
    expect(connector.$context.get().undoable, 'the drag is one step').to.equal(3);
    await expectAccessible(element);
  });

  it('changes a criterion from its typed numbers, must/nice radios, importance and choices', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => {
      connector.pick('traveller');
      connector.add('brand', 'a');
      connector.add('touch', 'a');
    });
    await until(() => legends(element).length === 4, 'four criteria');
    const [weight, , brand, touch] = [...element.shadowRoot!.querySelectorAll('fieldset')];
    const low = weight!.querySelector<HTMLInputElement>('input[type=number][name=low]')!;
    low.value = '1.25';
    low.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => legends(element)[0] === 'Weight: 1.25 kg to 1.4 kg', 'a range typed');
    weight!.querySelector<HTMLInputElement>('input[value=nice]')!.click();
    const importance = weight!.querySelector<HTMLSelectElement>('select[name=importance]')!;
    importance.value = 'normal';
    importance.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => connector.$context.get().active!.criteria[0]!.requirement === 'nice', 'a nice-to-have');
    expect(connector.$context.get().active!.criteria[0]).to.deep.include({ operator: 'between', min: 1.25, max: 1.4, importance: 'normal' });

    // Choices with live counts: every product passes the (now nice) weight, so all are counted.
    const choices = () => [...brand!.querySelectorAll('.choices label')].map(text);
    await until(() => choices().join() === 'Lenovo (2),Dell (1),Apple (1),HP (1)', 'every product counted');
    expect(brand!.querySelector<HTMLInputElement>('input[value=Lenovo]')!.disabled, 'the last choice stays ticked').to.equal(true);
    brand!.querySelector<HTMLInputElement>('input[value=HP]')!.click();
    await until(() => legends(element)[2] === 'Brand: Lenovo, HP', 'a choice ticked');
    expect([...touch!.querySelectorAll('.row label')].map(text).slice(0, 2)).to.deep.equal(['Yes (2)', 'No (2)']);
    touch!.querySelector<HTMLInputElement>('input[value=false]')!.click();
    await until(() => legends(element)[3] === 'Touch screen: No', 'yes/no set');
    await expectAccessible(element);
  });

  it('adds an attribute (focusing its control), removes one (focus stays in the filter), and undoes', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => connector.pick('traveller'));
    await until(() => legends(element).length === 2, 'two criteria');
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('select.attribute')!;
    select.value = 'rating';
    part(element, 'add')!.querySelector('button')!.click();
    await until(() => legends(element).length === 3, 'a third criterion');
    expect(legends(element)[2]).to.equal('Rating: at least 4');
    await settled(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('rating:2');
    parts(element, 'remove')[2]!.click();
    await until(() => legends(element).length === 2, 'back to two');
    await settled(element);
    expect(element.shadowRoot!.activeElement === part(element, 'count'), 'the count takes the focus of the removed button').to.equal(true);
    part(element, 'undo')!.click();
    await until(() => legends(element).length === 3, 'undone');
  });

  it('renders many criteria a few controls per frame: the count and the first at once, the rest and the attribute to add after; updateComplete waits for all', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const six: Criterion[] = [
      WEIGHT,
      { attribute: 'battery', operator: 'at-least', value: 8, unit: 'h', requirement: 'nice', importance: 'important' },
      { attribute: 'brand', operator: 'one-of', values: ['Lenovo', 'Apple'], requirement: 'nice', importance: 'normal' },
      { attribute: 'touch', operator: 'equals', value: true, requirement: 'nice', importance: 'normal' },
      { attribute: 'price', operator: 'at-most', value: 1500, requirement: 'nice', importance: 'normal' },
      { attribute: 'rating', operator: 'at-least', value: 4, requirement: 'nice', importance: 'normal' },
    ] as Criterion[];
    six.forEach((criterion, index) => connector.edit(index, criterion));
    const { element } = await fixture('<shortlist-criteria category="laptops"></shortlist-criteria>');
    await until(() => element.shadowRoot, 'the filter to connect');
    // What each update shows once the criteria are ranked: an update's mutations are delivered before the next task's.
    const seen: Array<{ controls: number; add: boolean }> = [];
    const observer = new MutationObserver(() => {
      if (part(element, 'count')) seen.push({ controls: legends(element).length, add: !!part(element, 'add') });
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    await until(() => part(element, 'count'), 'the count');
    await element.updateComplete;
    observer.disconnect();
    expect(seen[0], 'the first render with the count').to.deep.equal({ controls: 2, add: false });
    expect([...new Set(seen.map(({ controls }) => controls))], 'a few more each time').to.deep.equal([2, 4, 6]);
    expect(legends(element)).to.have.length(6);
    expect(part(element, 'add'), 'the attribute to add, below the controls').to.not.equal(null);
    await expectAccessible(element);
  });

  it('never dead-ends: with no product passing, the closest ones and the criterion to relax, whose button brings them back', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => {
      connector.pick('traveller');
      connector.edit(0, { ...WEIGHT, value: 1.1 } as Criterion);
    });
    await until(() => part(element, 'dead-end'), 'the dead end');
    expect(text(part(element, 'count'))).to.equal('0 of 5 products meet your must-haves');
    const deadEnd = part(element, 'dead-end')!;
    expect([...deadEnd.querySelectorAll('li')].map(text)).to.deep.equal([
      'Aero misses only: Weight: 1.2 kg, 0.1 kg over your 1.1 kg',
      'Brio misses only: Weight: 1.3 kg, 0.2 kg over your 1.1 kg',
      'Cirrus misses only: Weight: 1.5 kg, 0.4 kg over your 1.1 kg',
    ]);
    expect(text(part(element, 'relax'))).to.equal('Allow “Weight: at most 1.2 kg”: 1 more product');
    await expectAccessible(element);
    part(element, 'relax')!.focus();
    part(element, 'relax')!.click();
    await until(() => text(part(element, 'count')) === '1 of 5 products meets your must-haves', 'one product back');
    await settled(element);
    expect(part(element, 'dead-end') === null).to.equal(true);
    expect(element.shadowRoot!.activeElement === part(element, 'count'), 'the count takes the focus of the relax button').to.equal(true);
  });

  it('lists a criterion that cannot rank these products, so it can be removed', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    const element = await filter(shortlist, () => connector.edit(0, { attribute: 'colour', operator: 'one-of', values: ['Red'], requirement: 'must', importance: 'normal' }));
    await until(() => legends(element).length === 1, 'the unusable criterion');
    expect(legends(element)).to.deep.equal(['colour: cannot rank these products']);
    expect(text(part(element, 'count')), 'it is left out of the ranking').to.equal('5 of 5 products meet your must-haves');
  });
});

describe('<shortlist-persona-picker>', () => {
  it('offers the brand\'s personas and the shopper\'s own sets as one radio group, picked with the keyboard', async () => {
    const shortlist = await start();
    const { element } = await fixture('<shortlist-persona-picker category="laptops"></shortlist-persona-picker>');
    const connector = createCriteria(shortlist, 'laptops');
    const radios = () => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios().map((radio) => text(radio.closest('label')))).to.deep.equal(['No one in particular', '🧳Traveller', 'On a budget']);
    expect(radios()[0]!.checked).to.equal(true);
    expect(element.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('');
    expect(text(element.shadowRoot!.getElementById(radios()[1]!.getAttribute('aria-describedby')!))).to.equal('Light and lasting');
    await expectAccessible(element);

    radios()[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => connector.$context.get().active?.persona === 'traveller', 'the traveller picked');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => connector.$context.get().active?.persona === 'budget', 'the budget picked');
    await sendKeys({ press: 'ArrowUp' });
    await until(() => connector.$context.get().active?.persona === 'traveller', 'back to the traveller');
    expect(connector.$context.get().contexts, 'one context per persona').to.have.length(2);
    await settled(element);
    await expectAccessible(element);
  });

  it('starts, renames and deletes the shopper\'s own sets', async () => {
    const shortlist = await start();
    const { element } = await fixture('<shortlist-persona-picker category="laptops"></shortlist-persona-picker>');
    const connector = createCriteria(shortlist, 'laptops');
    part(element, 'new')!.click();
    await settled(element);
    const name = part(element, 'name') as HTMLInputElement;
    expect(name.value).to.equal('My criteria 1');
    name.value = 'Holiday';
    name.dispatchEvent(new Event('change'));
    await settled(element);
    expect(text(element.shadowRoot!.querySelector('input:checked')!.closest('label'))).to.equal('Holiday');
    expect(text(part(element, 'delete'))).to.equal('Delete “Holiday”');
    part(element, 'delete')!.click();
    await settled(element);
    expect(connector.$context.get().contexts).to.deep.equal([]);
    expect(part(element, 'delete') === null).to.equal(true);
  });
});

describe('<shortlist-fit>', () => {
  it('shows nothing without criteria; a badge in words (and its reasons with `details`) with them', async () => {
    const shortlist = await start();
    const { container } = await fixture('<shortlist-fit product="e"></shortlist-fit><shortlist-fit product="a" details></shortlist-fit>');
    const [echo, aero] = [...container.querySelectorAll('shortlist-fit')];
    expect(echo!.shadowRoot!.childElementCount).to.equal(0);
    createCriteria(shortlist, 'laptops').pick('traveller');
    await until(() => part(echo!, 'badge'), 'a badge');
    await settled(container);
    expect(text(part(echo!, 'badge')), 'too heavy, and its battery too short to count').to.equal('✕Misses a must-have · 0/100');
    expect(text(part(aero!, 'badge'))).to.equal('★Great fit · 100/100');
    expect([...part(aero!, 'reasons')!.querySelectorAll('li')].map(text)).to.deep.equal(['✓ Weight: 1.2 kg, as you want', '✓ Battery life: 10 hr, as you want']);
    await expectAccessible(container);
  });

  it('connects in turn on a listing of many cards: none in the task that inserts them, every one renders and follows the criteria, one removed before its turn stays idle', async () => {
    const shortlist = await start();
    const connector = createCriteria(shortlist, 'laptops');
    connector.pick('traveller');
    const ids = PRODUCTS.map(({ id }) => id);
    // Read before each badge has its shadow root: its badge's text, or '' while it has none.
    const shown = (badge: Element) => text(badge.shadowRoot?.querySelector('[part~="badge"]'));
    const container = document.createElement('div');
    container.innerHTML = Array.from({ length: 200 }, (_, index) => `<shortlist-fit product="${ids[index % ids.length]}"></shortlist-fit>`).join('');
    document.body.append(container);
    try {
      const badges = [...container.querySelectorAll('shortlist-fit')];
      expect(badges.filter((badge) => badge.shadowRoot).length, 'no shadow root in the inserting task').to.equal(0);
      const removed = badges.pop()!;
      removed.remove();
      await until(() => badges.every((badge) => shown(badge)), 'every badge');
      expect(badges.filter((badge, index) => shown(badge) !== shown(badges[index % ids.length]!)).length, 'the same product, the same badge').to.equal(0);
      expect(shown(badges[0]!), 'Aero, as a single badge shows it').to.equal('★Great fit · 100/100');
      expect(removed.shadowRoot === null, 'removed before its turn: never connected').to.equal(true);
      connector.pick(undefined);
      await until(() => badges.every((badge) => !shown(badge)), 'no badge without criteria');
    } finally {
      container.remove();
    }
  });
});

describe('connecting in turn', () => {
  it('an element whose connecting fails is reported (reportError) and the others still connect', async () => {
    const elements = Array.from({ length: 3 }, () => document.body.appendChild(document.createElement('div')));
    const connected: Element[] = [];
    const reported: unknown[] = [];
    // Kept from the test runner, which fails a test on any error the page reports.
    const reportError = window.reportError;
    window.reportError = (error) => reported.push(error);
    try {
      const failure = new Error('a failing first render');
      elements.forEach((element, index) =>
        connectInTurn(element, () => {
          if (index === 1) throw failure;
          connected.push(element);
        }),
      );
      await until(() => connected.length === 2, 'the others to connect');
      expect(connected).to.deep.equal([elements[0], elements[2]]);
      expect(reported).to.deep.equal([failure]);
    } finally {
      window.reportError = reportError;
      elements.forEach((element) => element.remove());
    }
  });
});

describe('<shortlist-add-criterion>', () => {
  it('offers a product\'s value as a criterion, adds it to the active context, and says so politely', async () => {
    const shortlist = await start();
    const { element } = await fixture('<shortlist-add-criterion product="d" attribute="weight"></shortlist-add-criterion>');
    expect(text(part(element, 'base')), 'no number formatted before it is pressed').to.equal('Add Weight to my criteria');
    part(element, 'base')!.click();
    await settled(element);
    expect(text(part(element, 'status'))).to.equal('Added to “My criteria 1”: Weight: at most 1.55 kg');
    expect(part(element, 'status')!.getAttribute('role')).to.equal('status');
    expect(createCriteria(shortlist, 'laptops').$context.get().active!.criteria).to.deep.equal([{ attribute: 'weight', requirement: 'nice', importance: 'normal', operator: 'at-most', value: 1.55 }]);
    await expectAccessible(element);
  });
});

describe('<shortlist-arrange>', () => {
  const CARDS = `<shortlist-arrange category="laptops"><ul>${PRODUCTS.map(({ id, name }) => `<li><article data-shortlist-product="${id}"><a href="#${id}">${name}</a></article></li>`).join('')}</ul></shortlist-arrange>`;
  const order = (element: Element) => [...element.querySelectorAll<HTMLElement>('[data-shortlist-product]')].filter((card) => !card.parentElement!.hidden).map((card) => card.dataset.shortlistProduct);

  it('orders the page\'s own cards by fit, hides those missing a must-have with `hide`, and restores the page order without criteria', async () => {
    const shortlist = await start();
    const { element } = await fixture(CARDS);
    const ranks: ShortlistRankEvent[] = [];
    element.addEventListener('shortlist-rank', (event) => ranks.push(event));
    const connector = createCriteria(shortlist, 'laptops');
    // At most 900 €: Delta and Echo pass; Aero is the nearest of the others.
    connector.pick('budget');
    await until(() => order(element).join() === 'd,e,a,b,c', 'ordered by fit');
    // A card that stays in view while others hide, and moves when the order changes.
    const link = element.querySelector<HTMLElement>('a[href="#d"]')!;
    link.focus();
    element.setAttribute('hide', '');
    await until(() => order(element).join() === 'd,e', 'hidden');
    connector.pick(undefined);
    await until(() => order(element).join() === 'a,b,c,d,e', 'the page order');
    expect(document.activeElement === link, 'focus survives the moves').to.equal(true);
    expect(ranks.at(-1)!.ids).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(ranks.some((event) => event.ids.join() === 'd,e,a,b,c' && event.passing === 2)).to.equal(true);
  });

  it('keeps the listing in the page\'s DOM, with no box of its own, and none at all when hidden', async () => {
    await start();
    const { element } = await fixture(CARDS);
    await settled(element);
    expect(element.shadowRoot).to.equal(null);
    expect(getComputedStyle(element).display).to.equal('contents');
    element.hidden = true;
    expect(getComputedStyle(element).display).to.equal('none');
  });
});

describe('<shortlist-results>', () => {
  it('lists thousands of products best fit first with only the rows in view in the page, and scrolls through all', async () => {
    const many = Array.from({ length: 3000 }, (_, index) => ({ id: `p${index}`, name: `Laptop ${index}`, category: 'laptops', price: 500 + (index % 1000), attributes: { weight: `${1 + (index % 150) / 100} kg` } }));
    const shortlist = await start({ catalog: { products: many, attributes: ATTRIBUTES, jsonLd: false, cards: false } });
    const { element } = await fixture('<shortlist-results category="laptops"></shortlist-results>');
    createCriteria(shortlist, 'laptops').edit(0, { ...WEIGHT, value: 1.2 } as Criterion);
    await until(() => part(element, 'item') && text(part(element, 'summary')) === '3,000 products, best fit first', 'the results');
    await settled(element);
    const items = () => parts(element, 'item');
    expect(items().length).to.be.below(40);
    expect(items()[0]!.getAttribute('aria-setsize')).to.equal('3000');
    expect(text(items()[0]!.querySelector('[part=name]'))).to.equal('Laptop 0');
    expect(text(part(element, 'badge'))).to.equal('★Great fit · 100/100');
    const scroller = part(element, 'scroller')!;
    // The rows' height is measured once they are laid out: then the list has room for every row.
    await until(() => scroller.scrollHeight > 3000 * 40, 'room for every row');
    scroller.scrollTop = scroller.scrollHeight;
    await until(() => items().at(-1)?.getAttribute('aria-posinset') === '3000', 'the last row');
    expect(text(items().at(-1)!.querySelector('[part=reason]')), 'the heaviest last').to.equal('Weight: 2.49 kg, 1.29 kg over your 1.2 kg');
    expect(items().length).to.be.below(40);
    await expectAccessible(element);
  });

  it('renders its rows a frame after its first ranked render, and updateComplete waits for them', async () => {
    const shortlist = await start();
    createCriteria(shortlist, 'laptops').edit(0, WEIGHT);
    const { element } = await fixture('<shortlist-results category="laptops"></shortlist-results>');
    await until(() => element.shadowRoot, 'the results to connect');
    const rowsWithSummary: number[] = [];
    const observer = new MutationObserver(() => {
      if (part(element, 'summary')) rowsWithSummary.push(parts(element, 'item').length);
    });
    observer.observe(element.shadowRoot!, { childList: true, subtree: true });
    await until(() => part(element, 'summary'), 'the summary');
    await element.updateComplete;
    observer.disconnect();
    expect(rowsWithSummary[0], 'the first ranked render: the summary alone').to.equal(0);
    expect(parts(element, 'item'), 'then a row for every product').to.have.length(5);
    expect(text(part(element, 'summary'))).to.equal('5 products, best fit first');
    await expectAccessible(element);
  });
});

describe('shared criteria in the address', () => {
  it('become the shopper\'s own context, active in their category, and leave the address', async () => {
    const shortlist = await start();
    const shared = [{ name: 'Friend\'s pick', category: 'laptops', criteria: [WEIGHT] }];
    const before = location.href;
    history.replaceState(null, '', `?keep=1&shortlist-criteria=${encodeCriteria(shared)}`);
    try {
      await startShared();
      expect(createCriteria(shortlist, 'laptops').$context.get().active).to.deep.include({ name: 'Friend\'s pick', category: 'laptops' });
      expect(location.search).to.equal('?keep=1');
      history.replaceState(null, '', '?shortlist-criteria=1.broken');
      const errors: string[] = [];
      shortlist.on('error', ({ error }) => errors.push(error.field!));
      await startShared();
      expect(errors).to.deep.equal(['shortlist-criteria']);
      expect(location.search).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});
