/**
 * The shopper's path through the demo storefront, end to end in real pages: add from a listing
 * page, open a product page, reload — the tray is kept — and a second page sees changes at once.
 * Pages open in same-origin frames, which share localStorage like tabs do.
 */
import { expect } from '@esm-bundle/chai';
import type { Shortlist } from '@shortlist/core';

type ShopperWindow = Window & { shortlist?: ((command: 'get') => Shortlist) & { q?: unknown[] } };

const frames: HTMLIFrameElement[] = [];

/** Opens a storefront page and waits until Shortlist has started and loaded the catalog. */
async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; window: ShopperWindow; shortlist: Shortlist }> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as ShopperWindow;
  const shortlist = await waitFor(() => (typeof window.shortlist === 'function' && !window.shortlist.q ? window.shortlist('get') : undefined));
  await shortlist.ready;
  return { frame, window, shortlist };
}

async function waitFor<T>(read: () => T | undefined, what = 'Shortlist to start'): Promise<T> {
  for (let waited = 0; waited < 5000; waited += 20) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function compareButtons(window: ShopperWindow) {
  return [...window.document.querySelectorAll('shortlist-compare-button')].map((element) => element.shadowRoot!.querySelector('button')!);
}

describe('demo storefront, end to end', () => {
  before(async () => {
    const response = await fetch('/catalog.json');
    if (!response.ok) throw new Error('The demo storefront is not built: run `npm run build` first.');
  });

  beforeEach(() => localStorage.removeItem('shortlist:demo-store'));

  afterEach(() => {
    frames.splice(0).forEach((frame) => frame.remove());
    localStorage.removeItem('shortlist:demo-store');
  });

  it('keeps products added on a listing page across a product page and a reload', async () => {
    const listing = await openPage('/laptops/');
    expect(listing.shortlist.$catalog.get().catalog.products.length, 'the feed and the page loaded').to.be.greaterThan(300);
    const buttons = compareButtons(listing.window).slice(0, 3);
    const ids = [...listing.window.document.querySelectorAll('shortlist-compare-button')].slice(0, 3).map((element) => element.getAttribute('product')!);
    buttons.forEach((button) => button.click());
    expect(listing.shortlist.$tray.get()).to.deep.equal(ids);

    const product = await openPage(`/p/${ids[0]}.html`);
    expect(product.shortlist.$tray.get()).to.deep.equal(ids);
    const [pageButton] = compareButtons(product.window);
    await waitFor(() => (pageButton!.getAttribute('aria-pressed') === 'true' ? true : undefined), 'the product page button to show it is in the tray');
    const count = product.window.document.querySelector('shortlist-tray')!.shadowRoot!.querySelector('[part=count]')!;
    expect(count.textContent).to.equal('3');

    const reloaded = new Promise((resolve) => product.frame.addEventListener('load', resolve, { once: true }));
    product.window.location.reload();
    await reloaded;
    const afterReload = await waitFor(() => {
      const window = product.frame.contentWindow as ShopperWindow;
      return typeof window.shortlist === 'function' && !window.shortlist.q ? window.shortlist('get') : undefined;
    });
    expect(afterReload.$tray.get()).to.deep.equal(ids);
  });

  it('shows a change made in one page in another open page at once', async () => {
    const first = await openPage('/running-shoes/');
    const second = await openPage('/mattresses/');
    const [button] = compareButtons(first.window);
    button!.click();
    const id = first.shortlist.$tray.get()[0];
    expect(id).to.be.a('string');
    await waitFor(() => (second.shortlist.$tray.get().includes(id!) ? true : undefined), 'the other page to see the change');
    const count = second.window.document.querySelector('shortlist-tray')!.shadowRoot!.querySelector('[part=count]')!;
    await waitFor(() => (count.textContent === '1' ? true : undefined), 'the other page to show the count');
  });

  it('reads the JSON-LD of a product page with no feed configured, and it agrees with the feed', async () => {
    const page = await openPage('/laptops/');
    const id = page.shortlist.$catalog.get().catalog.products[0]!.id;
    const product = await openPage(`/p/${id}.html`);
    const { readJsonLd } = await import('../../../packages/core/src/catalog/sources/jsonld.js');
    const { input, issues } = readJsonLd(product.window.document);
    expect(issues).to.deep.equal([]);
    const fromPage = input.products[0] as { id: string; name: string };
    expect(fromPage.id).to.equal(id);
    expect(fromPage.name).to.equal(page.shortlist.product(id)!.name);
  });
});
