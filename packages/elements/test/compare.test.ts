import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist, type ShortlistConfig, type ShortlistEvent } from '@shortlist/core';
import { notesOf, readShare, triageOf, type ShareState } from '@shortlist/core/compare';
import { sendKeys } from '@web/test-runner-commands';
import '../src/compare/shortlist-compare.js';
import type { ShortlistCompare } from '../src/compare/shortlist-compare.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled, until } from './helpers/fixture.js';

const ATTRIBUTES = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'g', better: 'lower', group: 'Build' },
  { key: 'material', label: 'Material', type: 'enum', group: 'Build' },
  { key: 'screen', label: 'Screen size', type: 'number', unit: 'in', better: 'higher', group: 'Display' },
  { key: 'touch', label: 'Touch screen', type: 'boolean', better: 'higher', group: 'Display' },
  { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher', group: 'Battery' },
  { key: 'ports', label: 'Ports', type: 'set', group: 'Connectivity' },
];

/**
 * Alpha and Bravo share their material (a similarity); everything else differs. Bravo's
 * weight is given in kilograms and normalizes to 1400 g. Charlie has no screen size.
 */
const PRODUCTS = [
  { id: 'alpha', name: 'Alpha 14', url: 'https://shop.example/alpha', price: 999, attributes: { weight: '1200 g', material: 'Aluminium', screen: 14, touch: true, battery: '10 h', ports: ['USB-C', 'HDMI'] } },
  { id: 'bravo', name: 'Bravo 15', url: 'https://shop.example/bravo', price: 1299, attributes: { weight: '1.4 kg', material: 'Aluminium', screen: '15.6 in', touch: false, battery: '9 h', ports: ['USB-C'] } },
  { id: 'charlie', name: 'Charlie 13', price: 899, attributes: { weight: '1100 g', material: 'Plastic', touch: false, battery: '12 h' } },
  { id: 'xss', name: '<img src=x onerror="window.__xss=1">', price: 1, attributes: { material: '<script>window.__xss=2</script>' } },
  { id: 'formula', name: '=HYPERLINK("https://evil.example","click")', price: 5, attributes: { material: '+cmd|calc' } },
];

let counter = 0;
const instances: Shortlist[] = [];

function start(overrides: Omit<ShortlistConfig, 'catalog'> = {}, products: unknown[] = PRODUCTS): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `compare-${++counter}-${Math.random().toString(36).slice(2, 8)}`,
    currency: 'USD',
    catalog: { products, attributes: ATTRIBUTES as never, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

/** An instance with `ids` in its tray and an inline comparison, rendered completely. */
async function setup(ids: string[], overrides: Omit<ShortlistConfig, 'catalog'> = {}) {
  const shortlist = start(overrides);
  await shortlist.ready;
  shortlist.setTray(ids);
  const { container, element } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
  await settled(container);
  return { shortlist, container, el: element, root: element.shadowRoot! };
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const columnNames = (root: ShadowRoot) => [...root.querySelectorAll('th[scope="col"] [part="name"]')].map(text);
const rowHeader = (root: ShadowRoot, label: string) => [...root.querySelectorAll('th[scope="row"]')].find((th) => text(th) === label);
/** The value cells of the row labelled `label`. */
function cells(root: ShadowRoot, label: string): HTMLTableCellElement[] {
  const header = rowHeader(root, label);
  expect(header, `row "${label}"`).to.exist;
  return [...header!.parentElement!.querySelectorAll('td')];
}
const cellTexts = (root: ShadowRoot, label: string) => cells(root, label).map(text);
/** The action buttons of one product's column. */
const button = (root: ShadowRoot, id: string, action: string) => {
  const found = root.querySelector<HTMLButtonElement>(`td[data-id="${id}"] [data-action="${action}"]`);
  expect(found, `${action} button of ${id}`).to.exist;
  return found!;
};
const groupToggle = (root: ShadowRoot, label: string) => [...root.querySelectorAll<HTMLButtonElement>('.toggle')].find((toggle) => text(toggle) === label)!;
const status = (root: ShadowRoot) => text(root.querySelector('[part="status"]'));
const visible = (element: Element | undefined) => !!element && element.checkVisibility();

function record<K extends 'compare-open' | 'compare-export' | 'compare-share'>(shortlist: Shortlist, type: K) {
  const events: ShortlistEvent<K>[] = [];
  shortlist.on(type, (event) => events.push(event));
  return events;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

describe('<shortlist-compare> inline', () => {
  it('renders the tray as a table: caption, product column headers, grouped rows with row headers', async () => {
    const { root } = await setup(['alpha', 'bravo']);
    const table = root.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Comparison of 2 products');
    expect(columnNames(root)).to.deep.equal(['Alpha 14', 'Bravo 15']);
    expect(root.querySelector<HTMLAnchorElement>('th[scope="col"] a[part="name"]')!.href).to.equal('https://shop.example/alpha');
    // The summary group comes first, then the catalog's groups in order; each is a tbody.
    expect([...root.querySelectorAll('tbody .toggle')].map(text)).to.deep.equal(['Overview', 'Build', 'Display', 'Battery', 'Connectivity']);
    const build = groupToggle(root, 'Build').closest('tbody')!;
    expect([...build.querySelectorAll('th[scope="row"]')].map(text)).to.deep.equal(['Weight', 'Material']);
    expect(build.querySelector('tr.head th')!.getAttribute('scope')).to.equal('rowgroup');
    expect(cellTexts(root, 'Price')[0]).to.contain('$999.00');
    // Every value cell has a row header and a column header.
    for (const row of table.querySelectorAll('tbody tr:not(.head)')) {
      expect(row.querySelector('th')!.getAttribute('scope')).to.equal('row');
      expect(row.querySelectorAll('td')).to.have.length(2);
    }
  });

  it('formats values with their units for the locale and says "Not specified" for missing ones', async () => {
    const en = await setup(['alpha', 'charlie']);
    expect(cellTexts(en.root, 'Weight').map((value) => value.replace(/ ?★?Best/, ''))).to.deep.equal(['1,200 g', '1,100 g']);
    expect(cellTexts(en.root, 'Screen size')[1]).to.equal('Not specified');
    expect(cells(en.root, 'Screen size')[1]!.classList.contains('ns')).to.equal(true);
    expect(cellTexts(en.root, 'Ports')).to.deep.equal(['USB-C, HDMI', 'Not specified']);
    cleanupFixtures();

    const de = await setup(['alpha', 'bravo'], { locale: 'de-DE' });
    // 1.4 kg was normalized to grams and is shown in the attribute's unit with German separators.
    const grams = (value: number) => new Intl.NumberFormat('de-DE', { style: 'unit', unit: 'gram', maximumFractionDigits: 2 }).format(value);
    expect(cellTexts(de.root, 'Weight')[1]).to.equal(grams(1400));
    expect(grams(1400)).to.equal('1.400 g');
    expect(text(de.root.querySelector('caption'))).to.equal('Vergleich von 2 Produkten');
    expect(cellTexts(de.root, 'Touch screen')).to.deep.equal(['Ja Bester Wert', 'Nein']);
  });

  it('marks the best value of each row with visible text, following the attribute direction', async () => {
    const { root } = await setup(['alpha', 'bravo', 'charlie']);
    // Weight: lower is better → Charlie (1100 g). Battery: higher is better → Charlie (12 h).
    const weight = cells(root, 'Weight');
    expect(weight.map((cell) => !!cell.querySelector('[part="best"]'))).to.deep.equal([false, false, true]);
    expect(text(weight[2]!.querySelector('[part="best"]'))).to.equal('Best');
    expect(weight[2]!.classList.contains('top'), 'best cells are also shaded').to.equal(true);
    // Screen: higher is better → Bravo; Charlie's is not specified and never best.
    expect(cells(root, 'Screen size').map((cell) => text(cell).includes('Best'))).to.deep.equal([false, true, false]);
    // Price: lower is better → Charlie ($899).
    expect(cells(root, 'Price').map((cell) => text(cell).includes('Best'))).to.deep.equal([false, false, true]);
    // Material has no direction: nothing is best.
    expect(cells(root, 'Material').some((cell) => text(cell).includes('Best'))).to.equal(false);
  });

  it('shows only differences or only similarities by hiding rows, without re-rendering cells', async () => {
    const { el, root } = await setup(['alpha', 'bravo']);
    const body = root.querySelector('table')!;
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(body, { childList: true, subtree: true, characterData: true });

    const radio = (value: string) => root.querySelector<HTMLInputElement>(`input[name="view"][value="${value}"]`)!;
    radio('differences').click();
    await el.updateComplete;
    expect(el.getAttribute('view')).to.equal('differences');
    expect(visible(rowHeader(root, 'Material')), 'same material hidden').to.equal(false);
    expect(visible(rowHeader(root, 'Weight'))).to.equal(true);
    expect(visible(rowHeader(root, 'Touch screen'))).to.equal(true);

    radio('similarities').click();
    await el.updateComplete;
    expect(visible(rowHeader(root, 'Material'))).to.equal(true);
    expect(visible(rowHeader(root, 'Weight'))).to.equal(false);
    // A group without a similar row disappears with its heading.
    expect(visible(groupToggle(root, 'Display'))).to.equal(false);
    expect(visible(groupToggle(root, 'Build'))).to.equal(true);

    radio('all').click();
    await el.updateComplete;
    expect(visible(rowHeader(root, 'Material'))).to.equal(true);
    expect(visible(rowHeader(root, 'Weight'))).to.equal(true);
    observer.disconnect();
    expect(mutations, 'DOM mutations inside the table while switching views').to.have.length(0);
  });

  it('orders rows by how much they separate the products when asked', async () => {
    const { el, root } = await setup(['alpha', 'bravo']);
    const display = () => [...groupToggle(root, 'Display').closest('tbody')!.querySelectorAll('th[scope="row"]')].map(text);
    // The retailer's order; touch (Yes/No: fully separating) separates more than 14 vs 15.6 in.
    expect(display()).to.deep.equal(['Screen size', 'Touch screen']);
    const toggle = [...root.querySelectorAll('label')].find((label) => text(label) === 'Order rows by how much they differ')!.querySelector('input')!;
    expect(toggle.checked).to.equal(false);
    toggle.click();
    await el.updateComplete;
    expect(display()).to.deep.equal(['Touch screen', 'Screen size']);
  });

  it('starts in separation order when the retailer configures it', async () => {
    const { root } = await setup(['alpha', 'bravo'], { compare: { orderBy: 'separation', labels: { touch: 'Touch', Display: 'Screen' } } });
    const display = [...groupToggle(root, 'Screen').closest('tbody')!.querySelectorAll('th[scope="row"]')].map(text);
    expect(display).to.deep.equal(['Touch', 'Screen size']);
  });

  it('shows the configured attributes and groups in the configured order', async () => {
    const { root } = await setup(['alpha', 'bravo'], { compare: { attributes: ['battery', 'weight', 'screen'], groups: ['Battery', 'Display', 'Build'] } });
    expect([...root.querySelectorAll('tbody .toggle')].map(text)).to.deep.equal(['Overview', 'Battery', 'Display', 'Build']);
    expect(rowHeader(root, 'Material')).to.equal(undefined);
  });

  it('collapses and expands a group with its heading button (aria-expanded)', async () => {
    const { el, root } = await setup(['alpha', 'bravo']);
    const toggle = groupToggle(root, 'Build');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await el.updateComplete;
    expect(groupToggle(root, 'Build').getAttribute('aria-expanded')).to.equal('false');
    expect(visible(rowHeader(root, 'Weight'))).to.equal(false);
    expect(visible(groupToggle(root, 'Build')), 'the heading stays').to.equal(true);
    expect(visible(rowHeader(root, 'Screen size')), 'other groups stay open').to.equal(true);
    groupToggle(root, 'Build').click();
    await el.updateComplete;
    expect(groupToggle(root, 'Build').getAttribute('aria-expanded')).to.equal('true');
    expect(visible(rowHeader(root, 'Weight'))).to.equal(true);
  });

  it('pins a reference: other cells show their difference ("+200 g", "−1 h") or "Same"', async () => {
    const { el, root } = await setup(['alpha', 'bravo', 'charlie']);
    const pin = button(root, 'alpha', 'pin');
    expect(pin.getAttribute('aria-pressed')).to.equal('false');
    expect(pin.getAttribute('aria-label')).to.equal('Pin Alpha 14 as reference');
    pin.click();
    await el.updateComplete;
    expect(button(root, 'alpha', 'pin').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root.querySelector('th[scope="col"].ref'))).to.contain('Reference');
    const weight = cells(root, 'Weight');
    expect(text(weight[1]!.querySelector('[part="delta"]'))).to.equal('+200 g');
    expect(text(weight[2]!.querySelector('[part="delta"]'))).to.equal('\u2212100 g');
    expect(weight[0]!.querySelector('[part="delta"]'), 'the reference shows no delta').to.equal(null);
    expect(weight[0]!.classList.contains('ref')).to.equal(true);
    const hour = new Intl.NumberFormat('en', { style: 'unit', unit: 'hour', maximumFractionDigits: 2 }).format(1);
    expect(text(cells(root, 'Battery life')[1]!.querySelector('[part="delta"]'))).to.equal(`\u2212${hour}`);
    expect(text(cells(root, 'Material')[1]!.querySelector('[part="delta"]'))).to.equal('Same');
    // Prices are measured too, in the price's currency.
    expect(text(cells(root, 'Price')[1]!.querySelector('[part="delta"]'))).to.equal('+$300.00');

    button(root, 'alpha', 'pin').click();
    await el.updateComplete;
    expect(root.querySelector('[part="delta"]'), 'unpinned: no deltas').to.equal(null);
  });

  it('triages: shortlist and eliminate (aria-pressed), then hide the eliminated columns', async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo', 'charlie']);
    button(root, 'bravo', 'eliminated').click();
    await el.updateComplete;
    button(root, 'charlie', 'shortlisted').click();
    await el.updateComplete;
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ bravo: 'eliminated', charlie: 'shortlisted' });
    expect(button(root, 'bravo', 'eliminated').getAttribute('aria-pressed')).to.equal('true');
    expect(button(root, 'charlie', 'shortlisted').getAttribute('aria-pressed')).to.equal('true');
    expect(text(root.querySelectorAll('th[scope="col"]')[1])).to.contain('Eliminated');
    expect(text(root.querySelectorAll('th[scope="col"]')[2])).to.contain('Shortlisted');

    const hide = [...root.querySelectorAll('label')].find((label) => text(label).startsWith('Hide eliminated'))!;
    expect(text(hide)).to.equal('Hide eliminated (1)');
    hide.querySelector('input')!.click();
    await el.updateComplete;
    expect(columnNames(root)).to.deep.equal(['Alpha 14', 'Charlie 13']);
    expect(cells(root, 'Weight')).to.have.length(2);
    // Hidden, not removed: the tray still holds it.
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'bravo', 'charlie']);

    hide.querySelector('input')!.click();
    await el.updateComplete;
    expect(columnNames(root)).to.deep.equal(['Alpha 14', 'Bravo 15', 'Charlie 13']);
    // Pressing a pressed mark removes it.
    button(root, 'bravo', 'eliminated').click();
    await el.updateComplete;
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ charlie: 'shortlisted' });
  });

  it('moves columns with the buttons, by click and from the keyboard (Enter, Space), keeping focus', async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo', 'charlie']);
    expect(button(root, 'alpha', 'left').getAttribute('aria-disabled'), 'first column cannot move left').to.equal('true');
    expect(button(root, 'charlie', 'right').getAttribute('aria-disabled')).to.equal('true');

    button(root, 'alpha', 'right').click();
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'alpha', 'charlie']);
    expect(columnNames(root)).to.deep.equal(['Bravo 15', 'Alpha 14', 'Charlie 13']);
    expect(cellTexts(root, 'Material')).to.deep.equal(['Aluminium', 'Aluminium', 'Plastic']);
    expect(status(root)).to.equal('Alpha 14 is now in position 2 of 3.');

    button(root, 'charlie', 'left').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'charlie', 'alpha']);
    expect(root.activeElement, 'focus follows the moved column').to.equal(button(root, 'charlie', 'left'));

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'bravo', 'alpha']);
    expect(root.activeElement).to.equal(button(root, 'charlie', 'left'));
    expect(button(root, 'charlie', 'left').getAttribute('aria-disabled')).to.equal('true');
    // At the edge the button is disabled in ARIA terms: pressing it changes nothing.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'bravo', 'alpha']);
  });

  it('sorts the columns by any attribute, in either direction', async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo', 'charlie']);
    const key = root.querySelector<HTMLSelectElement>('select.sort-key')!;
    const direction = root.querySelector<HTMLSelectElement>('select.sort-direction')!;
    expect([...key.options].map((option) => option.value)).to.include.members(['name', 'price', 'rating', 'weight', 'battery', 'screen']);
    const sort = [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Sort')!;

    key.value = 'weight';
    direction.value = 'ascending';
    sort.click();
    await el.updateComplete;
    // 1100 g, 1200 g, 1400 g.
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'alpha', 'bravo']);
    expect(columnNames(root)).to.deep.equal(['Charlie 13', 'Alpha 14', 'Bravo 15']);
    expect(status(root)).to.equal('Products sorted by Weight.');

    key.value = 'battery';
    direction.value = 'descending';
    sort.click();
    await el.updateComplete;
    // 12 h, 10 h, 9 h.
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'alpha', 'bravo']);
    key.value = 'screen';
    sort.click();
    await el.updateComplete;
    // 15.6 in, 14 in, then Charlie, who does not specify it, last.
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'alpha', 'charlie']);
  });

  it('removes a column, touching one cell per row, and moves focus to the next column', async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo', 'charlie']);
    const rows = [...root.querySelectorAll('tbody tr:not(.head)')];
    const kept = cells(root, 'Weight')[1]!;
    const removed: Node[] = [];
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        removed.push(...[...record.removedNodes].filter((node) => node instanceof HTMLTableCellElement));
        added.push(...[...record.addedNodes].filter((node) => node instanceof HTMLTableCellElement));
      }
    });
    observer.observe(root.querySelector('table')!, { childList: true, subtree: true });

    const remove = button(root, 'alpha', 'remove');
    expect(remove.getAttribute('aria-label')).to.equal('Remove Alpha 14');
    remove.focus();
    remove.click();
    await el.updateComplete;
    observer.disconnect();
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'charlie']);
    expect(columnNames(root)).to.deep.equal(['Bravo 15', 'Charlie 13']);
    // One cell per row (attribute rows, the notes row, both header rows); nothing re-created.
    expect(removed).to.have.length(rows.length + 2);
    expect(added).to.have.length(0);
    expect(cells(root, 'Weight')[0], 'the other cells are the same nodes').to.equal(kept);
    expect(root.activeElement).to.equal(button(root, 'bravo', 'remove'));
    expect(status(root)).to.equal('Alpha 14 removed from the comparison.');
  });

  it("saves the shopper's note on each product (instance $notes) as it is typed, and announces it when the field is left", async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo']);
    const changes: unknown[] = [];
    shortlist.on('note-change', (event) => changes.push(event));
    const note = (id: string) => root.querySelector<HTMLTextAreaElement>(`textarea[data-id="${id}"]`)!;
    expect(note('alpha').getAttribute('aria-label')).to.equal('Your note on Alpha 14');
    note('alpha').focus();
    await sendKeys({ type: 'Light enough ' });
    // Stored at once, trimmed; the field keeps what was typed; nothing announced yet.
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ alpha: 'Light enough' });
    await el.updateComplete;
    expect(note('alpha').value).to.equal('Light enough ');
    expect(changes).to.deep.equal([]);
    await sendKeys({ type: 'for travel' });
    note('bravo').focus();
    await el.updateComplete;
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ alpha: 'Light enough for travel' });
    expect(changes).to.deep.equal([{ type: 'note-change', id: 'alpha', note: 'Light enough for travel' }]);

    // A note set elsewhere (another tab) shows up.
    notesOf(shortlist).setNote('bravo', 'Too heavy');
    await el.updateComplete;
    expect(note('bravo').value).to.equal('Too heavy');
  });

  it('a note typed in the last moment before the page is hidden is saved, and announced when it hides', async () => {
    const namespace = `notes-${Math.random().toString(36).slice(2, 10)}`;
    const { el, root, shortlist } = await setup(['alpha', 'bravo'], { storage: 'local', namespace });
    try {
      const changes: unknown[] = [];
      shortlist.on('note-change', (event) => changes.push(event));
      const field = root.querySelector<HTMLTextAreaElement>('textarea[data-id="bravo"]')!;
      field.focus();
      await sendKeys({ type: 'Too loud' });
      // Already in storage: a page closed now keeps it.
      expect(localStorage.getItem(`shortlist:${namespace}`)).to.include('"Too loud"');
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      expect(changes).to.deep.equal([{ type: 'note-change', id: 'bravo', note: 'Too loud' }]);
      // Announced once, not again when the field is left later.
      field.blur();
      await el.updateComplete;
      expect(changes).to.have.length(1);
    } finally {
      localStorage.removeItem(`shortlist:${namespace}`);
    }
  });

  describe('CSV export', () => {
    let blobs: Blob[];
    let downloads: string[];
    let restore: () => void;
    beforeEach(() => {
      blobs = [];
      downloads = [];
      const { createObjectURL } = URL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return createObjectURL(blob);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) downloads.push(this.download);
        else click.call(this);
      };
      restore = () => {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      };
    });
    afterEach(() => restore());

    it('downloads a CSV of the comparison, neutralizing formula payloads, with notes and triage', async () => {
      const { el, root, shortlist } = await setup(['alpha', 'formula']);
      const exports = record(shortlist, 'compare-export');
      notesOf(shortlist).setNote('alpha', 'Keep, "light"');
      triageOf(shortlist).mark('formula', 'eliminated');
      await el.updateComplete;
      [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Export CSV')!.click();
      await el.updateComplete;

      expect(blobs).to.have.length(1);
      expect(blobs[0]!.type).to.equal('text/csv;charset=utf-8');
      expect(downloads).to.have.length(1);
      expect(downloads[0]).to.match(/^shortlist-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
      const csv = await blobs[0]!.text();
      const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).to.equal('Name,Alpha 14,"\'=HYPERLINK(""https://evil.example"",""click"")"');
      expect(lines).to.include('Build: Material,Aluminium,\'+cmd|calc');
      expect(lines).to.include('Note,"Keep, ""light""",');
      expect(lines).to.include('Status,,Eliminated');
      // No cell starts with a formula character once unquoted.
      for (const line of lines) for (const field of line.split(',')) expect(field.replace(/^"/, '')).not.to.match(/^[=+@]/);
      expect(status(root)).to.equal(`The comparison was saved as ${downloads[0]}.`);
      expect(exports).to.deep.equal([{ type: 'compare-export', count: 2, format: 'csv' }]);
    });

    it('exports the rows of the current view only', async () => {
      const { el, root } = await setup(['alpha', 'bravo']);
      root.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
      await el.updateComplete;
      [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Export CSV')!.click();
      const csv = await blobs[0]!.text();
      expect(csv).to.contain('Build: Weight');
      expect(csv).not.to.contain('Material');
    });
  });

  it('prints with window.print() and announces it', async () => {
    const { root, shortlist } = await setup(['alpha', 'bravo']);
    const exports = record(shortlist, 'compare-export');
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Print')!.click();
      await until(() => printed, 'print()');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
    expect(exports).to.deep.equal([{ type: 'compare-export', count: 2, format: 'print' }]);
    // The print stylesheet hides the controls and expands collapsed groups.
    const rules = [...root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule);
    const print_ = rules.find((rule) => rule.conditionText === 'print');
    expect(print_, '@media print').to.exist;
    expect(print_!.cssText).to.contain('.toolbar');
    expect(print_!.cssText).to.contain('position: static');
  });

  it('makes a share link holding the comparison state, shows it and reports it', async () => {
    const { el, root, shortlist } = await setup(['alpha', 'bravo', 'charlie']);
    const shares = record(shortlist, 'compare-share');
    triageOf(shortlist).mark('charlie', 'eliminated');
    button(root, 'bravo', 'pin').click();
    await el.updateComplete;
    root.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
    await el.updateComplete;
    [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Share link')!.click();
    const field = await until(() => root.querySelector<HTMLInputElement>('[part="link"] input'), 'the share link');
    expect(field.readOnly).to.equal(true);
    expect(text(root.querySelector('[part="link"]'))).to.contain('Link to this comparison');
    const state = readShare(field.value) as ShareState;
    expect(state).to.deep.equal({ ids: ['alpha', 'bravo', 'charlie'], reference: 'bravo', view: 'differences', eliminated: ['charlie'] });
    expect(new URL(field.value).pathname).to.equal(location.pathname);
    expect(['Link copied.', 'Copy the link from the field below.']).to.include(status(root));
    expect(shares).to.deep.equal([{ type: 'compare-share', count: 3 }]);
  });

  it("builds the share link from the page's canonical address and its own parameter only", async () => {
    const { root } = await setup(['alpha', 'bravo']);
    const page = location.href;
    const shareButton = () => [...root.querySelectorAll('button')].find((candidate) => text(candidate) === 'Share link')!;
    const shared = async () => {
      const field = root.querySelector<HTMLInputElement>('[part="link"] input');
      if (field) field.value = '';
      shareButton().click();
      return until(() => root.querySelector<HTMLInputElement>('[part="link"] input')?.value, 'the share link');
    };
    const canonical = document.createElement('link');
    try {
      // A session, a campaign tag, a search and a fragment in the page's address stay out.
      history.replaceState(null, '', `${location.pathname}?session=s3cr3t&utm_source=mail&q=red#account`);
      const plain = new URL(await shared());
      expect(plain.origin + plain.pathname).to.equal(location.origin + location.pathname);
      expect([...plain.searchParams.keys()]).to.deep.equal(['shortlist']);
      expect(plain.hash).to.equal('');

      canonical.rel = 'canonical';
      canonical.href = 'https://shop.example/laptops/alpha-14';
      document.head.append(canonical);
      expect(await shared()).to.equal('https://shop.example/laptops/alpha-14?shortlist=1:alpha,bravo');
    } finally {
      canonical.remove();
      history.replaceState(null, '', page);
    }
  });

  it('renders feed text as text, never as HTML (XSS payloads)', async () => {
    const { root } = await setup(['xss', 'alpha']);
    (window as { __xss?: number }).__xss = undefined;
    expect(columnNames(root)[0]).to.equal('<img src=x onerror="window.__xss=1">');
    expect(cellTexts(root, 'Material')[0]).to.equal('<script>window.__xss=2</script>');
    expect(root.querySelector('img[src="x"], script')).to.equal(null);
    expect(button(root, 'xss', 'remove').getAttribute('aria-label')).to.equal('Remove <img src=x onerror="window.__xss=1">');
    // An injected image would have failed to load, and its handler run, by the time the page is idle.
    await new Promise((resolve) => requestIdleCallback(resolve));
    expect((window as { __xss?: number }).__xss).to.equal(undefined);
  });

  it('announces compare-open (inline) once it shows products', async () => {
    const shortlist = start();
    const opened = record(shortlist, 'compare-open');
    await shortlist.ready;
    const { container } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
    expect(opened, 'nothing to show yet').to.deep.equal([]);
    shortlist.setTray(['alpha', 'bravo']);
    await settled(container);
    shortlist.add('charlie');
    await settled(container);
    expect(opened).to.deep.equal([{ type: 'compare-open', count: 2, mode: 'inline' }]);
  });

  describe('states', () => {
    it('shows a loading state until there is an instance and a catalog', async () => {
      const { container, element } = await fixture<ShortlistCompare>('<shortlist-compare></shortlist-compare>');
      expect(text(element.shadowRoot!.querySelector('[part="empty"]'))).to.equal('Loading the comparison…');
      const shortlist = start();
      shortlist.setTray(['alpha', 'bravo']);
      await shortlist.ready;
      await settled(container);
      expect(columnNames(element.shadowRoot!)).to.deep.equal(['Alpha 14', 'Bravo 15']);
    });

    it('explains the empty and one-product states', async () => {
      const { el, root, shortlist } = await setup([]);
      expect(text(root.querySelector('[part="empty"]'))).to.equal('No products to compare yet. Add some with the Compare buttons.');
      expect(root.querySelector('table')).to.equal(null);
      shortlist.add('alpha');
      await el.updateComplete;
      expect(text(root.querySelector('[part="empty"]'))).to.equal('Add at least one more product to compare it with.');
      expect(columnNames(root)).to.deep.equal(['Alpha 14']);
    });

    it('says when products of the list are no longer in the catalog', async () => {
      const { root } = await setup(['alpha', 'gone', 'bravo']);
      expect(columnNames(root)).to.deep.equal(['Alpha 14', 'Bravo 15']);
      expect([...root.querySelectorAll('[part="empty"]')].map(text)).to.include('1 product in your list is no longer available.');
    });

    it('says when the view has no rows', async () => {
      // Every attribute of these two differs (a missing value differs from a given one).
      const { el, root } = await setup(['alpha', 'charlie']);
      root.querySelector<HTMLInputElement>('input[name="view"][value="similarities"]')!.click();
      await el.updateComplete;
      expect([...root.querySelectorAll('[part="empty"]')].map(text)).to.include('No attribute has the same value for all these products.');
    });
  });

  describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
    it('is accessible when empty', async () => {
      const { el } = await setup([]);
      await expectAccessible(el);
    });

    it('is accessible with 2 products, in the differences view, and with a reference pinned', async () => {
      const { el, root } = await setup(['alpha', 'bravo']);
      await expectAccessible(el);
      root.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
      await el.updateComplete;
      await expectAccessible(el);
      button(root, 'alpha', 'pin').click();
      button(root, 'bravo', 'eliminated').click();
      await el.updateComplete;
      await expectAccessible(el);
    });

    it('gives every button and field a target of at least 24 × 24 CSS px', async () => {
      const { root } = await setup(['alpha', 'bravo']);
      const targets = [...root.querySelectorAll<HTMLElement>('button, select, input:not([type="radio"]):not([type="checkbox"])')];
      expect(targets.length).to.be.greaterThan(15);
      for (const target of targets) {
        const { width, height } = target.getBoundingClientRect();
        expect(width, `${target.outerHTML} width`).to.be.at.least(24);
        expect(height, `${target.outerHTML} height`).to.be.at.least(24);
      }
      // Radio buttons and checkboxes are smaller but sit in their label, which is a target too.
      for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
        expect(input.closest('label')!.getBoundingClientRect().height).to.be.at.least(24);
        // Square, at the size the styles give them (the text fields' minimum height is not theirs).
        const { width, height } = input.getBoundingClientRect();
        expect([width, height], `${input.type} ${input.name}`).to.deep.equal([20, 20]);
      }
    });

    it('keeps the product header and the attribute column sticky, with fixed column widths', async () => {
      const { root } = await setup(['alpha', 'bravo', 'xss']);
      // Rows far out of view are not laid out (content-visibility: auto); lay them all out to measure.
      const visible = new CSSStyleSheet();
      visible.replaceSync('tr, td { content-visibility: visible !important; }');
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, visible];
      expect(getComputedStyle(root.querySelector('thead')!).position).to.equal('sticky');
      expect(getComputedStyle(rowHeader(root, 'Weight')!).position).to.equal('sticky');
      // Every product column has the same width, whatever its content, and each cell sits under its header.
      const headers = [...root.querySelectorAll('th[scope="col"]')].map((th) => th.getBoundingClientRect());
      expect(new Set(headers.map(({ width }) => Math.round(width))).size).to.equal(1);
      for (const label of ['Weight', 'Material', 'Ports']) {
        cells(root, label).forEach((cell, index) => {
          const { left, width } = cell.getBoundingClientRect();
          expect([Math.round(left), Math.round(width)], `${label}, column ${index + 1}`).to.deep.equal([Math.round(headers[index]!.left), Math.round(headers[index]!.width)]);
        });
      }
    });

    it('keeps the row of column buttons as tall before its buttons render as after (no shift while rendering)', async () => {
      const { root, el } = await setup(['alpha', 'bravo']);
      // A storefront's body text: taller lines than the buttons.
      el.style.cssText = 'font-size: 18px; line-height: 1.75';
      await el.updateComplete;
      const row = root.querySelector<HTMLElement>('tr.actions')!;
      expect(row.querySelectorAll('td[data-id] button')).to.have.length(12);
      // The row as the first frames render it: the same cells without their buttons.
      const early = row.cloneNode(true) as HTMLElement;
      early.querySelectorAll('button').forEach((button) => button.remove());
      row.after(early);
      const { height } = row.getBoundingClientRect();
      expect(height).to.be.above(0);
      expect(early.getBoundingClientRect().height).to.equal(height);
      early.remove();
    });

    it('exposes table semantics: table, row groups, rows, column and row headers, cells', async () => {
      const { root } = await setup(['alpha', 'bravo']);
      const table = root.querySelector('table')!;
      expect(table.getAttribute('role')).to.equal('table');
      expect(root.getElementById(table.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
      for (const group of table.querySelectorAll('thead, tbody')) expect(group.getAttribute('role')).to.equal('rowgroup');
      for (const row of table.querySelectorAll('tr')) expect(row.getAttribute('role')).to.equal('row');
      for (const th of table.querySelectorAll('th[scope="col"]')) expect(th.getAttribute('role')).to.equal('columnheader');
      for (const th of table.querySelectorAll('th[scope="row"]')) expect(th.getAttribute('role')).to.equal('rowheader');
      for (const td of table.querySelectorAll('td')) expect(td.getAttribute('role')).to.equal('cell');
    });
  });
});
