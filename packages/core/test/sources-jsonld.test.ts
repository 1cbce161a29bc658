import { expect } from '@esm-bundle/chai';
import { readJsonLd } from '../src/catalog/sources/jsonld.js';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => container.remove());

/** Replaces the container's content with one real JSON-LD script per document (strings as written) and reads it. */
function read(...documents: unknown[]) {
  container.replaceChildren();
  for (const data of documents) {
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = typeof data === 'string' ? data : JSON.stringify(data);
    container.append(script);
  }
  return readJsonLd(container);
}

const product = (fields: Record<string, unknown>) => ({ '@context': 'https://schema.org', '@type': 'Product', ...fields });
const products = (...documents: unknown[]) => read(...documents).input.products as Array<Record<string, any>>;

describe('readJsonLd', () => {
  it('reads a Product with an Offer, brand object, ImageObject and category path', () => {
    const { input, issues } = read(
      product({
        sku: 'LAP-15',
        name: 'Aero 15',
        url: '/laptops/aero-15',
        image: { '@type': 'ImageObject', contentUrl: 'https://cdn.example.com/aero.jpg' },
        brand: { '@type': 'Brand', name: 'Aero' },
        category: 'Electronics > Computers > Laptops',
        offers: { '@type': 'Offer', price: '1,299.00', priceCurrency: 'USD', availability: 'https://schema.org/InStock' },
      }),
    );
    expect(issues).to.deep.equal([]);
    expect(input.products).to.deep.equal([
      {
        id: 'LAP-15',
        name: 'Aero 15',
        url: new URL('/laptops/aero-15', document.baseURI).href,
        image: 'https://cdn.example.com/aero.jpg',
        brand: 'Aero',
        price: { amount: 1299, currency: 'USD' },
        availability: 'in-stock',
        category: 'Laptops',
      },
    ]);
  });

  it('reads the document by default', () => {
    read(product({ sku: 'default-root', name: 'On the page' }));
    expect(readJsonLd().input.products).to.deep.equal([{ id: 'default-root', name: 'On the page' }]);
  });

  it('takes the id from sku, then productID, then @id, then a gtin', () => {
    const ids = products(
      product({ sku: 'A', productID: 'not-this', name: 'a' }),
      product({ productID: 'B', '@id': 'https://shop.example/#b', name: 'b' }),
      product({ '@id': 'https://shop.example/#c', gtin13: '4006381333931', name: 'c' }),
      product({ gtin13: '4006381333932', name: 'd' }),
    ).map((p) => p.id);
    expect(ids).to.deep.equal(['A', 'B', 'https://shop.example/#c', '4006381333932']);
  });

  it('skips a product without any id with an issue naming it, and keeps the others', () => {
    const { input, issues } = read(product({ name: 'Nameless SKU' }), product({ sku: 'ok', name: 'Fine' }));
    expect(input.products.map((p: any) => p.id)).to.deep.equal(['ok']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ source: 'json-ld', field: 'script[0].sku', found: 'nothing' });
    expect(issues[0]!.expected).to.contain('sku');
    expect(issues[0]!.message).to.contain('"Nameless SKU"').and.contain('script[0]');
  });

  it('accepts @type as an array and with schema: or https://schema.org/ prefixes', () => {
    const ids = products(
      { '@type': ['Thing', 'Product'], sku: 'array', name: 'a' },
      { '@type': 'schema:Product', sku: 'curie', name: 'b' },
      { '@type': 'https://schema.org/Product', sku: 'iri', name: 'c' },
      { '@type': 'http://schema.org/Product', sku: 'http-iri', name: 'd' },
    ).map((p) => p.id);
    expect(ids).to.deep.equal(['array', 'curie', 'iri', 'http-iri']);
  });

  describe('offers', () => {
    const priceOf = (offers: unknown) => products(product({ sku: 'p', name: 'p', offers }))[0]!;

    it('takes the lowest-priced offer of an array with its currency, and the best availability of all', () => {
      const p = priceOf([
        { '@type': 'Offer', price: 1499, priceCurrency: 'EUR', availability: 'InStock' },
        { '@type': 'Offer', price: '1.299,00 €', priceCurrency: 'EUR', availability: 'https://schema.org/OutOfStock' },
        { '@type': 'Offer', priceCurrency: 'EUR', availability: 'InStock' },
      ]);
      expect(p.price).to.deep.equal({ amount: 1299, currency: 'EUR' });
      expect(p.priceRange, 'the offers cost different amounts').to.deep.equal({ min: 1299, max: 1499, currency: 'EUR' });
      expect(p.availability, 'in stock when any offer is').to.equal('in-stock');
    });

    it('reads an AggregateOffer by lowPrice, else by price', () => {
      expect(priceOf({ '@type': 'AggregateOffer', lowPrice: '899.50', highPrice: '1299', priceCurrency: 'USD' }).price).to.deep.equal({
        amount: 899.5,
        currency: 'USD',
      });
      expect(priceOf({ '@type': 'AggregateOffer', price: 42 }).price).to.equal(42);
    });

    it('falls back to priceSpecification.price', () => {
      const p = priceOf({ '@type': 'Offer', priceSpecification: { '@type': 'UnitPriceSpecification', price: '$1,050.00', priceCurrency: 'USD' } });
      expect(p.price).to.deep.equal({ amount: 1050, currency: 'USD' });
    });

    it('reports a price that is not a number and leaves it out', () => {
      const { input, issues } = read(product({ sku: 'call', name: 'Call us', offers: { '@type': 'Offer', price: 'call us', priceCurrency: 'USD' } }));
      expect(input.products[0]).to.not.have.property('price');
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ source: 'json-ld', productId: 'call', field: 'script[0].offers.price', found: '"call us"' });
      expect(issues[0]!.message).to.contain('"call"').and.contain('offers.price').and.contain('a number');
    });
  });

  it('reads brand as text or as an Organization, and the first of several images', () => {
    const [text, organization] = products(
      product({ sku: 'a', name: 'a', brand: 'Acme', image: ['https://cdn.example.com/1.jpg', 'https://cdn.example.com/2.jpg'] }),
      product({ sku: 'b', name: 'b', brand: { '@type': 'Organization', name: 'Globex' }, image: { '@type': 'ImageObject', url: 'https://cdn.example.com/3.jpg' } }),
    );
    expect([text!.brand, text!.image]).to.deep.equal(['Acme', 'https://cdn.example.com/1.jpg']);
    expect([organization!.brand, organization!.image]).to.deep.equal(['Globex', 'https://cdn.example.com/3.jpg']);
  });

  it('finds products in @graph and top-level arrays, ignoring other node types', () => {
    const { input, issues } = read(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Shop', url: 'https://shop.example/' },
          { '@type': 'Organization', name: 'Shop Inc.' },
          { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home', item: 'https://shop.example/' }] },
          { '@type': 'Product', sku: 'graph', name: 'In a graph' },
        ],
      },
      [product({ sku: 'array-1', name: 'First' }), { '@type': 'WebPage', name: 'Page' }, product({ sku: 'array-2', name: 'Second' })],
    );
    expect(issues).to.deep.equal([]);
    expect(input.products.map((p: any) => p.id)).to.deep.equal(['graph', 'array-1', 'array-2']);
  });

  it('finds products nested in an ItemList', () => {
    const ids = products({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: product({ sku: 'list-1', name: 'One' }) },
        { '@type': 'ListItem', position: 2, item: product({ sku: 'list-2', name: 'Two' }) },
      ],
    }).map((p) => p.id);
    expect(ids).to.deep.equal(['list-1', 'list-2']);
  });

  it('turns a ProductGroup into one product with options and variants', () => {
    const variant = (sku: string, size: unknown, color: string, memory: string, price: number, availability: string) =>
      product({
        sku,
        name: `Coat ${color} ${memory}`,
        size,
        color,
        additionalProperty: [{ '@type': 'PropertyValue', name: 'Memory', value: memory }],
        url: `/coat?variant=${sku}`,
        image: `https://cdn.example.com/${sku}.jpg`,
        offers: { '@type': 'Offer', price, priceCurrency: 'EUR', availability },
      });
    const [group, ...rest] = products({
      '@context': 'https://schema.org',
      '@type': 'ProductGroup',
      productGroupID: 'COAT',
      name: 'Coat',
      variesBy: ['https://schema.org/size', 'color', 'Memory'],
      hasVariant: [
        variant('COAT-S-RED', { '@type': 'SizeSpecification', name: 'S' }, 'Red', '8 GB', 120, 'https://schema.org/InStock'),
        variant('COAT-M-RED', 'M', 'Red', '16 GB', 110, 'https://schema.org/OutOfStock'),
        variant('COAT-M-BLUE', 'M', 'Blue', '16 GB', 130, 'https://schema.org/InStock'),
      ],
    });
    expect(rest, 'variants are not separate products').to.deep.equal([]);
    expect(group).to.deep.include({ id: 'COAT', name: 'Coat' });
    expect(group, 'a group without offers is priced from its variants when normalized').to.not.have.property('price');
    expect(group!.options).to.deep.equal([
      { key: 'size', values: ['S', 'M'] },
      { key: 'color', values: ['Red', 'Blue'] },
      { key: 'memory', values: ['8 GB', '16 GB'] },
    ]);
    expect(group!.variants).to.have.length(3);
    expect(group!.variants[1]).to.deep.equal({
      id: 'COAT-M-RED',
      name: 'Coat Red 16 GB',
      selection: { size: 'M', color: 'Red', memory: '16 GB' },
      price: { amount: 110, currency: 'EUR' },
      availability: 'out-of-stock',
      url: new URL('/coat?variant=COAT-M-RED', document.baseURI).href,
      image: 'https://cdn.example.com/COAT-M-RED.jpg',
    });
  });

  it('identifies variants by sku, @id or productID and reports a variant without one', () => {
    const { input, issues } = read({
      '@type': 'ProductGroup',
      productGroupID: 'G',
      name: 'Group',
      variesBy: 'https://schema.org/color',
      offers: { '@type': 'Offer', price: 10 },
      hasVariant: [
        { '@type': 'Product', '@id': '#red', color: 'Red' },
        { '@type': 'Product', productID: 'blue', color: 'Blue' },
        { '@type': 'Product', color: 'Green' },
      ],
    });
    const group = input.products[0] as Record<string, any>;
    expect(group.price, "the group's own offer wins over its variants'").to.equal(10);
    expect(group.variants.map((v: any) => v.id), 'a relative @id is resolved against the page').to.deep.equal([new URL('#red', document.baseURI).href, 'blue']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ productId: 'G', field: 'script[0].hasVariant[2].sku', found: 'nothing' });
  });

  it('reads additionalProperty into kebab-case attributes with units and labels', () => {
    const { input } = read(
      product({
        sku: 'attrs',
        name: 'Attrs',
        additionalProperty: [
          { '@type': 'PropertyValue', name: 'Battery life', value: 12, unitText: 'h' },
          { '@type': 'PropertyValue', name: 'Weight', value: '1.2', unitCode: 'KGM' },
          { '@type': 'PropertyValue', propertyID: 'screenSize', name: 'Screen size', value: '15.6 in' },
          { '@type': 'PropertyValue', name: 'Backlit keyboard', value: true },
          { '@type': 'PropertyValue', name: 'USB-C ports', value: 2 },
          { '@type': 'PropertyValue', name: 'Operating temperature', minValue: 0, maxValue: 35, unitCode: 'CEL' },
        ],
      }),
      product({ sku: 'other', name: 'Other', additionalProperty: { '@type': 'PropertyValue', name: 'WEIGHT (label seen later)', propertyID: 'weight', value: 2 } }),
    );
    const [first, second] = input.products as Array<Record<string, any>>;
    expect(first!.attributes).to.deep.equal({
      'battery-life': { value: 12, unit: 'h' },
      weight: { value: '1.2', unit: 'KGM' },
      'screen-size': '15.6 in',
      'backlit-keyboard': true,
      'usb-c-ports': 2,
      // A range has no single value to compare: it is shown as text.
      'operating-temperature': '0–35 °C',
    });
    expect(second!.attributes).to.deep.equal({ weight: 2 });
    expect(input.attributes).to.deep.equal([
      { key: 'battery-life', label: 'Battery life' },
      { key: 'weight', label: 'Weight' },
      { key: 'screen-size', label: 'Screen size' },
      { key: 'backlit-keyboard', label: 'Backlit keyboard' },
      { key: 'usb-c-ports', label: 'USB-C ports' },
      { key: 'operating-temperature', label: 'Operating temperature' },
    ]);
  });

  it('reads aggregateRating on a 0–5 scale', () => {
    const ratings = products(
      product({ sku: 'a', name: 'a', aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: '89' } }),
      product({ sku: 'b', name: 'b', aggregateRating: { '@type': 'AggregateRating', ratingValue: 8, bestRating: '10', ratingCount: 12 } }),
      product({ sku: 'c', name: 'c', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, bestRating: 5 } }),
    ).map((p) => p.rating);
    expect(ratings).to.deep.equal([{ value: 4.4, count: 89 }, { value: 4, count: 12 }, { value: 4 }]);
  });

  it('reports one malformed script by its index and still reads the others', () => {
    const { input, issues } = read(
      product({ sku: 'before', name: 'Before' }),
      '{ "@type": "Product", "sku": "broken" "name": "Missing comma" }',
      product({ sku: 'after', name: 'After' }),
    );
    expect(input.products.map((p: any) => p.id)).to.deep.equal(['before', 'after']);
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ source: 'json-ld', field: 'script[1]', expected: 'valid JSON' });
    expect(issues[0]!.found).to.contain('broken');
    expect(issues[0]!.message).to.contain('script[1]').and.contain('valid JSON');
  });

  it('passes markup-like strings through untouched, as data', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const [p] = products(
      product({
        sku: payload,
        name: payload,
        brand: payload,
        additionalProperty: [{ '@type': 'PropertyValue', name: 'Note', value: payload }],
      }),
    );
    expect(p).to.deep.include({ id: payload, name: payload, brand: payload });
    expect(p!.attributes.note).to.equal(payload);
    expect(container.querySelector('img'), 'nothing was parsed as HTML').to.equal(null);
  });

  it('keeps javascript: URLs as written so validation can refuse them', () => {
    const [p] = products(product({ sku: 'js', name: 'js', url: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg/>' }));
    expect([p!.url, p!.image]).to.deep.equal(['javascript:alert(1)', 'data:image/svg+xml,<svg/>']);
  });

  it('merges the same product found twice, the first occurrence winning', () => {
    const { input, issues } = read(
      product({ sku: 'twice', name: 'Full page entry', offers: { '@type': 'Offer', price: 5 } }),
      { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: product({ sku: 'twice', name: 'Carousel', brand: 'Acme' }) }] },
    );
    expect(issues).to.deep.equal([]);
    expect(input.products).to.deep.equal([{ id: 'twice', name: 'Full page entry', price: 5, brand: 'Acme' }]);
  });

  describe('as platforms write it', () => {
    it('follows "@id" references across scripts: an image, a brand and an offer defined elsewhere on the page', () => {
      const { input, issues } = read(
        { '@context': 'https://schema.org', '@graph': [{ '@type': 'ImageObject', '@id': '/p/lamp#image', contentUrl: '/img/lamp.jpg' }, { '@type': 'Brand', '@id': '#brand', name: 'Lumen' }] },
        product({ sku: 'LAMP', name: 'Lamp', image: { '@id': '/p/lamp#image' }, brand: { '@id': '#brand' }, offers: { '@id': '#offer' } }),
        { '@context': 'https://schema.org', '@type': 'Offer', '@id': '#offer', price: '19.00', priceCurrency: 'EUR', url: '/p/lamp' },
      );
      expect(issues).to.deep.equal([]);
      expect(input.products).to.deep.equal([
        { id: 'LAMP', name: 'Lamp', image: new URL('/img/lamp.jpg', document.baseURI).href, brand: 'Lumen', url: new URL('/p/lamp', document.baseURI).href, price: { amount: 19, currency: 'EUR' } },
      ]);
    });

    it("takes the URL from url, else the offer's, else an @id that is a page address (without its #fragment)", () => {
      const urls = products(
        product({ sku: 'a', name: 'a', '@id': 'https://shop.example/a/#product' }),
        product({ sku: 'b', name: 'b', '@id': '#product' }),
      ).map((p) => p.url);
      expect(urls).to.deep.equal(['https://shop.example/a/', undefined]);
    });

    it('keeps the leading zeros of a GTIN written as a bare number, to the length its key names', () => {
      const [p] = products(product({ sku: 'g', name: 'g', gtin14: 98766051104214, gtin13: 4006381333931 }), product({ sku: 'h', name: 'h', gtin14: 4006381333931 }));
      expect(p!.gtin).to.equal('98766051104214');
      expect(products(product({ gtin14: 4006381333931, name: 'id from the gtin' }))[0]!.id).to.equal('04006381333931');
    });

    it('decodes HTML entities templates leave in text and URLs, once, or twice where WordPress escaped twice', () => {
      const [p] = products(
        product({
          sku: 'e',
          name: 'Tom &amp;amp; Jerry&#039;s &quot;Mug&quot;&nbsp;– Gr&ouml;&szlig;e&nbsp;L',
          brand: 'Caf&eacute; &#x26; Co',
          url: '/p?id&#x3D;7&amp;ref&#038;x',
        }),
      );
      expect(p!.name).to.equal('Tom & Jerry\'s "Mug"\u00a0– Größe\u00a0L');
      expect(p!.brand).to.equal('Café & Co');
      expect(p!.url).to.equal(new URL('/p?id=7&ref&x', document.baseURI).href);
    });

    it('never reads a price from an object\'s name, never makes 0 of a missing one', () => {
      const { input, issues } = read(
        product({ sku: 'obj', name: 'obj', offers: { '@type': 'Offer', price: { '@type': 'PriceSpecification', name: '12' }, priceCurrency: 'EUR' } }),
        product({ sku: 'empty', name: 'empty', offers: { '@type': 'Offer', price: '', priceCurrency: 'EUR' } }),
        product({ sku: 'value', name: 'value', offers: { '@type': 'Offer', price: { '@value': '12.50' }, priceCurrency: 'EUR' } }),
      );
      expect(input.products.map((p: any) => p.price)).to.deep.equal([undefined, undefined, { amount: 12.5, currency: 'EUR' }]);
      expect(issues.map((issue) => [issue.productId, issue.field, issue.found])).to.deep.equal([['obj', 'script[0].offers.price', 'an object']]);
    });

    it('reads the sale and regular price from priceSpecification; a unit price per kg or a member price is not the price', () => {
      const spec = (price: string, extra: Record<string, unknown> = {}) => ({ '@type': 'UnitPriceSpecification', price, priceCurrency: 'EUR', ...extra });
      const [strike, saleSecond, perKilo] = products(
        product({ sku: 'a', name: 'a', offers: { '@type': 'Offer', price: 10, priceCurrency: 'EUR', priceSpecification: spec('15', { priceType: 'https://schema.org/StrikethroughPrice' }) } }),
        product({ sku: 'b', name: 'b', offers: { '@type': 'Offer', priceSpecification: [spec('20'), spec('16', { priceType: 'SalePrice' })] } }),
        product({
          sku: 'c',
          name: 'c',
          offers: {
            '@type': 'Offer',
            priceSpecification: [spec('4.99'), spec('9.98', { referenceQuantity: { '@type': 'QuantitativeValue', value: 1, unitCode: 'KGM' } }), spec('3.99', { validForMemberTier: { '@id': '#gold' } })],
          },
        }),
      );
      expect([strike!.price, strike!.listPrice]).to.deep.equal([{ amount: 10, currency: 'EUR' }, { amount: 15, currency: 'EUR' }]);
      expect([saleSecond!.price, saleSecond!.listPrice]).to.deep.equal([{ amount: 16, currency: 'EUR' }, { amount: 20, currency: 'EUR' }]);
      expect([perKilo!.price, perKilo!.listPrice]).to.deep.equal([{ amount: 4.99, currency: 'EUR' }, undefined]);
    });

    it('gives each variant what the group states for a property it varies by, unless the variant says otherwise', () => {
      const [group] = products({
        '@type': 'ProductGroup',
        productGroupID: 'SCARF',
        name: 'Scarf',
        material: 'wool',
        variesBy: ['https://schema.org/color', 'https://schema.org/material'],
        hasVariant: [
          { '@type': 'Product', sku: 'SCARF-RED', color: 'red' },
          { '@type': 'Product', sku: 'SCARF-SILK', color: 'red', material: 'silk' },
        ],
      });
      expect(group!.variants.map((variant: any) => variant.selection)).to.deep.equal([
        { color: 'red', material: 'wool' },
        { color: 'red', material: 'silk' },
      ]);
      expect(group!.options).to.deep.equal([
        { key: 'color', values: ['red'] },
        { key: 'material', values: ['wool', 'silk'] },
      ]);
      expect(group!.attributes, 'a property the variants vary by is no attribute of the group').to.equal(undefined);
    });

    it('reads a Magento-style "$45.00" price and reports "1.299" in euros as ambiguous', () => {
      const { input, issues } = read(
        product({ sku: 'm', name: 'm', offers: { '@type': 'Offer', price: '$45.00', priceCurrency: 'USD' } }),
        product({ sku: 'x', name: 'x', offers: { '@type': 'Offer', price: '1.299', priceCurrency: 'EUR' } }),
      );
      expect(input.products.map((p: any) => p.price)).to.deep.equal([{ amount: 45, currency: 'USD' }, undefined]);
      expect(issues).to.have.length(1);
      expect(issues[0]).to.include({ productId: 'x', field: 'script[1].offers.price', found: '"1.299"' });
      expect(issues[0]!.expected).to.contain('decimal mark is clear');
    });
  });
});
