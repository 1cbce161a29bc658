/**
 * The autoloader of the script-tag build: each feature's code loads when one of its tags
 * appears in the page — at start-up or inserted later — and a chunk that cannot load is
 * reported once, by name, while the rest of the page keeps working. Each test loads its own
 * page in a frame, as a retailer's page loads the build.
 */
import { expect } from '@esm-bundle/chai';

interface Instance {
  $tray: { get(): readonly string[] };
  add(id: string): string;
  remove(id: string): boolean;
}
type FrameWindow = Window & { shortlist?: (command: string, ...args: unknown[]) => unknown; errors?: Array<{ code: string; field: string; message: string }> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Waits until `condition` holds, checking every frame. */
async function until<T>(condition: () => T | undefined | false, what: string): Promise<T> {
  for (let waited = 0; ; waited += 16) {
    const value = condition();
    if (value) return value;
    if (waited > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * A page with the queue snippet, an inline catalog of three products (and `more`), the script
 * tag from `src`, and `body`; it records `error` events. Resolves once Shortlist has started.
 */
async function page(src: string, body = '', more: object[] = []): Promise<{ window: FrameWindow; document: Document; shortlist: Instance }> {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1024px';
  frame.style.blockSize = '768px';
  const products = [...['a', 'b', 'c'].map((id) => ({ id, name: `Product ${id}`, price: 10, attributes: { weight: `${id.charCodeAt(0)} g` } })), ...more];
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)};
      window.errors=[];
      shortlist('init', { storage: 'none', catalog: { products: ${JSON.stringify(products)}, jsonLd: false, cards: false } });
      shortlist('on', 'error', ({ error }) => errors.push({ code: error.code, field: error.field, message: error.message }));</script>
    <script type="module" src="${new URL(src, location.href)}"></script></head><body>${body}<shortlist-tray></shortlist-tray></body></html>`;
  document.body.append(frame);
  frames.push(frame);
  const window = await until(() => {
    const view = frame.contentWindow as FrameWindow | null;
    return view?.shortlist && !('q' in view.shortlist) ? view : undefined;
  }, 'Shortlist to start in the frame');
  return { window, document: frame.contentDocument!, shortlist: window.shortlist!('get') as Instance };
}

const shown = (element: Element | null) => element?.shadowRoot?.querySelectorAll('th[scope=col]').length ?? 0;

describe('autoloader', () => {
  it('loads the comparison for an inline <shortlist-compare> already in the page', async () => {
    const { document, shortlist } = await page('/packages/embed/dist/shortlist.js', '<shortlist-compare></shortlist-compare>');
    shortlist.add('a');
    shortlist.add('b');
    expect(await until(() => shown(document.querySelector('shortlist-compare')), 'the inline comparison')).to.equal(2);
  });

  it('loads it for one inserted after start-up, once the page has settled', async () => {
    const { window, document, shortlist } = await page('/packages/embed/dist/shortlist.js');
    shortlist.add('a');
    shortlist.add('c');
    // Start-up is over: the catalog is ready and the comparison's code was not needed.
    await until(() => window.customElements.get('shortlist-tray') && (shortlist as unknown as { $catalog: { get(): { status: string } } }).$catalog.get().status === 'ready', 'start-up');
    expect(window.customElements.get('shortlist-compare')).to.equal(undefined);
    document.body.append(document.createElement('shortlist-compare'));
    expect(await until(() => shown(document.querySelector('shortlist-compare')), 'the inserted comparison')).to.equal(2);
  });

  it('loads it for one that a framework renders later, deep in a new subtree', async () => {
    const { document, shortlist } = await page('/packages/embed/dist/shortlist.js', '<main id="app"></main>');
    shortlist.add('b');
    shortlist.add('c');
    // What a framework does when a route renders: a subtree built off-page, then attached.
    const view = document.createElement('section');
    view.innerHTML = '<div class="route"><div class="panel"><shortlist-compare></shortlist-compare></div></div>';
    document.getElementById('app')!.append(view);
    expect(await until(() => shown(document.querySelector('shortlist-compare')), 'the framework-rendered comparison')).to.equal(2);
  });

  it('loads a feature a page wants when the tray calls for it: configured items added after start-up resolve', async () => {
    const { window } = await page('/packages/embed/dist/shortlist.js', '', [{ id: 'mug', name: 'Mug', price: 12, options: [{ key: 'glaze', values: ['Blue', 'Green'] }] }]);
    const shortlist = window.shortlist!('get') as Instance & { setTray(ids: string[]): void; product(id: string): { name: string } | undefined };
    const id = 'mug~glaze.Green';
    expect(shortlist.product(id), 'nothing on the page makes configured items yet').to.equal(undefined);
    // As another tab, or a shared comparison, would: the tray now holds a configured item.
    shortlist.setTray([id]);
    const item = await until(() => shortlist.product(id), 'the configured item to resolve');
    expect(item.name).to.equal('Mug (Green)');
    expect(window.errors).to.deep.equal([]);
  });

  it('a chunk that cannot load gives one error naming it, a notice with "Try again", and the tray keeps working', async () => {
    const { window, document, shortlist } = await page('/embed-missing/compare/shortlist.js', '<shortlist-compare></shortlist-compare>');
    const notice = await until(() => document.querySelector('shortlist-compare [data-shortlist-load-failure]'), 'the notice');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.querySelector('button')!.textContent).to.equal('Try again');
    const loadErrors = () => window.errors!.filter((error) => error.code === 'load');
    expect(loadErrors().map((error) => error.field)).to.deep.equal(['compare']);
    expect(loadErrors()[0]!.message).to.include('"compare" code could not be loaded');
    // The rest of the page works: adding, removing, the tray's count.
    expect(shortlist.add('a')).to.equal('added');
    expect(shortlist.remove('a')).to.equal(true);
    shortlist.add('b');
    const tray = document.querySelector('shortlist-tray')!;
    expect(await until(() => tray.shadowRoot?.querySelector('[part=count]')?.textContent === '1', 'the tray count')).to.equal(true);
    // Trying again is another attempt: reported again, the notice shown again.
    notice.querySelector('button')!.click();
    await until(() => loadErrors().length === 2, 'the second report');
    expect(document.querySelectorAll('shortlist-compare [data-shortlist-load-failure]')).to.have.length(1);
  });

  it("loads the locale's number data before a feature's code whose first render shows prices: the customizer's", async () => {
    // Before the build's module runs: note each Intl.NumberFormat made, and when the customizer is defined (its chunk ran).
    const watch = `<script>
      window.timeline = [];
      Intl.NumberFormat = new Proxy(Intl.NumberFormat, { construct: (target, args) => (timeline.push('number format'), Reflect.construct(target, args)) });
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => (name === 'shortlist-customizer' && timeline.push('customizer defined'), define(name, ...rest));
    </script>`;
    const mug = { id: 'mug', name: 'Mug', price: { amount: 12, currency: 'EUR' }, options: [{ key: 'glaze', values: ['Blue', 'Green'] }] };
    const { window, document } = await page('/packages/embed/dist/shortlist.js', `${watch}<shortlist-customizer product="mug"></shortlist-customizer>`, [mug]);
    await until(() => document.querySelector('shortlist-customizer')!.shadowRoot?.querySelector('[part=total]'), "the customizer's total");
    const timeline = (window as FrameWindow & { timeline: string[] }).timeline;
    expect(timeline.slice(0, 2)).to.deep.equal(['number format', 'customizer defined']);
  });

  it("loads a tag of a feature's part with the part's own chunk, and a part that cannot load is reported by its name", async () => {
    const { window, document } = await page('/embed-missing/criteria-filter/shortlist.js', '<shortlist-fit product="a"></shortlist-fit><shortlist-criteria></shortlist-criteria>');
    // The feature's own chunk loads: the fit badge (`criteria`) is defined…
    await until(() => window.customElements.get('shortlist-fit'), 'the fit badge');
    // …while the filter's part (`criteria/filter/`, chunk `criteria-filter`) is reported by its name, with the notice.
    await until(() => document.querySelector('shortlist-criteria [data-shortlist-load-failure]'), 'the notice');
    expect(window.errors!.filter((error) => error.code === 'load').map((error) => error.field)).to.deep.equal(['criteria-filter']);
    expect(window.customElements.get('shortlist-criteria')).to.equal(undefined);
    const scripts = () => window.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop()!.replace(/-[\w-]{6}\.js$/, ''));
    expect(scripts()).to.include('criteria').and.not.include('criteria-results');
  });

  it('loads the part of a tag inserted later: <shortlist-criteria> renders with the criteria-filter chunk', async () => {
    const { window, document } = await page('/packages/embed/dist/shortlist.js');
    document.body.append(document.createElement('shortlist-criteria'));
    const filter = await until(() => document.querySelector('shortlist-criteria')!.shadowRoot?.querySelector('[part~=count]'), 'the filter\'s count');
    expect(filter.textContent).to.match(/^3 of 3 products/);
    expect(window.errors!.filter((error) => error.code === 'load')).to.deep.equal([]);
  });
});
