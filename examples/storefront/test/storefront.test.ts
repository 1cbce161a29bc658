/**
 * The shopper's path through the demo storefront, end to end in real pages: add from a listing
 * page and from a product page, reload — the tray is kept — open the comparison, show only the
 * differences, pin a reference, eliminate one, write a note, export CSV, share a link and open
 * it in a fresh browser context. Pages open in same-origin frames, which share localStorage
 * like tabs do; the fresh context is a server command (scripts/wtr-commands.mjs).
 *
 * Assertions compare booleans, numbers and strings, never a frame's DOM nodes: to word a failure,
 * chai would walk a node of another realm as a plain object (its window and all), which stalls
 * the browser until the run times out.
 */
import { expect } from '@esm-bundle/chai';
import type { Product, Shortlist } from '@shortlist/core';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { describeViolations } from '../../../packages/elements/test/helpers/axe.js';
import { until } from '../../../packages/core/test/helpers/until.js';
import { normalizeCatalog } from '../../../packages/core/src/catalog/normalize.js';
import { closePages, openPage, started, type EmbedPage as Page, type EmbedWindow as ShopperWindow } from '../../../packages/elements/test/helpers/pages.js';

/** What `open-in-fresh-browser-context` returns (see scripts/wtr-commands.mjs). */
interface FreshComparison {
  names: string[];
  count: number;
  caption: string;
  view: string | null;
  tags: string[][];
  tray: string[];
  search: string;
  modal: boolean;
  dialogOpen: boolean;
  errors: string[];
}
type Compare = HTMLElement & { updateComplete: Promise<boolean>; view: string; reference?: string; close(): void };

const STORAGE_KEY = 'shortlist:demo-store';

async function reload(page: Page): Promise<Page> {
  const reloaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  page.window.location.reload();
  await reloaded;
  return started(page.frame);
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const stored = () => localStorage.getItem(STORAGE_KEY) ?? '';

function compareButtons(window: ShopperWindow) {
  return [...window.document.querySelectorAll('shortlist-compare-button')].map((element) => element.shadowRoot!.querySelector('button')!);
}

function productIds(page: Page) {
  return [...page.document.querySelectorAll('shortlist-compare-button')].map((element) => element.getAttribute('product')!);
}

/** A plain copy: the frame's products belong to another realm, whose objects chai would walk whole. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value ?? null));

/** A product read from a page shows the shopper what the feed's says: every field, each attribute the page has. */
function expectAsFed(fromPage: Product, fed: Product) {
  const shown = ({ name, url, image, brand, price, priceRange, rating, availability }: Product) => plain({ name, url, image, brand, price, priceRange, rating, availability });
  expect(shown(fromPage), fromPage.id).to.deep.equal(shown(fed));
  for (const [key, value] of Object.entries(fromPage.attributes)) expect(plain(value), `${fromPage.id}: ${key}`).to.deep.equal(plain(fed.attributes[key]));
}

const tray = (page: Page) => page.document.querySelector('shortlist-tray')!;
const trayPart = (page: Page, part: string) => tray(page).shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!;

/** The lines the demo's "Analytics (demo)" log shows, by event type. */
const logged = (page: Page, type: string) => [...page.document.querySelectorAll(`.analytics__log li[data-type="${type}"]`)].map(text);

/** Opens the tray's panel and presses its "Compare N products" button. */
async function compareFromTray(page: Page): Promise<HTMLButtonElement> {
  const toggle = trayPart(page, 'toggle') as HTMLButtonElement;
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  const button = await until(
    () => tray(page).shadowRoot!.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~=compare]'),
    'the tray panel to load',
  );
  button.click();
  return button;
}

/** The page's comparison element once it shows `count` product columns with every row rendered. */
async function comparison(page: Page, selector: string, count: number): Promise<{ element: Compare; root: ShadowRoot }> {
  const element = await until(() => page.document.querySelector<Compare>(selector), `${selector} in the page`);
  await until(() => element.shadowRoot?.querySelectorAll('th[scope=col]').length === count, `${count} product columns in ${selector}`);
  await element.updateComplete;
  return { element, root: element.shadowRoot! };
}

const columns = (root: ShadowRoot) => [...root.querySelectorAll('th[scope=col]')];
const columnNames = (root: ShadowRoot) => columns(root).map((header) => text(header.querySelector('[part~=name]')));
const action = (root: ShadowRoot, id: string, name: string) => root.querySelector<HTMLButtonElement>(`td[data-id="${id}"] [data-action=${name}]`)!;
const toolbarButton = (root: ShadowRoot, label: string) => [...root.querySelectorAll<HTMLButtonElement>('[part~=toolbar] button')].find((button) => text(button) === label)!;
const checkbox = (root: ShadowRoot, label: string) => [...root.querySelectorAll('[part~=toolbar] label')].find((node) => text(node).startsWith(label))!.querySelector('input')!;
const shown = (page: Page, element: Element) => page.window.getComputedStyle(element).display !== 'none';

/** Runs axe-core (WCAG 2.2 A/AA) inside the frame, on its whole document. */
async function expectPageAccessible(page: Page) {
  type Axe = { run(context: Document, options: unknown): Promise<{ violations: Parameters<typeof describeViolations>[0] }> };
  const frameWindow = page.window as ShopperWindow & { axe?: Axe };
  if (!frameWindow.axe) {
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('could not load axe-core into the page'));
    });
    page.document.head.append(script);
    await loaded;
  }
  const { violations } = await frameWindow.axe!.run(page.document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  expect(violations, `axe found ${violations.length} accessibility violation(s) in ${page.window.location.pathname}:\n${describeViolations(violations)}`).to.have.length(0);
}

type ShiftSource = { node?: Node | null; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly };

/**
 * Layout shifts (without recent input) the page has had since it loaded: their sum, and what
 * moved. `inPage` lists the moved nodes of the page itself; a node inside a shadow root is
 * reported without its node (as "a node in a shadow root").
 */
async function layoutShifts(page: Page): Promise<{ value: number; moved: string[]; inPage: string[] }> {
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: ShiftSource[] };
  // A buffered observer holds the page's entries so far at once: no need to wait for its callback.
  const observer = new page.window.PerformanceObserver(() => {});
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords() as Shift[];
  observer.disconnect();
  const rect = (r?: DOMRectReadOnly) => (r ? `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}` : '?');
  const name = (node?: Node | null) =>
    node && node.nodeType === 1 ? `${(node as Element).localName}${(node as Element).className ? `.${(node as Element).className}` : ''}` : node ? node.nodeName : 'a node in a shadow root';
  const sources = entries.filter((entry) => !entry.hadRecentInput).flatMap((entry) => entry.sources);
  return {
    value: entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0),
    moved: sources.map((source) => `${name(source.node)} (${rect(source.previousRect)} → ${rect(source.currentRect)})`),
    inPage: sources.filter((source) => source.node).map((source) => name(source.node)),
  };
}

describe('demo storefront, end to end', () => {
  before(async () => {
    const response = await fetch('/catalog.json');
    if (!response.ok) throw new Error('The demo storefront is not built: run `npm run build` first.');
  });

  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  afterEach(() => {
    closePages();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('keeps products added on a listing page across a product page and a reload', async () => {
    const listing = await openPage('/laptops/');
    expect(listing.shortlist.$catalog.get().catalog.products.length, 'the feed and the page loaded').to.be.greaterThan(300);
    const buttons = compareButtons(listing.window).slice(0, 3);
    const ids = productIds(listing).slice(0, 3);
    buttons.forEach((button) => button.click());
    expect(listing.shortlist.$tray.get()).to.deep.equal(ids);

    const product = await openPage(`/p/${ids[0]}.html`);
    expect(product.shortlist.$tray.get()).to.deep.equal(ids);
    const [pageButton] = compareButtons(product.window);
    await until(() => pageButton!.getAttribute('aria-pressed') === 'true', 'the product page button to show it is in the tray');
    expect(trayPart(product, 'count').textContent).to.equal('3');

    const afterReload = await reload(product);
    expect(afterReload.shortlist.$tray.get()).to.deep.equal(ids);
  });

  it('shows a change made in one page in another open page at once', async () => {
    const first = await openPage('/running-shoes/');
    const second = await openPage('/mattresses/');
    const [button] = compareButtons(first.window);
    button!.click();
    const id = first.shortlist.$tray.get()[0];
    expect(id).to.be.a('string');
    await until(() => second.shortlist.$tray.get().includes(id!), 'the other page to see the change');
    const count = trayPart(second, 'count');
    await until(() => count.textContent === '1', 'the other page to show the count');
  });

  it('reads the JSON-LD of product pages, and it agrees with the feed', async () => {
    const listing = await openPage('/laptops/');
    const products = listing.shortlist.$catalog.get().catalog.products;
    // A laptop sold as it is, and a product with variants (a ProductGroup with an AggregateOffer).
    const ids = [products.find((product) => !product.variants)!.id, products.find((product) => product.variants)!.id];
    const { readJsonLd } = await import('../../../packages/core/src/catalog/sources/jsonld.js');
    for (const id of ids) {
      const page = await openPage(`/p/${id}.html`);
      const { input, issues } = readJsonLd(page.window.document);
      expect(issues).to.deep.equal([]);
      // With the store's attribute schema, as the SDK reads a page next to the feed.
      const schema = { locale: page.shortlist.config.locale, attributes: listing.shortlist.$catalog.get().catalog.attributes };
      const [fromPage] = normalizeCatalog([{ source: 'json-ld', input, numbers: 'schema.org' }], schema).products;
      expectAsFed(fromPage!, listing.shortlist.product(id)!);
      expect(plain(fromPage!.variants?.map(({ id: sku, price, availability }) => ({ sku, price, availability }))), `${id}: variants`).to.deep.equal(
        plain(listing.shortlist.product(id)!.variants?.map(({ id: sku, price, availability }) => ({ sku, price, availability }))),
      );
    }
  });

  it('imports the products of the listing page that publishes microdata as the feed describes them', async () => {
    const page = await openPage('/mattresses/');
    expect(page.document.querySelectorAll('[data-shortlist-product], script[type="application/ld+json"]').length, 'no cards and no JSON-LD to read').to.equal(0);
    const { readMicrodata } = await import('../../../packages/core/src/catalog/sources/microdata.js');
    const { input, issues } = readMicrodata(page.document);
    expect(issues).to.deep.equal([]);
    const fromPage = normalizeCatalog([{ source: 'microdata', input, numbers: 'schema.org' }], { locale: page.shortlist.config.locale, attributes: page.shortlist.$catalog.get().catalog.attributes });
    expect(fromPage.issues).to.deep.equal([]);
    expect(fromPage.products.map((product) => product.id)).to.deep.equal(productIds(page));
    for (const product of fromPage.products) {
      expectAsFed(product, page.shortlist.product(product.id)!);
      expect(Object.keys(product.attributes), `${product.id}: the attributes its card shows`).to.have.length.greaterThan(1);
    }
  });

  it("walks a shopper's path: listing, product page, reload, compare, differences, pin, eliminate, note, export, share to a fresh browser", async function () {
    this.timeout(90_000);

    // 1. Add three laptops from the listing page: the tray (docked, configured) counts them, and the demo logs the adds.
    const listing = await openPage('/laptops/');
    const ids = productIds(listing).slice(0, 3);
    compareButtons(listing.window)
      .slice(0, 3)
      .forEach((button) => button.click());
    expect(listing.shortlist.$tray.get()).to.deep.equal(ids);
    expect(listing.shortlist.config.tray).to.include({ max: 100, position: 'bottom-end' });
    await until(() => trayPart(listing, 'count').textContent === '3', 'the tray to count 3');
    expect(logged(listing, 'item-add'), 'the analytics log shows every add').to.have.length(3);
    expect(logged(listing, 'item-add')[0]).to.contain(listing.shortlist.product(ids[0]!)!.name);

    // 2. Add a fourth from its product page.
    const fourth = productIds(listing)[4]!;
    const product = await openPage(`/p/${fourth}.html`);
    const [productButton] = compareButtons(product.window);
    await until(() => productButton!.getAttribute('aria-pressed') === 'false', 'the product page button to be ready');
    productButton!.click();
    const all = [...ids, fourth];
    expect(product.shortlist.$tray.get()).to.deep.equal(all);
    const names = all.map((id) => product.shortlist.product(id)!.name);

    // 3. Reload: the tray keeps all four.
    let page = await reload(product);
    expect(page.shortlist.$tray.get()).to.deep.equal(all);
    await until(() => trayPart(page, 'count').textContent === '4', 'the reloaded tray to count 4');

    // 4. Open the comparison from the tray's panel: a modal dialog, in the store's configured group order and wording.
    const trigger = await compareFromTray(page);
    let { element, root } = await comparison(page, 'shortlist-compare[modal]', 4);
    expect(root.querySelector('dialog[part=dialog]')!.hasAttribute('open'), 'the dialog is open').to.equal(true);
    expect(columnNames(root)).to.deep.equal(names);
    const groups = [...root.querySelectorAll('[part~=group-toggle]')].map(text);
    expect(groups[0], 'the overview comes first').to.equal('Overview');
    const laptopOrder = ['Performance', 'Battery', 'Display', 'Design', 'Connectivity', 'Features', 'Software', 'Warranty and service'];
    expect(groups.slice(1), 'groups in the order the store configured').to.deep.equal(laptopOrder.filter((group) => groups.includes(group)));
    expect(groups.slice(1, 4)).to.deep.equal(['Performance', 'Battery', 'Display']);
    const labels = [...root.querySelectorAll('th[part~=label]')].map(text);
    expect(labels, "the store's labels replace the catalog's").to.include.members(['Processor (CPU)', 'Rated battery life']);
    expect(labels).not.to.include('Battery life');
    await until(() => logged(page, 'compare-open').length === 1, 'the analytics log to show compare-open');
    expect(logged(page, 'compare-open')[0]).to.contain('dialog');

    // 5. Only differences: rows that are the same for all four are hidden, the others stay.
    const rows = [...root.querySelectorAll<HTMLTableRowElement>('tbody tr.d, tbody tr.s')];
    expect(rows.filter((row) => row.classList.contains('d')), 'some rows differ').not.to.be.empty;
    const differences = root.querySelector<HTMLInputElement>('input[name=view][value=differences]')!;
    differences.focus();
    differences.click();
    await element.updateComplete;
    expect(element.getAttribute('view')).to.equal('differences');
    const visible = rows.filter((row) => shown(page, row));
    expect(visible.length, 'rows still shown').to.be.greaterThan(0);
    expect(visible.every((row) => row.classList.contains('d')), 'only differing rows are shown').to.equal(true);
    expect(visible.length).to.equal(rows.filter((row) => row.classList.contains('d')).length);

    // 6. Pin the first laptop as the reference: the others show their difference from it.
    action(root, all[0]!, 'pin').click();
    await until(() => action(root, all[0]!, 'pin').getAttribute('aria-pressed') === 'true', 'the pin to be pressed');
    await element.updateComplete;
    expect(text(columns(root)[0]!.querySelector('[part~=tag]'))).to.equal('Reference');
    const deltas = [...root.querySelectorAll('[part~=delta]')].map(text);
    expect(deltas.some((delta) => /^[+−]/.test(delta)), `a signed difference among ${deltas.slice(0, 8).join(' | ')}`).to.equal(true);

    // 7. Eliminate the last one, then hide eliminated products.
    action(root, fourth, 'eliminated').click();
    await until(() => text(columns(root)[3]!).includes('Eliminated'), 'the eliminated tag');
    // As a shopper's click would, focus moves to the checkbox (its column's button is about to go away).
    const hide = checkbox(root, 'Hide eliminated');
    hide.focus();
    hide.click();
    await until(() => columns(root).length === 3, 'the eliminated product to be hidden');
    await element.updateComplete;
    expect(columnNames(root)).to.deep.equal(names.slice(0, 3));
    expect(text(root.querySelector('caption'))).to.equal('Comparison of 3 products');

    // 8. A note on the second laptop, saved as the shopper types.
    const note = 'Check the keyboard in store; 2 USB-C ports?';
    const field = await until(() => root.querySelector<HTMLTextAreaElement>(`textarea[data-id="${all[1]}"]`), 'the note field');
    expect(field.getAttribute('aria-label')).to.equal(`Your note on ${names[1]}`);
    field.value = note;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => stored().includes('Check the keyboard in store'), 'the note to be stored');

    // 9. Export CSV: capture the download instead of saving a file.
    const downloads: Array<{ name: string; blob: Blob }> = [];
    const frameWindow = page.window;
    const blobs = new Map<string, Blob>();
    const createObjectURL = frameWindow.URL.createObjectURL;
    const anchorClick = frameWindow.HTMLAnchorElement.prototype.click;
    frameWindow.URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:captured-${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    frameWindow.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.getAttribute('href') ?? '');
      if (this.download && blob) downloads.push({ name: this.download, blob });
      else anchorClick.call(this);
    };
    try {
      toolbarButton(root, 'Export CSV').click();
      // The export's code loads on the first export (compare-tools): the file comes once it has.
      await until(() => downloads.length > 0, 'the CSV download');
    } finally {
      frameWindow.URL.createObjectURL = createObjectURL;
      frameWindow.HTMLAnchorElement.prototype.click = anchorClick;
    }
    expect(downloads).to.have.length(1);
    expect(downloads[0]!.name).to.match(/^shortlist-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await downloads[0]!.blob.text();
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0], 'the header row names the products').to.equal(['Name', ...names.slice(0, 3)].map((cell) => (/[",;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','));
    expect(lines.some((line) => line.startsWith('Performance: Processor (CPU),')), 'attribute rows use the store labels').to.equal(true);
    expect(lines.find((line) => line.startsWith('Note,')), 'the note is exported').to.contain('Check the keyboard in store');
    await until(() => logged(page, 'compare-export').length === 1, 'the analytics log to show compare-export');
    expect(logged(page, 'compare-export')[0]).to.contain('csv');

    // 10. Share link: shown in a read-only field.
    toolbarButton(root, 'Share link').click();
    const linkField = await until(() => root.querySelector<HTMLInputElement>('[part~=link] input'), 'the share link field');
    await until(() => linkField.value.includes('shortlist='), 'the share link');
    expect(linkField.readOnly).to.equal(true);
    const link = linkField.value;
    expect(new URL(link).origin).to.equal(location.origin);
    await until(() => logged(page, 'compare-share').length === 1, 'the analytics log to show compare-share');
    // The status says whether the link was copied (after the clipboard answers); then the shopper closes the dialog.
    await until(() => /^(Link copied|Copy the link)/.test(text(root.querySelector('[part~=status]'))), 'the share status message');
    await element.updateComplete;

    // Closing the dialog returns focus to the tray's Compare button.
    element.close();
    await until(() => !root.querySelector('dialog[part=dialog]')!.hasAttribute('open'), 'the dialog to close');
    await until(() => (trigger.getRootNode() as ShadowRoot).activeElement === trigger, "focus back on the tray panel's Compare button");

    // 11. Reload: the note and the elimination are still there.
    page = await reload(page);
    await compareFromTray(page);
    ({ element, root } = await comparison(page, 'shortlist-compare[modal]', 4));
    expect(root.querySelector<HTMLTextAreaElement>(`textarea[data-id="${all[1]}"]`)!.value, 'the note after a reload').to.equal(note);
    expect(text(columns(root)[3]!)).to.contain('Eliminated');
    element.close();

    // 12. The link in a fresh browser context (no storage at all): the same four products, the same view, reference and elimination.
    const fresh = (await executeServerCommand('open-in-fresh-browser-context', { url: link })) as FreshComparison;
    expect(fresh.errors, 'no page errors').to.deep.equal([]);
    expect(fresh.names).to.deep.equal(names);
    expect(fresh.count).to.equal(4);
    expect(fresh.tray).to.deep.equal(all);
    expect(fresh.view).to.equal('differences');
    expect(fresh.tags[0]).to.include('Reference');
    expect(fresh.tags[3]).to.include('Eliminated');
    expect(fresh.modal && fresh.dialogOpen, 'a product page shows the shared comparison in the dialog').to.equal(true);
    expect(fresh.search, 'the parameter is removed from the address').to.equal('');
    // Notes are private: they are not in the link.
    expect(link).not.to.contain('keyboard');
  });

  it("walks a shopper's path with criteria: persona, a range tightened to nothing, relax, compare with fit, switch context, reload", async function () {
    this.timeout(90_000);
    // Its shadow root once the criteria's code has loaded (the page waits for nothing).
    const criteriaOf = (page: Page) => page.document.querySelector('shortlist-criteria')!.shadowRoot ?? page.document.createDocumentFragment();
    const count = (page: Page) => text(criteriaOf(page).querySelector('[part~=count]'));
    const legends = (page: Page) => [...criteriaOf(page).querySelectorAll('legend')].map(text);
    const cardOrder = (page: Page) => [...page.document.querySelectorAll<HTMLElement>('.grid [data-shortlist-product]')].map((card) => card.dataset.shortlistProduct!);
    const pick = (page: Page, value: string) => page.document.querySelector('shortlist-persona-picker')!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

    // 1. Four personas for laptops; the shopper picks the business traveller: a context seeded from its presets.
    let page = await openPage('/laptops/');
    await until(() => /^167 of 167 products/.test(count(page)), 'the filter to count every laptop');
    const pageOrder = cardOrder(page);
    await until(() => page.document.querySelector('shortlist-persona-picker')!.shadowRoot?.querySelector('input[value^="persona:"]'), 'the personas');
    const personas = [...page.document.querySelector('shortlist-persona-picker')!.shadowRoot!.querySelectorAll('input[value^="persona:"]')];
    expect(personas, 'at least four personas').to.have.length.of.at.least(4);
    pick(page, 'persona:business-traveller').click();
    await until(() => legends(page)[0] === 'Weight: at most 1.4 kg', 'the persona\'s criteria');
    expect(text(criteriaOf(page).querySelector('[part~=title]'))).to.equal('Your criteria: Business traveller');
    await until(() => cardOrder(page).join() !== pageOrder.join(), 'the cards ordered by fit');
    const best = cardOrder(page)[0]!;
    expect(text(page.document.querySelector(`shortlist-fit[product="${best}"]`)!.shadowRoot!.querySelector('[part~=badge]'))).to.match(/^★Great fit · \d+\/100$/);
    await until(() => logged(page, 'persona-pick').length === 1, 'the analytics log to show the persona');
    expect(logged(page, 'persona-pick')[0]).to.contain('business-traveller');
    await expectPageAccessible(page);

    // 2. Tighten the weight's maximum with the keyboard until no laptop passes: no dead end.
    const weight = criteriaOf(page).querySelector('fieldset')!;
    const maximum = weight.querySelector<HTMLInputElement>('input[type=range][name=high]')!;
    maximum.focus();
    for (let press = 0; press < 400 && !count(page).startsWith('0 of'); press++) await sendKeys({ press: 'ArrowLeft' });
    await until(() => count(page).startsWith('0 of 167'), 'no laptop to pass');
    const deadEnd = criteriaOf(page).querySelector('[part~=dead-end]')!;
    expect([...deadEnd.querySelectorAll('li')].length, 'the closest laptops').to.be.within(1, 3);
    expect(text(deadEnd.querySelector('li'))).to.match(/misses only: Weight: .* kg over your .* kg$/);
    const relax = criteriaOf(page).querySelector<HTMLButtonElement>('[part~=relax]')!;
    expect(text(relax)).to.match(/^Allow “Weight: at most .* kg”: \d+ more products?$/);
    await expectPageAccessible(page);

    // 3. Follow the relax suggestion: products are back.
    relax.click();
    await until(() => !count(page).startsWith('0 of'), 'products to pass again');
    const relaxed = legends(page)[0]!;
    expect(relaxed).to.match(/^Weight: at most .* kg$/);

    // 4. Add the two best fits to compare and open the comparison: each column shows its fit, the weight row its marks.
    await until(() => text(page.document.querySelector(`shortlist-fit[product="${cardOrder(page)[0]}"]`)!.shadowRoot!.querySelector('[part~=badge]')).includes('fit'), 'the first card\'s badge');
    const [first, second] = cardOrder(page);
    for (const id of [first, second]) page.document.querySelector(`shortlist-compare-button[product="${id}"]`)!.shadowRoot!.querySelector('button')!.click();
    expect(page.shortlist.$tray.get()).to.deep.equal([first, second]);
    await compareFromTray(page);
    const { element, root } = await comparison(page, 'shortlist-compare[modal]', 2);
    await until(() => root.querySelectorAll('th[scope=col] [part~=fit]').length === 2, 'a fit badge per column');
    const weightRow = [...root.querySelectorAll('tr')].find((row) => text(row.querySelector('th[scope=row]')).startsWith('Weight'))!;
    expect([...weightRow.querySelectorAll('[part~=fit-mark] .visually-hidden')].map(text).every((mark) => /^Weight: .* kg, as you want$/.test(mark)), 'the weight of both is what the shopper asked for').to.equal(true);
    element.close();

    // 5. Switch to another context: the student's criteria rank the listing now.
    pick(page, 'persona:student').click();
    await until(() => text(criteriaOf(page).querySelector('[part~=title]')) === 'Your criteria: Student', 'the student context');
    expect(legends(page)[0]).to.match(/^Price: at most €900/);

    // 6. Reload: the active context, both contexts with the relaxed weight, and the tray are all still there.
    page = await reload(page);
    await until(() => text(criteriaOf(page).querySelector('[part~=title]')) === 'Your criteria: Student', 'the student context after a reload');
    expect(page.shortlist.$tray.get()).to.deep.equal([first, second]);
    expect(pick(page, 'persona:student').checked).to.equal(true);
    pick(page, 'persona:business-traveller').click();
    await until(() => legends(page)[0] === relaxed, 'the business traveller\'s relaxed weight');

    // 7. The compare page, which has no criteria element, shows the fit too.
    const comparePage = await openPage('/compare.html');
    const inline = await comparison(comparePage, 'shortlist-compare:not([modal])', 2);
    await until(() => inline.root.querySelectorAll('th[scope=col] [part~=fit]').length === 2, 'the fit on the compare page');
  });

  it('asks before a share link replaces a list that holds other products, and "Keep my list" keeps it', async function () {
    this.timeout(60_000);
    // Someone shares two mattresses from the compare page.
    const mattresses = await openPage('/mattresses/');
    compareButtons(mattresses.window)
      .slice(0, 2)
      .forEach((button) => button.click());
    const shared = mattresses.shortlist.$tray.get();
    const comparePage = await openPage('/compare.html');
    const { root } = await comparison(comparePage, 'shortlist-compare:not([modal])', 2);
    toolbarButton(root, 'Share link').click();
    const link = (await until(() => root.querySelector<HTMLInputElement>('[part~=link] input')?.value, 'the share link')) as string;
    expect(new URL(link).pathname).to.equal('/compare.html');
    closePages();

    // This shopper's list holds three running shoes.
    localStorage.removeItem(STORAGE_KEY);
    const shoes = await openPage('/running-shoes/');
    compareButtons(shoes.window)
      .slice(0, 3)
      .forEach((button) => button.click());
    const mine = shoes.shortlist.$tray.get();
    expect(mine).to.have.length(3);

    // Opening the link asks, and changes nothing until answered.
    const opened = await openPage(link);
    const compare = opened.document.querySelector<Compare>('shortlist-compare:not([modal])')!;
    const prompt = await until(() => compare.shadowRoot?.querySelector<HTMLDialogElement>('dialog[part~=prompt][open]'), 'the question');
    expect(text(prompt)).to.contain('The link compares 2 products.');
    expect(text(prompt)).to.contain('Your list already holds 3 products.');
    expect(opened.shortlist.$tray.get(), 'nothing changes before the answer').to.deep.equal(mine);
    const keep = [...prompt.querySelectorAll('button')].find((button) => text(button) === 'Keep my list')!;
    expect(!!keep, 'a "Keep my list" choice').to.equal(true);
    keep.click();

    await until(() => !prompt.open, 'the question to close');
    await until(() => text(compare.shadowRoot!.querySelector('[part~=status]')).startsWith('Your list was kept'), 'the kept message');
    expect(opened.shortlist.$tray.get(), 'the list is kept').to.deep.equal(mine);
    expect(opened.shortlist.$tray.get()).not.to.include.members([...shared]);
    expect(opened.window.location.search, 'the parameter is removed').to.equal('');
    await comparison(opened, 'shortlist-compare:not([modal])', 3);
  });

  it('has an accessible, themed compare page with products, and the tray docked at the bottom', async function () {
    this.timeout(60_000);
    const listing = await openPage('/laptops/');
    compareButtons(listing.window)
      .slice(0, 3)
      .forEach((button) => button.click());
    const ids = listing.shortlist.$tray.get();

    const page = await openPage('/compare.html');
    const { element, root } = await comparison(page, 'shortlist-compare:not([modal])', 3);
    // The page's boxes (the reserved comparison box, the footer…) do not move while the comparison
    // loads and renders. (What moves inside the comparison's own shadow root is the element's business.)
    const shifts = await layoutShifts(page);
    expect(shifts.inPage, `no page element moved while the comparison loaded; moved: ${shifts.moved.join(', ')}`).to.deep.equal([]);
    expect(!!element.closest('main'), 'the inline comparison is in the main landmark').to.equal(true);
    await until(() => logged(page, 'compare-open').length === 1, 'the analytics log to show the inline compare-open');
    expect(logged(page, 'compare-open')[0]).to.contain('inline');

    // The page: landmarks, one h1, no inline event handlers (CSP), the tray out of the header.
    const doc = page.document;
    expect(doc.querySelectorAll('header, nav[aria-label], main, footer, aside[aria-label]').length).to.equal(5);
    expect(doc.querySelectorAll('h1')).to.have.length(1);
    expect(!!doc.querySelector('header shortlist-tray'), 'the tray left the header').to.equal(false);
    expect(!!doc.querySelector('body > aside:last-of-type > shortlist-tray'), 'the tray sits at the end of the body').to.equal(true);
    const handlers = [...doc.querySelectorAll('*')].flatMap((node) => [...node.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${node.localName}[${attribute.name}]`));
    expect(handlers, 'no inline event handlers').to.deep.equal([]);

    // The tray is docked at the bottom end of the viewport, in the store's theme.
    const dock = trayPart(page, 'dock');
    expect(page.window.getComputedStyle(dock).position).to.equal('fixed');
    const box = dock.getBoundingClientRect();
    expect(page.window.innerWidth - box.right, 'docked at the end').to.be.within(8, 40);
    expect(page.window.innerHeight - box.bottom, 'docked at the bottom').to.be.within(8, 40);
    expect(page.window.getComputedStyle(trayPart(page, 'count')).backgroundColor, 'the store accent through --shortlist-accent').to.equal('rgb(29, 78, 216)');
    expect(page.window.getComputedStyle(trayPart(page, 'toggle')).borderTopLeftRadius, 'a ::part(toggle) rule').to.equal('999px');
    expect(page.window.getComputedStyle(root.querySelector('[part~=caption]')!).fontSize, 'a ::part(caption) rule').to.equal('18px');

    // Pinned and noted, the page passes axe.
    action(root, ids[0]!, 'pin').click();
    await element.updateComplete;
    await expectPageAccessible(page);

    // The tray's "Compare" on this page shows the page's own comparison instead of a dialog.
    await compareFromTray(page);
    await until(() => page.document.activeElement?.id === 'compare-title', 'focus on the comparison heading');
    expect(!!page.document.querySelector('shortlist-compare[modal]'), 'no dialog over the compare page').to.equal(false);
    expect(trayPart(page, 'toggle').getAttribute('aria-expanded')).to.equal('false');
  });

  it('reserves the listing\'s criteria their place: nothing moves as they load, one column or two, and what they show fits it', async function () {
    this.timeout(60_000);
    for (const width of ['800', '1100']) {
      // As openPage, at a width of its own: below 60rem the picker and filter are above the cards.
      const frame = document.createElement('iframe');
      frame.title = `/laptops/ at ${width} px`;
      frame.width = width;
      frame.height = '760';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = '/laptops/';
      document.body.append(frame);
      try {
        await loaded;
        const listing = await started(frame);
        const picker = listing.document.querySelector('shortlist-persona-picker')!;
        const filter = listing.document.querySelector('shortlist-criteria')!;
        await until(() => picker.shadowRoot?.querySelector('input[type=radio]') && filter.shadowRoot?.querySelector('[part~=count]'), `the picker and filter at ${width} px`);
        await until(() => [...listing.document.querySelectorAll('shortlist-fit')].every((badge) => badge.shadowRoot), `every fit badge connected at ${width} px`);
        const shifts = await layoutShifts(listing);
        expect(shifts.value, `no layout shift at ${width} px; moved: ${shifts.moved.join(', ')}`).to.equal(0);
        // What each renders ends within the height the page reserved for it (its own box).
        for (const element of [picker, filter]) {
          const box = element.getBoundingClientRect();
          const content = Math.max(...[...element.shadowRoot!.children].map((child) => child.getBoundingClientRect().bottom));
          expect(content <= box.bottom + 0.5, `<${element.localName}> at ${width} px renders within its reserved ${Math.round(box.height)} px (content ends ${Math.round(content - box.top)} px down)`).to.equal(true);
        }
      } finally {
        frame.remove();
      }
    }
  });

  it('has accessible listing and product pages with the tray panel open', async function () {
    this.timeout(60_000);
    const listing = await openPage('/running-shoes/');
    compareButtons(listing.window)
      .slice(0, 2)
      .forEach((button) => button.click());
    trayPart(listing, 'toggle').click();
    await until(() => tray(listing).shadowRoot!.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('[part~=item]'), 'the panel');
    await expectPageAccessible(listing);

    const product = await openPage(`/p/${listing.shortlist.$tray.get()[0]}.html`);
    await until(() => !trayPart(product, 'dock').hidden, 'the docked tray to show');
    const shifts = await layoutShifts(product);
    expect(shifts.value, `no layout shift on a product page with the tray showing; moved: ${shifts.moved.join(', ')}`).to.equal(0);
    await expectPageAccessible(product);
  });
});

describe('demo storefront: the customizer, end to end', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  afterEach(() => {
    closePages();
    localStorage.removeItem(STORAGE_KEY);
  });

  /** The page's customizer once it shows its options, and how to choose in it. */
  async function customizerOf(page: Page) {
    const element = await until(() => {
      const found = page.document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('shortlist-customizer');
      return found?.shadowRoot?.querySelector('[part~=options]') ? found : undefined;
    }, 'the customizer to show its options');
    const root = element.shadowRoot!;
    const group = (label: string) => [...root.querySelectorAll('[part~=group]')].find((fieldset) => text(fieldset.querySelector('legend')) === label)!;
    return {
      element,
      root,
      part: (name: string) => root.querySelector<HTMLElement>(`[part~=${name}]`)!,
      summary: () => [...root.querySelectorAll('[part~=summary] dt')].map((term) => `${text(term)}: ${text(term.nextElementSibling)}`),
      reasons: (label: string) => [...group(label).querySelectorAll('[part~=unavailable] li')].map(text),
      async choose(label: string, value: string) {
        const radio = group(label).querySelector<HTMLInputElement>(`input[value="${value}"]`);
        if (radio) radio.click();
        else {
          const list = group(label).querySelector('select')!;
          list.value = value;
          list.dispatchEvent(new Event('change', { bubbles: true }));
        }
        await element.updateComplete;
      },
    };
  }

  it('configures two laptops, compares them side by side, edits one from the tray, and shares it', async function () {
    this.timeout(60_000);
    const product = await openPage('/p/lt-1134.html');
    const laptop = await customizerOf(product);
    const cart = product.document.querySelector<HTMLButtonElement>('.cart__add')!;
    expect(cart.disabled, "the store's own cart button waits for a complete configuration").to.equal(true);

    await laptop.choose('Processor', 'intel-core-ultra-5-125h');
    await laptop.choose('Memory', '16-gb');
    await laptop.choose('Storage', '512-gb');
    expect(cart.disabled).to.equal(false);
    laptop.part('add').click();
    // The second: 4 TB needs 64 GB, which only the Core Ultra 7 has; until then 4 TB cannot be chosen, and says why.
    expect(laptop.root.querySelector<HTMLInputElement>('input[value="4-tb"]')!.disabled).to.equal(true);
    expect(laptop.reasons('Storage')).to.deep.equal(['2 TB: Requires Memory: 32 GB or 64 GB', '4 TB: Requires Memory: 64 GB']);
    await laptop.choose('Processor', 'intel-core-ultra-7-155h');
    await laptop.choose('Memory', '64-gb');
    await laptop.choose('Storage', '4-tb');
    expect(text(laptop.part('total'))).to.equal('Total €1,803.65');
    laptop.part('add').click();
    const [first, second] = product.shortlist.$tray.get();
    expect([first, second]).to.deep.equal(['lt-1134~cpu.intel-core-ultra-5-125h.memory.16-gb.storage.512-gb', 'lt-1134~cpu.intel-core-ultra-7-155h.memory.64-gb.storage.4-tb']);
    expect(logged(product, 'customize-add')).to.have.length(2);
    cart.click();
    expect(text(product.document.querySelector('.cart__status'))).to.equal('Added to cart (demo): lt-1134~cpu.intel-core-ultra-7-155h.memory.64-gb.storage.4-tb');
    await expectPageAccessible(product);

    // Side by side, on the compare page: their options are rows.
    const compare = await openPage('/compare.html');
    const { root } = await comparison(compare, 'shortlist-compare:not([modal])', 2);
    expect(columnNames(root)).to.deep.equal([
      'Framework Laptop 13 DIY Edition (Intel Core Ultra 5 125H, 16 GB, 512 GB)',
      'Framework Laptop 13 DIY Edition (Intel Core Ultra 7 155H, 64 GB, 4 TB)',
    ]);
    const row = (label: string) => [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(text)).find((cells) => cells[0] === label);
    // The options fill the catalog's own attributes: they rank with the other laptops ("Best").
    expect(row('Memory (RAM)')?.slice(1, 3)).to.deep.equal(['16 GB', '64 GB Best']);
    expect(row('Storage (SSD)')?.slice(1, 3), 'in the unit the catalog shows storage in').to.deep.equal(['512 GB', '4,000 GB Best']);
    expect(row('Processor (CPU)')?.slice(1, 3)).to.deep.equal(['Intel Core Ultra 5 125H', 'Intel Core Ultra 7 155H']);

    // "Edit" in the tray opens the product page with that configuration; saving replaces it in place.
    trayPart(compare, 'toggle').click();
    const edit = await until(() => tray(compare).shadowRoot!.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector<HTMLAnchorElement>('[part~=edit]') ?? undefined, 'the Edit link');
    const navigated = new Promise((resolve) => compare.frame.addEventListener('load', resolve, { once: true }));
    edit.click();
    await navigated;
    const edited = await started(compare.frame);
    const editing = await customizerOf(edited);
    expect(edited.window.location.pathname).to.equal('/p/lt-1134.html');
    expect(editing.summary()).to.deep.equal(['Processor: Intel Core Ultra 5 125H', 'Memory: 16 GB', 'Storage: 512 GB']);
    expect(text(editing.part('add'))).to.equal('Save changes');
    await editing.choose('Storage', '1-tb');
    editing.part('add').click();
    const changed = 'lt-1134~cpu.intel-core-ultra-5-125h.memory.16-gb.storage.1-tb';
    expect(edited.shortlist.$tray.get()).to.deep.equal([changed, second]);
    await editing.element.updateComplete;
    expect(text(editing.part('status'))).to.equal('Saved in your comparison');

    // "Share": a link that opens the configuration for another shopper.
    editing.part('share').click();
    const link = await until(() => editing.part('link')?.querySelector('input')?.value || undefined, 'the share link');
    expect(new URL(link).searchParams.get('shortlist-configure')).to.equal(changed);
    expect(logged(edited, 'customize-share')).to.have.length(1);
    const shared = (await executeServerCommand('open-in-fresh-browser-context', { url: link, view: 'customizer' })) as { summary: string[]; add: string; errors: string[] };
    expect(shared.summary).to.deep.equal(['Processor: Intel Core Ultra 5 125H', 'Memory: 16 GB', 'Storage: 1 TB']);
    expect(shared.add, 'not in their comparison: nothing to save').to.equal('Add to compare');
    expect(shared.errors).to.deep.equal([]);
  });
});
