import { expect } from '@esm-bundle/chai';
import { fetchFeed, type FeedOptions } from '../src/catalog/sources/feed.js';
import { ShortlistError } from '../src/errors.js';

/** What the fake server does on each call, in order: answer, fail at network level, or never answer. */
type Step = Response | Error | 'hang';

/** A fake `fetch` that plays `steps` in order and records every call. */
function fakeFetch(...steps: Step[]) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fake = ((url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const step = steps[calls.length - 1];
    if (step === undefined) return Promise.reject(new Error(`unexpected call ${calls.length}`));
    if (step instanceof Error) return Promise.reject(step);
    if (step === 'hang') {
      // Like the real fetch: only the request's signal ends it.
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    return Promise.resolve(step);
  }) as typeof fetch;
  return { fetch: fake, calls };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const status = (code: number, statusText = '') => new Response('oops', { status: code, statusText });

const URL_ = 'https://shop.example/products.json';
const catalog = { products: [{ id: 'a', name: 'A' }], currency: 'EUR' };

/** Loads with a fake fetch and no retry delay, so tests stay fast; resolves with what the feed held, or rejects. */
function load(steps: Step[], options: FeedOptions = {}, url = URL_) {
  const fake = fakeFetch(...steps);
  const promise = fetchFeed(url, { fetch: fake.fetch, retryDelay: 0, ...options }).then(({ input, issues }) => {
    expect(issues, 'nothing in these feeds is refused').to.deep.equal([]);
    return input;
  });
  return { promise, calls: fake.calls };
}

/** The reason `promise` rejected with; fails when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The shared shape of every feed error. */
function expectFeedError(error: unknown, ...fragments: string[]) {
  expect(error).to.be.instanceOf(ShortlistError);
  expect(error).to.include({ code: 'feed', field: 'catalog.url' });
  for (const fragment of fragments) expect((error as Error).message).to.contain(fragment);
}

describe('fetchFeed', () => {
  it('loads { products, currency } and asks for JSON once', async () => {
    const { promise, calls } = load([json(catalog)]);
    expect(await promise).to.deep.equal(catalog);
    expect(calls).to.have.length(1);
    expect(new Headers(calls[0]!.init?.headers).get('accept')).to.equal('application/json');
  });

  it('resolves a relative URL against the document', async () => {
    const { promise, calls } = load([json(catalog)], {}, '/feeds/products.json');
    await promise;
    expect(calls[0]!.url).to.equal(new URL('/feeds/products.json', document.baseURI).href);
  });

  it('accepts a bare array of products', async () => {
    const { promise } = load([json([{ id: 'a', name: 'A' }])]);
    expect(await promise).to.deep.equal({ products: [{ id: 'a', name: 'A' }] });
  });

  it('applies the map hook to the parsed JSON', async () => {
    const map = (data: unknown) => (data as { items: Array<{ sku: string; title: string }> }).items.map((item) => ({ id: item.sku, name: item.title }));
    const { promise } = load([json({ items: [{ sku: 'x1', title: 'X' }] })], { map });
    expect(await promise).to.deep.equal({ products: [{ id: 'x1', name: 'X' }] });
  });

  it('wraps a throwing map hook in a feed error with the cause', async () => {
    const bug = new TypeError('items is undefined');
    const error = await rejection(load([json({})], { map: () => { throw bug; } }).promise);
    expectFeedError(error, URL_, 'map');
    expect(error.cause).to.equal(bug);
  });

  it('retries once after an HTTP 500', async () => {
    const { promise, calls } = load([status(500), json(catalog)]);
    expect(await promise).to.deep.equal(catalog);
    expect(calls).to.have.length(2);
  });

  it('retries once after a network error', async () => {
    const { promise, calls } = load([new TypeError('Failed to fetch'), json(catalog)]);
    expect(await promise).to.deep.equal(catalog);
    expect(calls).to.have.length(2);
  });

  it('gives up after the retry with the last status', async () => {
    const { promise, calls } = load([status(502), status(503, 'Service Unavailable')]);
    expectFeedError(await rejection(promise), URL_, 'HTTP 503 Service Unavailable');
    expect(calls).to.have.length(2);
  });

  it('does not retry an HTTP 404 and names the status', async () => {
    const { promise, calls } = load([status(404, 'Not Found'), json(catalog)]);
    const error = await rejection(promise);
    expectFeedError(error, URL_, 'HTTP 404 Not Found');
    expect(error.docsUrl).to.contain('catalog.md#feed');
    expect(calls).to.have.length(1);
  });

  it('times out each attempt and retries once', async () => {
    const { promise, calls } = load(['hang', 'hang'], { timeout: 20 });
    expectFeedError(await rejection(promise), URL_, 'within 20 ms');
    expect(calls).to.have.length(2);
    expect(calls.every((call) => call.init?.signal?.aborted)).to.equal(true);
  });

  it('rejects at once with the reason when the caller aborts, without retrying', async () => {
    const controller = new AbortController();
    const { promise, calls } = load(['hang', json(catalog)], { signal: controller.signal, timeout: 60_000 });
    const reason = new DOMException('Navigated away', 'AbortError');
    controller.abort(reason);
    expect(await rejection(promise)).to.equal(reason);
    expect(calls).to.have.length(1);
  });

  it('rejects at once when the caller aborts while waiting to retry', async () => {
    const controller = new AbortController();
    const { promise, calls } = load([status(500), json(catalog)], { signal: controller.signal, retryDelay: 60_000 });
    // The 500 is handled within the task that answered it: the next task finds it waiting.
    await new Promise((resolve) => setTimeout(resolve));
    controller.abort();
    expect(await rejection(promise)).to.have.property('name', 'AbortError');
    expect(calls).to.have.length(1);
  });

  it('does not fetch at all with an already aborted signal', async () => {
    const { promise, calls } = load([json(catalog)], { signal: AbortSignal.abort() });
    expect(await rejection(promise)).to.have.property('name', 'AbortError');
    expect(calls).to.have.length(0);
  });

  it('reports a body that is not JSON', async () => {
    const { promise, calls } = load([new Response('<!doctype html><title>Login</title>', { status: 200 })]);
    const error = await rejection(promise);
    expectFeedError(error, URL_, 'expected JSON', '<!doctype html>');
    expect(calls, 'a parse error is not retried').to.have.length(1);
  });

  it('reports JSON of the wrong shape', async () => {
    const { promise } = load([json({ items: [] })]);
    expectFeedError(await rejection(promise), URL_, 'expected { products: [...] } or an array', 'found an object');
  });

  it('refuses a javascript: URL without fetching', async () => {
    const { promise, calls } = load([json(catalog)], {}, 'javascript:alert(1)');
    expectFeedError(await rejection(promise), 'http(s)', 'javascript:alert(1)');
    expect(calls).to.have.length(0);
  });
});
