import { expect } from '@esm-bundle/chai';
import { readProductCards } from '../src/catalog/sources/dom.js';
import { testContainer } from './helpers/container.js';

const container = testContainer();

/** Renders product cards as a store's template would, then reads them. */
function read(html: string, selector?: string, locale?: string) {
  container().innerHTML = html;
  return readProductCards(container(), selector, locale);
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

describe('readProductCards', () => {
  it('reads every data-shortlist-* field and attribute', () => {
    const { input, issues } = read(`
      <article data-shortlist-product="LAP-15" data-shortlist-name="Aero 15" data-shortlist-price="$1,299.00"
        data-shortlist-currency="USD" data-shortlist-brand="Aero" data-shortlist-url="/laptops/aero-15"
        data-shortlist-image="https://cdn.example.com/aero.jpg" data-shortlist-category="Laptops"
        data-shortlist-availability="InStock" data-shortlist-rating="4.5"
        data-shortlist-attr-screen-size="15.6 in" data-shortlist-attr-weight="1.2 kg" data-shortlist-attr-usb-c-ports="2">
      </article>`);
    expect(issues).to.deep.equal([]);
    expect(input.products).to.deep.equal([
      {
        id: 'LAP-15',
        name: 'Aero 15',
        price: 1299,
        currency: 'USD',
        brand: 'Aero',
        url: absolute('/laptops/aero-15'),
        image: 'https://cdn.example.com/aero.jpg',
        category: 'Laptops',
        availability: 'InStock',
        rating: 4.5,
        attributes: { 'screen-size': '15.6 in', weight: '1.2 kg', 'usb-c-ports': '2' },
      },
    ]);
  });

  it('falls back to the name element, the first link and the first image', () => {
    const [card] = read(`
      <li data-shortlist-product="mouse-1" data-shortlist-price="24,99">
        <a href="products/mouse-1"><img src="/img/mouse-1.jpg" alt="" loading="lazy"></a>
        <h3 data-shortlist-name>  Quiet Mouse  </h3>
        <a href="/other">Other link</a>
      </li>`).input.products as Array<Record<string, unknown>>;
    expect(card).to.deep.equal({
      id: 'mouse-1',
      name: 'Quiet Mouse',
      price: 24.99,
      url: absolute('products/mouse-1'),
      image: absolute('/img/mouse-1.jpg'),
    });
  });

  it('keeps non-http(s) links exactly as written so validation can refuse them', () => {
    const [card] = read(`
      <div data-shortlist-product="x" data-shortlist-name="x" data-shortlist-image="data:image/svg+xml,&lt;svg/&gt;">
        <a href="javascript:alert(1)">x</a>
      </div>`).input.products as Array<Record<string, unknown>>;
    expect([card!.url, card!.image]).to.deep.equal(['javascript:alert(1)', 'data:image/svg+xml,<svg/>']);
  });

  it('reports a card without an id and still reads the others', () => {
    const { input, issues } = read(`
      <div data-shortlist-product="" data-shortlist-name="No id"></div>
      <div data-shortlist-product="ok" data-shortlist-name="Fine"></div>`);
    expect(input.products.map((p: any) => p.id)).to.deep.equal(['ok']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ source: 'dom', field: 'cards[0].data-shortlist-product', found: '""' });
    expect(issues[0]!.message).to.contain('card 1').and.contain('data-shortlist-product').and.contain('a product id');
  });

  it('reports a price or rating that is not a number and leaves it out', () => {
    const { input, issues } = read(`<div data-shortlist-product="p" data-shortlist-name="p" data-shortlist-price="ask us" data-shortlist-rating="great"></div>`);
    expect(input.products[0]).to.deep.equal({ id: 'p', name: 'p' });
    expect(issues.map((issue) => [issue.productId, issue.field, issue.found])).to.deep.equal([
      ['p', 'cards[0].data-shortlist-price', '"ask us"'],
      ['p', 'cards[0].data-shortlist-rating', '"great"'],
    ]);
    expect(issues[0]!.message).to.contain('"p"').and.contain('a number');
  });

  it("reads prices and ratings in the retailer's locale, and reports a price that reads two ways", () => {
    const { input, issues } = read(
      `<div data-shortlist-product="a" data-shortlist-name="A" data-shortlist-price="1.299,00 €" data-shortlist-currency="EUR" data-shortlist-rating="4,5"></div>
       <div data-shortlist-product="b" data-shortlist-name="B" data-shortlist-price="1.299,–" data-shortlist-currency="EUR"></div>
       <div data-shortlist-product="c" data-shortlist-name="C" data-shortlist-price="1,299" data-shortlist-currency="EUR"></div>`,
      undefined,
      'de-DE',
    );
    expect(input.products.map((p: any) => [p.id, p.price, p.rating])).to.deep.equal([
      ['a', 1299, 4.5],
      ['b', 1299, undefined],
      ['c', undefined, undefined],
    ]);
    expect(issues.map((issue) => [issue.field, issue.found])).to.deep.equal([['cards[2].data-shortlist-price', '"1,299"']]);
    expect(issues[0]!.expected).to.contain('decimal mark is clear');
  });

  it('merges a card shown twice silently, the first one winning', () => {
    const { input, issues } = read(`
      <div data-shortlist-product="dup" data-shortlist-name="Hero card" data-shortlist-price="10" data-shortlist-attr-color="red"></div>
      <div data-shortlist-product="dup" data-shortlist-name="Carousel card" data-shortlist-brand="Acme" data-shortlist-attr-color="blue" data-shortlist-attr-size="M"></div>`);
    expect(issues).to.deep.equal([]);
    expect(input.products).to.deep.equal([{ id: 'dup', name: 'Hero card', price: 10, brand: 'Acme', attributes: { color: 'red', size: 'M' } }]);
  });

  it('reads only the cards matching a custom selector', () => {
    const { input } = read(`
      <div class="card" data-shortlist-product="a" data-shortlist-name="A"></div>
      <div data-shortlist-product="b" data-shortlist-name="B"></div>`, '.card');
    expect(input.products.map((p: any) => p.id)).to.deep.equal(['a']);
  });

  it('passes markup-like strings through untouched, as data', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const card = document.createElement('div');
    for (const name of ['product', 'name', 'brand', 'attr-note']) card.setAttribute(`data-shortlist-${name}`, payload);
    container().append(card);
    const [p] = readProductCards(container()).input.products as Array<Record<string, unknown>>;
    expect(p).to.deep.equal({ id: payload, name: payload, brand: payload, attributes: { note: payload } });
    expect(container().querySelector('img'), 'nothing was parsed as HTML').to.equal(null);
  });
});
