/**
 * Server-side commands for browser tests, called with `executeServerCommand(name, payload)`
 * from '@web/test-runner-commands'.
 *
 * - `open-in-fresh-browser-context` `{ url, timeout?, view? }`: opens `url` (same origin as the
 *   test page) in a new, empty browser context — no localStorage, no cookies: a shopper on
 *   another device — waits until a `<shortlist-compare>` there shows products, and returns what
 *   it shows: `{ names, count, caption, view, tags, tray, search, modal }`; with `view:
 *   'customizer'`, until a `<shortlist-customizer>` shows its options, and returns its
 *   `{ summary, add, search }`. The context is closed afterwards. Chrome (puppeteer) only.
 */

const OPEN_FRESH = 'open-in-fresh-browser-context';

/** What the page's comparison shows, once it shows products; runs in the page. */
function readComparison() {
  const elements = [...document.querySelectorAll('shortlist-compare')];
  const element = elements.find((candidate) => candidate.shadowRoot?.querySelector('th[scope=col]'));
  const shortlist = typeof window.shortlist === 'function' && !window.shortlist.q ? window.shortlist('get') : undefined;
  if (!element || !shortlist) return false;
  const root = element.shadowRoot;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const headers = [...root.querySelectorAll('th[scope=col]')];
  return {
    names: headers.map((header) => text(header.querySelector('[part~=name]'))),
    count: headers.length,
    caption: text(root.querySelector('caption')),
    view: element.getAttribute('view'),
    tags: headers.map((header) => [...header.querySelectorAll('[part~=tag]')].map(text)),
    tray: shortlist.$tray.get(),
    search: location.search,
    modal: element.hasAttribute('modal'),
    dialogOpen: !!root.querySelector('dialog[part=dialog]')?.open,
  };
}

/** What the page's customizer shows, once it shows its options; runs in the page. */
function readCustomizer() {
  const root = document.querySelector('shortlist-customizer')?.shadowRoot;
  if (!root?.querySelector('[part~=group]')) return false;
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    summary: [...root.querySelectorAll('[part~=summary] dt')].map((term) => `${text(term)}: ${text(term.nextElementSibling)}`),
    add: text(root.querySelector('[part~=add]')),
    search: location.search,
  };
}

export function wtrCommands() {
  return {
    name: 'shortlist-wtr-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== OPEN_FRESH) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${OPEN_FRESH}: needs a puppeteer (Chrome) launcher, not ${session.browser.type}`);
      const { url, timeout = 15000, view } = payload ?? {};
      const testPage = session.browser.getPage(session.id);
      const target = new URL(String(url), testPage.url());
      // Only the test server's own pages: a test cannot send the browser elsewhere.
      if (target.origin !== new URL(testPage.url()).origin) throw new Error(`${OPEN_FRESH}: ${target.origin} is not the test server's origin`);

      const context = await testPage.browser().createBrowserContext();
      try {
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
        await page.goto(target.href, { waitUntil: 'load', timeout });
        const handle = await page.waitForFunction(view === 'customizer' ? readCustomizer : readComparison, { timeout, polling: 50 });
        const shown = await handle.jsonValue();
        return { ...shown, errors };
      } finally {
        await context.close();
      }
    },
  };
}
