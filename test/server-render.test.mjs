/**
 * Server rendering (Next.js, Nuxt, SvelteKit…): the npm packages are imported in Node, where
 * there is no window, document or storage. Importing them and creating an instance must work
 * and say nothing: storage and the page's own catalog sources are simply off there.
 *
 * Run by `npm test` after the build (it imports the packages as an app would: their `dist`), or
 * alone: `node --test test/`.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

const said = [];
const originals = {};
const record = (what) => (...args) => said.push(`${what}: ${args.map(String).join(' ')}`);
const onRejection = record('unhandled rejection');
const onWarning = record('process warning');

before(() => {
  for (const level of ['error', 'warn', 'log', 'info', 'debug']) {
    originals[level] = console[level];
    console[level] = record(`console.${level}`);
  }
  process.on('unhandledRejection', onRejection);
  process.on('warning', onWarning);
});

after(() => {
  Object.assign(console, originals);
  process.off('unhandledRejection', onRejection);
  process.off('warning', onWarning);
});

test('the packages import in Node, and createShortlist works there without a word', async () => {
  const core = await import('@shortlist/core');
  await import('@shortlist/elements');
  for (const define of ['shortlist-compare-button.js', 'shortlist-tray.js', 'shortlist-compare.js', 'share-prompt.js']) await import(`@shortlist/elements/${define}`);

  // The defaults: localStorage, and the page's JSON-LD and product cards as catalog sources.
  const shortlist = core.createShortlist({ currency: 'EUR', catalog: { products: [{ id: 'sku-1', name: 'Alpha 14', price: 999 }] } });
  const errors = [];
  shortlist.on('error', (event) => errors.push(event.error));
  assert.equal(shortlist.add('sku-1'), 'added');
  assert.deepEqual(shortlist.$tray.get(), ['sku-1']);
  const catalog = await shortlist.ready;
  assert.deepEqual(catalog.products.map((product) => product.id), ['sku-1']);
  assert.equal(shortlist.$catalog.get().status, 'ready');
  shortlist.forget();
  shortlist.destroy();

  // Nothing was reported, logged or left to fail later.
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(errors, []);
  assert.deepEqual(said, []);
});
