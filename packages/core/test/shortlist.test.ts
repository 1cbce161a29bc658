import { expect } from '@esm-bundle/chai';
import { createShortlist, globalHandle, VERSION, type Shortlist, type ShortlistConfig, type ShortlistEvent } from '../src/index.js';

// ---- fixtures ------------------------------------------------------------------------------

const PRODUCTS = [
  { id: 'aero-15', name: 'Aero 15', price: 1299, availability: 'InStock', attributes: { weight: '1.2 kg', ram: '16 GB' } },
  { id: 'zen-14', name: 'Zen 14', price: '999', availability: 'https://schema.org/OutOfStock', attributes: { weight: '1350 g', ram: '8 GB' } },
  { id: 'old-13', name: 'Old 13', price: 499, availability: 'Discontinued', attributes: { weight: '1.6 kg' } },
  { id: 'broken' }, // no name: reported, left out
];

let instances: Shortlist[] = [];
let cleanups: Array<() => void> = [];

/** A Shortlist with the inline catalog, nothing saved and no page sources unless asked; destroyed after the test. */
function start(config: ShortlistConfig = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    currency: 'EUR',
    ...config,
    catalog: { products: PRODUCTS, jsonLd: false, cards: false, ...config.catalog },
  });
  instances.push(shortlist);
  return shortlist;
}

/** Records the events of one type, in order. */
function record<K extends ShortlistEvent['type']>(shortlist: Shortlist, type: K) {
  const log: ShortlistEvent<K>[] = [];
  shortlist.on(type, (event) => log.push(event));
  return log;
}

/** Quiets an expected console method for this test. */
function silence(method: 'warn' | 'error') {
  const original = console[method];
  console[method] = () => {};
  cleanups.push(() => (console[method] = original));
}

/** Puts a JSON-LD script on the page for this test. */
function addJsonLd(data: unknown) {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify(data);
  document.head.append(script);
  cleanups.push(() => script.remove());
}

beforeEach(() => silence('warn'));

afterEach(async () => {
  instances.forEach((shortlist) => shortlist.destroy());
  // Let catalog loads still under way finish while the console is quiet.
  await Promise.allSettled(instances.map((shortlist) => shortlist.ready));
  cleanups.reverse().forEach((cleanup) => cleanup());
  instances = [];
  cleanups = [];
});

// ---- tests ---------------------------------------------------------------------------------

describe('createShortlist: catalog', () => {
  it('ready resolves with the valid inline products; $catalog goes from loading to ready', async () => {
    const shortlist = start();
    expect(shortlist.version).to.equal(VERSION);
    expect(shortlist.$catalog.get().status).to.equal('loading');
    expect(shortlist.$catalog.get().catalog.products).to.deep.equal([]);

    const catalog = await shortlist.ready;
    expect(catalog.products.map((product) => product.id)).to.deep.equal(['aero-15', 'zen-14', 'old-13']);
    const state = shortlist.$catalog.get();
    expect(state.status).to.equal('ready');
    expect(state.catalog).to.equal(catalog);
    expect(state.errors).to.deep.equal([]);
  });

  it('products are normalized with the configured currency and units', async () => {
    const shortlist = start();
    await shortlist.ready;
    expect(shortlist.product('aero-15')).to.deep.include({ price: { amount: 1299, currency: 'EUR' }, availability: 'in-stock' });
    expect(shortlist.product('zen-14')!.availability).to.equal('out-of-stock');
    expect(shortlist.product('aero-15')!.attributes.weight).to.be.lessThan(shortlist.product('zen-14')!.attributes.weight as number);
    expect(shortlist.product('aero-15')!.attributes.ram).to.equal(16e9);
    expect(shortlist.product('broken')).to.equal(undefined);
    expect(shortlist.product('nope')).to.equal(undefined);
  });

  it('emits catalog-ready with the count and the issues', async () => {
    const shortlist = start();
    const events: ShortlistEvent<'catalog-ready'>[] = [];
    shortlist.on('catalog-ready', (event) => events.push(event));
    const catalog = await shortlist.ready;
    expect(events).to.have.length(1);
    expect(events[0]!.count).to.equal(3);
    expect(events[0]!.issues).to.deep.equal(catalog.issues);
    expect(events[0]!.issues).to.have.length(1);
    expect(events[0]!.issues[0]!.field).to.equal('products[3].name');
    expect(events[0]!.issues[0]!.productId).to.equal('broken');
  });

  it("the retailer's attribute schema applies", async () => {
    const shortlist = start({ catalog: { attributes: [{ key: 'weight', unit: 'g', better: 'lower' }] } });
    const catalog = await shortlist.ready;
    expect(catalog.attributes[0]).to.deep.include({ key: 'weight', unit: 'g', better: 'lower' });
    expect(shortlist.product('aero-15')!.attributes.weight).to.equal(1200);
  });

  it('reads JSON-LD on the page when jsonLd is true; an inline product with the same id wins', async () => {
    addJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Product',
          sku: 'ld-1',
          name: 'From the page',
          offers: { '@type': 'Offer', price: '1,299.00', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
        },
        { '@type': 'Product', sku: 'aero-15', name: 'Aero 15 (page copy)' },
      ],
    });
    const shortlist = start({ catalog: { jsonLd: true } });
    const catalog = await shortlist.ready;
    expect(catalog.products.map((product) => product.id)).to.deep.equal(['aero-15', 'zen-14', 'old-13', 'ld-1']);
    expect(shortlist.product('ld-1')).to.deep.include({ name: 'From the page', price: { amount: 1299, currency: 'USD' }, availability: 'in-stock' });
    expect(shortlist.product('aero-15')!.name).to.equal('Aero 15');
  });

  it('ignores JSON-LD on the page when jsonLd is false', async () => {
    addJsonLd({ '@context': 'https://schema.org', '@type': 'Product', sku: 'ld-2', name: 'Hidden' });
    const catalog = await start().ready;
    expect(catalog.byId.has('ld-2')).to.equal(false);
  });

  it('reads microdata on the page by default, and not when microdata is false', async () => {
    const item = document.createElement('div');
    item.innerHTML = `<div itemscope itemtype="https://schema.org/Product">
        <h2 itemprop="name">Kettle from microdata</h2><meta itemprop="sku" content="md-1">
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="39.90"><meta itemprop="priceCurrency" content="EUR"></div>
      </div>`;
    document.body.append(item);
    cleanups.push(() => item.remove());
    const shortlist = start({ catalog: { products: [] } });
    expect((await shortlist.ready).byId.get('md-1')).to.deep.include({ name: 'Kettle from microdata', price: { amount: 39.9, currency: 'EUR' } });
    const off = start({ catalog: { products: [], microdata: false } });
    expect((await off.ready).byId.has('md-1')).to.equal(false);
  });
});

describe('createShortlist: addability', () => {
  it("is 'ok' for any id while the catalog loads, and 'unavailable' for an unknown id once it is ready", async () => {
    const shortlist = start();
    expect(shortlist.addability('nope')).to.equal('ok');
    await shortlist.ready;
    expect(shortlist.addability('nope')).to.equal('unavailable');
    expect(shortlist.addability('aero-15')).to.equal('ok');
    // Out of stock can still be compared; discontinued cannot.
    expect(shortlist.addability('zen-14')).to.equal('ok');
    expect(shortlist.addability('old-13')).to.equal('unavailable');
    expect(shortlist.addability('broken')).to.equal('unavailable');
  });

  it("is 'present' for a product in the tray and 'full' when the tray is full", async () => {
    const shortlist = start({ tray: { max: 1 } });
    await shortlist.ready;
    shortlist.add('aero-15');
    expect(shortlist.addability('aero-15')).to.equal('present');
    expect(shortlist.addability('zen-14')).to.equal('full');
    // Unavailable is reported before full: adding it would not help.
    expect(shortlist.addability('old-13')).to.equal('unavailable');
  });

  it("is never 'full' with whenFull 'replace-oldest'", async () => {
    const shortlist = start({ tray: { max: 1, whenFull: 'replace-oldest' } });
    await shortlist.ready;
    shortlist.add('aero-15');
    expect(shortlist.addability('zen-14')).to.equal('ok');
  });
});

describe('createShortlist: configuration reaches the instance', () => {
  it('formats with the configured locale and messages', () => {
    const shortlist = start({ locale: 'de-DE', messages: { compare: 'Merken' } });
    expect(shortlist.config.locale).to.equal('de-DE');
    expect(shortlist.format.locale).to.equal('de-DE');
    expect(shortlist.format.t('compare')).to.equal('Merken');
    expect(shortlist.format.t('trayEmpty')).to.equal('Noch keine Produkte im Vergleich');
  });
});

describe('createShortlist: the page handle', () => {
  it('$instance holds the newest instance; destroy() clears it', () => {
    const first = start();
    expect(globalHandle().$instance.get()).to.equal(first);
    const second = start();
    expect(globalHandle().$instance.get()).to.equal(second);
    first.destroy();
    expect(globalHandle().$instance.get()).to.equal(second);
    second.destroy();
    expect(globalHandle().$instance.get()).to.equal(undefined);
  });

  it('is one handle per page, found through globalThis', () => {
    const handle = globalHandle();
    expect(globalHandle()).to.equal(handle);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for('shortlist.global')]).to.equal(handle);
    expect(handle.version).to.equal(VERSION);
  });

  it('after destroy() the tray no longer emits events', () => {
    const shortlist = start();
    const seen: string[] = [];
    shortlist.on('tray-change', (event) => seen.push(event.ids.join()));
    shortlist.add('a');
    shortlist.destroy();
    shortlist.add('b');
    expect(seen).to.deep.equal(['a']);
  });

  it('destroy() before the catalog is ready: no catalog-ready or error event arrives afterwards', async () => {
    // Bug report: destroy() aborts the controller, but loadCatalog only checks the signal for a
    // feed; with inline / page sources the load completes, sets $catalog and emits catalog-ready
    // to the destroyed instance's listeners.
    const shortlist = start();
    const events: string[] = [];
    shortlist.on('catalog-ready', (event) => events.push(event.type));
    shortlist.on('error', (event) => events.push(event.type));
    shortlist.destroy();
    // The loads run to their end (or reject, aborted) without telling anyone.
    await shortlist.ready.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve));
    expect(events).to.deep.equal([]);
    expect(shortlist.$catalog.get().status).to.equal('loading');
  });
});

describe('createShortlist: the feed loads when something needs it', () => {
  const FEED = { products: [{ id: 'feed-only', name: 'Feed Only 17', price: 1499 }] };
  let requests: string[];

  beforeEach(() => {
    requests = [];
    const realFetch = window.fetch;
    window.fetch = (async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return new Response(JSON.stringify(FEED), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    cleanups.push(() => (window.fetch = realFetch));
  });

  /** Waits until the catalog leaves `loading`. */
  const settledCatalog = (shortlist: Shortlist) =>
    new Promise<void>((resolve) => {
      const stop = shortlist.$catalog.subscribe(({ status }) => {
        if (status === 'loading') return;
        queueMicrotask(() => stop());
        resolve();
      });
    });

  it("holds the page's own products first, without fetching the feed", async () => {
    const shortlist = start({ catalog: { url: '/feed.json' } });
    const ready = record(shortlist, 'catalog-ready');
    await settledCatalog(shortlist);
    // A feed fetched without need would have been asked for by now: the page's load has ended.
    await new Promise((resolve) => setTimeout(resolve));
    expect(shortlist.$catalog.get().status).to.equal('partial');
    expect(shortlist.product('aero-15')?.name).to.equal('Aero 15');
    expect(requests).to.deep.equal([]);
    expect(ready).to.have.length(0);
    // A product the page knows keeps its availability without the feed.
    expect(shortlist.addability('old-13')).to.equal('unavailable');
  });

  it('fetches the feed once for a product the page does not describe, which is addable meanwhile', async () => {
    const shortlist = start({ catalog: { url: '/feed.json' } });
    await settledCatalog(shortlist);
    expect(shortlist.addability('feed-only')).to.equal('ok');
    expect(shortlist.addability('feed-only')).to.equal('ok');
    const catalog = await shortlist.ready;
    expect(requests).to.have.length(1);
    expect(catalog.byId.get('feed-only')?.name).to.equal('Feed Only 17');
    expect(shortlist.$catalog.get().status).to.equal('ready');
    expect(shortlist.addability('unknown-id')).to.equal('unavailable');
  });

  it('reading `ready` loads everything and announces catalog-ready once', async () => {
    const shortlist = start({ catalog: { url: '/feed.json' } });
    const ready = record(shortlist, 'catalog-ready');
    const [first, second] = await Promise.all([shortlist.ready, shortlist.ready]);
    expect(first).to.equal(second);
    expect(first.products.map((product) => product.id)).to.include.members(['aero-15', 'feed-only']);
    expect(requests).to.have.length(1);
    expect(ready).to.have.length(1);
  });

  it('is complete at once without a feed', async () => {
    const shortlist = start();
    const ready = record(shortlist, 'catalog-ready');
    await settledCatalog(shortlist);
    expect(shortlist.$catalog.get().status).to.equal('ready');
    expect(ready).to.have.length(1);
  });
});
