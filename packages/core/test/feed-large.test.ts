/**
 * Large feeds: parsed in slices exactly as JSON.parse would, an absurdly long text refused
 * before anything reads it, and no long task while ten thousand products load.
 */
import { expect } from '@esm-bundle/chai';
import { runAtOnce } from '../src/catalog/slices.js';
import { parseJsonSteps, PIECE } from '../src/catalog/sources/json-slices.js';
import { fetchFeed } from '../src/catalog/sources/feed.js';
import { createShortlist, ShortlistError } from '../src/index.js';

const parse = (text: string) => {
  const refused: string[] = [];
  const value = runAtOnce(parseJsonSteps(text, (path) => refused.push(path)));
  return { value, refused };
};

/** A response whose body arrives in 64 KB chunks, one task apart, as from the network. */
function streamed(content: string | Uint8Array): Response {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, (offset += 65_536)));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

/** Product `index` of a realistic feed: about 1.4 KB of JSON, 25 attributes in the store's own spellings. */
function feedProduct(index: number) {
  const attributes: Record<string, unknown> = {};
  for (let key = 0; key < 25; key++) {
    const kind = key % 5;
    attributes[`spec-${key}`] =
      kind === 0 ? `${1 + ((index + key) % 40) / 10} kg` : kind === 1 ? (index * key) % 97 : kind === 2 ? (index + key) % 3 === 0 : kind === 3 ? ['usb-c', 'hdmi', 'wifi'].slice(0, 1 + (key % 3)) : `Variante ${(index + key) % 12} – „Édition“`;
  }
  return {
    id: `sku-${index}`,
    name: `Produkt ${index} mit einem längeren Namen`,
    url: `/p/sku-${index}.html`,
    image: `/img/sku-${index}.jpg`,
    brand: `Marke ${index % 30}`,
    price: `${1 + (index % 900)},${String(index % 100).padStart(2, '0')}`,
    availability: index % 7 ? 'InStock' : 'OutOfStock',
    category: 'Werkzeug',
    rating: { value: (index % 50) / 10, count: index % 300 },
    attributes,
  };
}

/** The 10,000 products of {@link feedProduct}, one with a 1 MB description, as the bytes a server sends. */
function largeFeed(): Uint8Array {
  const products = Array.from({ length: 10_000 }, (_, index) => feedProduct(index));
  products[5000] = { ...products[5000]!, attributes: { ...products[5000]!.attributes, description: 'z'.repeat(1_000_000) } };
  return new TextEncoder().encode(JSON.stringify({ currency: 'EUR', products }));
}

describe('parseJsonSteps', () => {
  it('gives what JSON.parse gives, for a document larger than one piece with every kind of value', () => {
    const tricky = {
      ...JSON.parse('{"__proto__": {"polluted": true}}'),
      quote: 'say "hi" \\ and /slash/',
      unicode: 'café – 𝄞 \u0000 \u2028',
      numbers: [0, -1.5e3, 1e-7, 12345678901234567890, -0],
      literals: [true, false, null],
      empty: [[], {}, ''],
      nested: { a: { b: { c: [1, [2, [3]]] } } },
      'key with "quotes"': 'and, commas: {braces} [brackets]',
    };
    const document = { currency: 'EUR', products: Array.from({ length: 400 }, (_, index) => ({ id: `p${index}`, name: `P${index}`, tricky })) };
    const text = JSON.stringify(document, null, 2);
    expect(text.length, 'larger than one piece').to.be.greaterThan(4 * PIECE);
    const { value, refused } = parse(text);
    expect(refused).to.deep.equal([]);
    expect(value).to.deep.equal(JSON.parse(text));
    const first = (value as typeof document).products[0]!.tricky;
    expect(Object.hasOwn(first, '__proto__'), '"__proto__" is an own key, as with JSON.parse').to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('refuses a text longer than one piece, naming where it was; its neighbours load', () => {
    const text = JSON.stringify({ products: [{ id: 'a', name: 'A', attributes: { note: 'x'.repeat(PIECE + 10), weight: '1 kg' } }, { id: 'b', name: 'B' }] });
    const { value, refused } = parse(text);
    expect(refused).to.deep.equal(['products[0].attributes.note']);
    expect(value).to.deep.equal({ products: [{ id: 'a', name: 'A', attributes: { weight: '1 kg' } }, { id: 'b', name: 'B' }] });
  });

  it('throws a SyntaxError on what is not JSON, small or large', () => {
    for (const text of ['', '{"a": }', '[1, 2', `{"products": [${'{"id":1},'.repeat(20_000)}`, '{"a": 1} trailing', '<!doctype html>']) {
      expect(() => parse(text), text.slice(0, 30)).to.throw(SyntaxError);
    }
  });
});

describe('fetchFeed: a large feed', () => {
  it('leaves out a text over 64 KB with an issue, and loads everything else', async () => {
    const feed = { products: [feedProduct(0), { ...feedProduct(1), attributes: { note: 'y'.repeat(200_000) } }, feedProduct(2)] };
    const { input, issues } = await fetchFeed('/feed.json', { fetch: async () => streamed(JSON.stringify(feed)) });
    expect(input.products).to.have.length(3);
    expect((input.products[1] as { attributes: object }).attributes).to.deep.equal({});
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ source: 'feed', field: 'products[1].attributes.note', expected: `a text of at most ${PIECE} characters` });
    expect(issues[0]!.found).to.contain('200002 characters');
  });

  it('reports a large body that breaks off as not JSON', async () => {
    const text = JSON.stringify({ products: Array.from({ length: 200 }, (_, index) => feedProduct(index)) }).slice(0, -500);
    try {
      await fetchFeed('/feed.json', { fetch: async () => streamed(text) });
      expect.fail('a broken feed loaded');
    } catch (error) {
      expect(error).to.be.instanceOf(ShortlistError);
      expect((error as ShortlistError).message).to.contain('is not JSON');
    }
  });
});

describe('loading a feed of 10,000 products with a 1 MB text in it', () => {
  it('loads every product with no long task (none over 50 ms): parsing and normalizing pause in between', async function () {
    this.timeout(60_000);
    const body = largeFeed();
    const original = window.fetch;
    window.fetch = async () => streamed(body);
    const warn = console.warn;
    console.warn = () => {};
    // Let the work of building the feed settle before watching.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => Math.round(entry.duration))));
    observer.observe({ type: 'longtask' });
    const shortlist = createShortlist({ storage: 'none', locale: 'de-DE', catalog: { url: '/feed.json', jsonLd: false, microdata: false, cards: false } });
    try {
      const catalog = await shortlist.ready;
      // Long-task entries arrive after their task: give them a frame.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      expect(longTasks, `long tasks while loading: ${longTasks.join(', ')} ms`).to.deep.equal([]);
      expect(catalog.products).to.have.length(10_000);
      expect(catalog.byId.get('sku-5000')!.attributes).to.not.have.property('description');
      expect(catalog.byId.get('sku-123')!.price, 'a German feed\'s "124,23"').to.deep.equal({ amount: 124.23, currency: 'EUR' });
      expect(catalog.issues.map((issue) => issue.field)).to.deep.equal(['products[5000].attributes.description']);
    } finally {
      observer.disconnect();
      shortlist.destroy();
      window.fetch = original;
      console.warn = warn;
    }
  });
});
