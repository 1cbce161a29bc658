import { expect } from '@esm-bundle/chai';
import { readMicrodata } from '../src/catalog/sources/microdata.js';
import { testContainer } from './helpers/container.js';

const container = testContainer();

/** Renders markup as a store's template would, then reads its microdata. */
function read(html: string) {
  container().innerHTML = html;
  return readMicrodata(container());
}

const absolute = (path: string) => new URL(path, document.baseURI).href;

describe('readMicrodata', () => {
  it('reads values where microdata keeps them: content, href, src, datetime, value, text', () => {
    const { input, issues } = read(`
      <article itemscope itemtype="https://schema.org/Product">
        <h2><a itemprop="url" href="/p/lamp"><span itemprop="name">  Desk
          lamp </span></a></h2>
        <img itemprop="image" src="/img/lamp.jpg" alt="" loading="lazy">
        <span itemprop="sku" content="LAMP-1">Art. LAMP-1</span>
        <data itemprop="gtin13" value="4006381333986">4006381333986</data>
        <p itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <span itemprop="price" content="24.90">24,90 €</span><meta itemprop="priceCurrency" content="EUR">
          <link itemprop="availability" href="https://schema.org/InStock"><time itemprop="priceValidUntil" datetime="2026-01-31">31.1.</time>
        </p>
      </article>`);
    expect(issues).to.deep.equal([]);
    expect(input.products).to.deep.equal([
      {
        id: 'LAMP-1',
        name: 'Desk lamp',
        url: absolute('/p/lamp'),
        image: absolute('/img/lamp.jpg'),
        gtin: '4006381333986',
        price: { amount: 24.9, currency: 'EUR' },
        availability: 'in-stock',
      },
    ]);
  });

  it('follows itemref, reads a property given twice as a list, and keeps nested items to themselves', () => {
    const { input } = read(`
      <div itemscope itemtype="https://schema.org/Product" itemref="lamp-brand lamp-specs">
        <meta itemprop="sku" content="LAMP-2"><span itemprop="name">Floor lamp</span>
        <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product"><meta itemprop="sku" content="BULB"><span itemprop="name">Bulb</span></div>
      </div>
      <p id="lamp-brand" itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Lumen &amp;amp; Co</span></p>
      <dl id="lamp-specs">
        <div itemprop="additionalProperty" itemscope itemtype="https://schema.org/PropertyValue"><dt itemprop="name">Colour</dt><dd itemprop="value">black</dd><dd itemprop="value">brass</dd></div>
        <div itemprop="additionalProperty" itemscope itemtype="https://schema.org/PropertyValue"><dt itemprop="name">Height</dt><dd><span itemprop="value">1,5</span> <span itemprop="unitCode" content="MTR">m</span></dd></div>
      </dl>`);
    expect(input.products).to.deep.equal([
      {
        id: 'LAMP-2',
        name: 'Floor lamp',
        // Text escaped twice by the template ("&amp;amp;") reads once.
        brand: 'Lumen & Co',
        attributes: { colour: ['black', 'brass'], height: { value: '1,5', unit: 'MTR' } },
      },
    ]);
    expect(input.attributes).to.deep.equal([
      { key: 'colour', label: 'Colour' },
      { key: 'height', label: 'Height' },
    ]);
  });

  it('reports a product item without an id, and a price that is not a number, like JSON-LD does', () => {
    const { input, issues } = read(`
      <div itemscope itemtype="http://schema.org/Product"><span itemprop="name">No id</span></div>
      <div itemscope itemtype="http://schema.org/Product"><meta itemprop="sku" content="ASK">
        <span itemprop="name">Ask us</span>
        <div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">on request</span></div>
      </div>`);
    expect(input.products.map((product: any) => product.id)).to.deep.equal(['ASK']);
    expect(issues.map((issue) => [issue.source, issue.field, issue.found])).to.deep.equal([
      ['microdata', 'items[0].sku', 'nothing'],
      ['microdata', 'items[1].offers.price', '"on request"'],
    ]);
    expect(issues[0]!.message).to.contain('Microdata product "No id" was skipped');
    expect(issues[1]!.message).to.contain('Microdata product "ASK"');
  });

  it('passes markup-like text through as text', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const { input } = read(`<div itemscope itemtype="https://schema.org/Product"><meta itemprop="sku" content="x"><meta itemprop="name" content="${payload.replace(/</g, '&lt;')}"></div>`);
    expect((input.products[0] as { name: string }).name).to.equal(payload);
    expect(container().querySelectorAll('img')).to.have.length(0);
  });
});
