/**
 * Where the fit shows outside the criteria's own elements, while the criteria filter runs on the
 * page: the comparison (a badge per product, met / missed / unknown marks in the cells a criterion
 * judges, sorting by fit, "make this a criterion", criteria in share links) and the tray's panel
 * (badges, best fit first). Assertions compare strings and booleans, never DOM nodes.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist } from '@shortlist/core';
import { readShare } from '@shortlist/core/compare';
import { createCriteria, decodeCriteria, fitOf, type Criterion } from '@shortlist/core/criteria';
import '../src/compare/shortlist-compare.js';
import '../src/tray/shortlist-tray.js';
import type { ShortlistTray } from '../src/tray/shortlist-tray.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled, until } from './helpers/fixture.js';

const PRODUCTS = [
  { id: 'a', name: 'Aero', category: 'laptops', price: 999, attributes: { weight: '1.2 kg', battery: '10 h', brand: 'Lenovo' } },
  { id: 'b', name: 'Brio', category: 'laptops', price: 1299, attributes: { weight: '1.3 kg', brand: 'Dell' } },
  { id: 'e', name: 'Echo', category: 'laptops', price: 799, attributes: { weight: '1.7 kg', battery: '9 h', brand: 'HP' } },
];
const ATTRIBUTES = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower', group: 'Build' },
  { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher', group: 'Build' },
  { key: 'brand', label: 'Brand', type: 'enum', group: 'Build' },
];
const CRITERIA: Criterion[] = [
  { attribute: 'weight', operator: 'at-most', value: 1.4, unit: 'kg', requirement: 'must', importance: 'normal' },
  { attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', requirement: 'nice', importance: 'normal' },
];

const instances: Shortlist[] = [];

/** An instance whose tray holds Echo, Brio and Aero, with the criteria above active for laptops. */
async function start(): Promise<Shortlist> {
  const shortlist = createShortlist({
    storage: 'none',
    locale: 'en',
    currency: 'EUR',
    namespace: `criteria-views-${Math.random().toString(36).slice(2, 8)}`,
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES as never, jsonLd: false, cards: false },
  });
  instances.push(shortlist);
  await shortlist.ready;
  shortlist.setTray(['e', 'b', 'a']);
  const criteria = createCriteria(shortlist, 'laptops');
  criteria.create();
  CRITERIA.forEach((criterion, index) => criteria.edit(index, criterion));
  await until(() => fitOf(shortlist).get()?.attributes.has('battery'), 'the fit of both criteria');
  return shortlist;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the fit in the comparison', () => {
  it('shows a badge per product and a mark in each cell a criterion judges, in words for screen readers', async () => {
    await start();
    const { element } = await fixture('<shortlist-compare></shortlist-compare>');
    const root = element.shadowRoot!;
    // Brio's battery life is unknown: its score comes from what is known.
    expect([...root.querySelectorAll('th[scope=col] [part~=fit]')].map(text)).to.deep.equal(['Misses a must-have · 0/100', 'Great fit · 100/100', 'Great fit · 100/100']);
    const row = (label: string) => [...root.querySelectorAll('tr')].find((tr) => text(tr.querySelector('th[scope=row]')).startsWith(label))!;
    const marks = (label: string) => [...row(label).querySelectorAll('td')].map((cell) => text(cell.querySelector('[part~=fit-mark] .visually-hidden')));
    expect(marks('Weight')).to.deep.equal(['Weight: 1.7 kg, 0.3 kg over your 1.4 kg', 'Weight: 1.3 kg, as you want', 'Weight: 1.2 kg, as you want']);
    expect(marks('Battery life')).to.deep.equal(['Battery life: 9 hr, 1 hr under your 10 hr', 'Battery life: not specified', 'Battery life: 10 hr, as you want']);
    expect([...row('Weight').querySelectorAll('[part~=fit-mark] [aria-hidden]')].map(text), 'a symbol each, not colour alone').to.deep.equal(['✕', '✓', '✓']);
    expect(marks('Brand'), 'no criterion on brand').to.deep.equal(['', '', '']);
    await expectAccessible(element);
  });

  it('sorts the products by fit, makes a row a criterion (like the pinned product), and shares the criteria with the link', async () => {
    const shortlist = await start();
    const { element } = await fixture<HTMLElement & { reference?: string }>('<shortlist-compare></shortlist-compare>');
    const root = element.shadowRoot!;
    const sortKey = root.querySelector<HTMLSelectElement>('select.sort-key')!;
    expect(sortKey.options[0]!.text).to.equal('Fit');
    sortKey.value = 'fit';
    root.querySelector<HTMLSelectElement>('select.sort-direction')!.value = 'descending';
    [...root.querySelectorAll('button')].find((button) => text(button) === 'Sort')!.click();
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b', 'e']);

    element.reference = 'e';
    await settled(element);
    const make = root.querySelector<HTMLButtonElement>('[data-make=brand]')!;
    expect(make.getAttribute('aria-label')).to.equal('Make Brand a criterion');
    make.click();
    await settled(element);
    expect(text(root.querySelector('[part=status]'))).to.equal('Added to “My criteria 1”: Brand: HP');
    expect(createCriteria(shortlist, 'laptops').$context.get().active!.criteria.map(({ attribute }) => attribute)).to.deep.equal(['weight', 'battery', 'brand']);

    const url = await new Promise<string>((resolve) => {
      element.addEventListener('shortlist-compare-share', (event) => resolve((event as Event & { url: string }).url), { once: true });
      [...root.querySelectorAll('button')].find((button) => text(button) === 'Share link')!.click();
    });
    expect((readShare(url) as { ids: string[] }).ids).to.deep.equal(['a', 'b', 'e']);
    const [shared] = decodeCriteria(new URL(url).searchParams.get('shortlist-criteria')!)!;
    expect(shared!.criteria.map(({ attribute }) => attribute)).to.deep.equal(['weight', 'battery', 'brand']);
  });
});

describe('the fit in the tray', () => {
  it('lists the products best fit first, each with its badge', async () => {
    await start();
    const { element } = await fixture<ShortlistTray>('<shortlist-tray position="inline"></shortlist-tray>');
    element.expanded = true;
    await settled(element);
    await customElements.whenDefined('shortlist-tray-panel');
    const panel = element.shadowRoot!.querySelector('shortlist-tray-panel')!;
    await settled(panel);
    const items = [...panel.shadowRoot!.querySelectorAll('[part=item]')];
    expect(items.map((item) => text(item.querySelector('[part=name]')))).to.deep.equal(['Aero', 'Brio', 'Echo']);
    expect(items.map((item) => text(item.querySelector('[part=fit]')))).to.deep.equal(['Great fit · 100/100', 'Great fit · 100/100', 'Misses a must-have · 0/100']);
    await expectAccessible(element);
  });
});
