/**
 * The script-tag examples of docs/getting-started.md, in real pages: examples/html/index.html
 * (the queue snippet, the module script with data-* configuration, the elements, `init` and
 * `on`), and the same script loaded as from a CDN with Subresource Integrity: the hash the docs
 * compute (SHA-384, base64) lets it run, any other hash blocks it.
 */
import { expect } from '@esm-bundle/chai';
import { storageKey } from '@shortlist/core';
import { until } from '../../../packages/core/test/helpers/until.js';

type FrameWindow = Window & typeof globalThis & { scriptBlocked?: boolean };
const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

async function open(frame: HTMLIFrameElement): Promise<FrameWindow> {
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}
const buttonLabel = (window: Window, product: string) =>
  window.document.querySelector(`shortlist-compare-button[product="${product}"]`)?.shadowRoot?.querySelector('[part=base]')?.getAttribute('aria-label');

describe('plain HTML with the script tag (examples/html)', () => {
  it('starts from the data-* attributes, replays the queued calls and reports tray changes', async () => {
    localStorage.removeItem(storageKey('html-example'));
    const frame = document.createElement('iframe');
    frame.src = '/examples/html/index.html';
    const window = await open(frame);
    await until(() => buttonLabel(window, 'terra-15') === 'Compare Terra 15', 'the catalog to name the products');
    window.document.querySelector('shortlist-compare-button[product="terra-15"]')!.shadowRoot!.querySelector<HTMLElement>('[part=base]')!.click();
    await until(() => window.document.getElementById('comparing')!.textContent === 'terra-15', 'the tray-change listener');
    const count = window.document.querySelector('shortlist-tray')!.shadowRoot!.querySelector('[part~=count]')!.textContent;
    expect(count).to.equal('1');
  });
});

describe('from a CDN with Subresource Integrity', () => {
  /** `openssl dgst -sha384 -binary shortlist.js | openssl base64 -A`, as the docs compute it. */
  async function integrity(url: string): Promise<string> {
    const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
  }
  function page(hash: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <script>window.shortlist=window.shortlist||function(){(shortlist.q=shortlist.q||[]).push(arguments)}</script>
      <script type="module" src="${location.origin}/shortlist/shortlist.js" integrity="${hash}" crossorigin="anonymous"
        data-catalog="/examples/html/products.json" data-namespace="cdn-example" onerror="window.scriptBlocked = true"></script>
      </head><body><shortlist-compare-button product="aero-14"></shortlist-compare-button></body></html>`;
    return frame;
  }

  it('runs with the file’s hash', async () => {
    const window = await open(page(await integrity('/shortlist/shortlist.js')));
    await until(() => buttonLabel(window, 'aero-14') === 'Compare Aero 14', 'Shortlist to start');
    expect(window.scriptBlocked ?? false).to.equal(false);
  });

  it('is blocked with any other hash', async () => {
    const window = await open(page(await integrity('/examples/html/products.json')));
    await until(() => window.scriptBlocked, 'the browser to block the script');
    expect(!!window.customElements.get('shortlist-compare-button')).to.equal(false);
  });
});
