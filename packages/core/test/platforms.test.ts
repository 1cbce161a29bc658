/**
 * Zero-configuration import from product pages in the shapes real platforms publish (fixture
 * pages in ./fixtures, each naming the template it follows): every field a shopper sees, as
 * normalized, and the problems reported.
 */
import { expect } from '@esm-bundle/chai';
import { readJsonLd } from '../src/catalog/sources/jsonld.js';
import { readMicrodata } from '../src/catalog/sources/microdata.js';
import type { Catalog, CatalogIssue, NormalizeOptions, Product } from '../src/index.js';
import { normalizeCatalog } from '../src/catalog/index.js';

/** A fixture page's products as Shortlist imports them (JSON-LD and microdata, normalized), and every issue on the way. */
async function importPage(name: string, options: NormalizeOptions = {}): Promise<{ catalog: Catalog; issues: CatalogIssue[] }> {
  const response = await fetch(new URL(`./fixtures/${name}.html`, import.meta.url));
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const jsonLd = readJsonLd(page);
  const microdata = readMicrodata(page);
  const catalog = normalizeCatalog(
    [
      { source: 'json-ld', input: jsonLd.input, numbers: 'schema.org' },
      { source: 'microdata', input: microdata.input, numbers: 'schema.org' },
    ],
    options,
  );
  return { catalog, issues: [...jsonLd.issues, ...microdata.issues, ...catalog.issues] };
}

const money = (amount: number, currency: string) => ({ amount, currency });
const range = (min: number, max: number, currency: string) => ({ min, max, currency });
/** Option values as normalization writes them: available unless the feed says otherwise. */
const values = (...names: string[]) => names.map((value) => ({ value, label: value, available: true }));

describe('import from platforms: JSON-LD', () => {
  it('WooCommerce: a sale as a second price specification, a variable product as an AggregateOffer, text escaped twice', async () => {
    const { catalog, issues } = await importPage('woocommerce');
    expect(issues).to.deep.equal([]);
    expect(catalog.products).to.deep.equal([
      {
        id: 'woo-hoodie-with-logo',
        name: 'Hoodie – Logo',
        url: 'https://shop.example/product/hoodie-with-logo/',
        image: 'https://shop.example/wp-content/uploads/2024/01/hoodie-with-logo-2.jpg',
        gtin: '4006381333931',
        price: money(42, 'EUR'),
        listPrice: money(45, 'EUR'),
        rating: { value: 4.5, count: 2 },
        availability: 'in-stock',
        attributes: {},
      },
      {
        id: 'woo-vneck-tee',
        name: 'V-Neck T-Shirt',
        url: 'https://shop.example/product/v-neck-t-shirt/',
        image: 'https://shop.example/wp-content/uploads/2024/01/vneck-tee-2.jpg',
        price: money(15, 'EUR'),
        priceRange: range(15, 20, 'EUR'),
        availability: 'in-stock',
        attributes: {},
      },
    ] satisfies Product[]);
  });

  it('Yoast WooCommerce SEO: a ProductGroup whose variants, image and brand are "@id" references, some into another script', async () => {
    const { catalog, issues } = await importPage('yoast');
    expect(issues).to.deep.equal([]);
    const polo = 'https://shop.example/product/polo/';
    const image = 'https://shop.example/wp-content/uploads/polo-2.jpg';
    expect(catalog.products).to.deep.equal([
      {
        id: 'woo-polo',
        name: 'Men’s Polo',
        url: polo,
        image,
        brand: 'Lacoste\'s Friends',
        price: money(25, 'GBP'),
        listPrice: money(30, 'GBP'),
        priceRange: range(25, 30, 'GBP'),
        rating: { value: 4, count: 3077 },
        availability: 'in-stock',
        attributes: { material: 'Cotton' },
        options: [
          { key: 'color', label: 'Color', values: values('Blue', 'Red') },
          { key: 'size', label: 'Size', values: values('M', 'L') },
        ],
        variants: [
          {
            id: 'woo-polo-blue-m',
            name: 'Men’s Polo - Blue, M',
            selection: { color: 'Blue', size: 'M' },
            price: money(25, 'GBP'),
            listPrice: money(30, 'GBP'),
            availability: 'in-stock',
            url: `${polo}?attribute_pa_color=blue&attribute_pa_size=m`,
            image,
          },
          {
            id: 'woo-polo-blue-l',
            name: 'Men’s Polo - Blue, L',
            selection: { color: 'Blue', size: 'L' },
            price: money(30, 'GBP'),
            availability: 'out-of-stock',
            url: `${polo}?attribute_pa_color=blue&attribute_pa_size=l`,
          },
          {
            id: 'woo-polo-red-m',
            name: 'Men’s Polo - Red, M',
            selection: { color: 'Red', size: 'M' },
            price: money(30, 'GBP'),
            availability: 'backorder',
            url: `${polo}?attribute_pa_color=red&attribute_pa_size=m`,
          },
        ],
      },
    ] satisfies Product[]);
  });

  it('Shopify: the structured_data filter\'s ProductGroup, and an older theme\'s offer per variant with its own SKU', async () => {
    const { catalog, issues } = await importPage('shopify');
    expect(issues).to.deep.equal([]);
    const shop = 'https://polinas-potent-potions.myshopify.com';
    const bottle = `${shop}/cdn/shop/products/amber-beard-oil-bottle.jpg?v=1650642958&width=1920`;
    expect(catalog.products).to.deep.equal([
      {
        id: '6786188247105',
        name: 'Crocodile tears',
        url: `${shop}/products/crocodile-tears`,
        image: bottle,
        brand: "Polina's Potent Potions",
        category: 'Tears',
        price: money(56, 'CAD'),
        priceRange: range(56, 84, 'CAD'),
        availability: 'in-stock',
        attributes: {},
        variants: [
          { id: 'CT-S', name: 'Crocodile tears - Small', selection: {}, price: money(56, 'CAD'), availability: 'in-stock', url: `${shop}/products/crocodile-tears?variant=41354813620289`, image: bottle },
          { id: 'CT-L', name: 'Crocodile tears - Large', selection: {}, price: money(84, 'CAD'), availability: 'out-of-stock', url: `${shop}/products/crocodile-tears?variant=41354813653057`, image: bottle },
        ],
      },
      {
        id: 'DS-1',
        name: 'Dragon scale',
        url: `${shop}/products/dragon-scale`,
        // Protocol-relative, as Liquid's img_url writes it.
        image: `${shop}/cdn/shop/products/scale_1024x1024.jpg?v=1650`,
        brand: "Polina's Potent Potions",
        price: money(12.5, 'CAD'),
        priceRange: range(12.5, 30, 'CAD'),
        availability: 'in-stock',
        attributes: {},
        variants: [
          { id: 'DS-1', selection: {}, price: money(12.5, 'CAD'), availability: 'in-stock', url: `${shop}/products/dragon-scale?variant=1` },
          { id: 'DS-3', selection: {}, price: money(30, 'CAD'), availability: 'in-stock', url: `${shop}/products/dragon-scale?variant=3` },
        ],
      },
    ] satisfies Product[]);
  });

  it('BigCommerce Cornerstone: Handlebars\' "&#x3D;" in URLs, gtin12 with its leading zero, minPrice/maxPrice', async () => {
    const { catalog, issues } = await importPage('bigcommerce');
    expect(issues).to.deep.equal([]);
    expect(catalog.products).to.deep.equal([
      {
        id: 'OTL',
        name: '[Sample] Orbit Terrarium - Large',
        url: 'https://store-abc123.mybigcommerce.com/products.php?productId=77',
        image: 'https://cdn11.bigcommerce.com/s-abc123/images/stencil/1280x1280/products/77/266/orbit_terrarium__1.1.jpg?c=2',
        brand: 'Common Good',
        gtin: '012345678905',
        price: money(109, 'USD'),
        priceRange: range(109, 129, 'USD'),
        rating: { value: 4.6, count: 12 },
        availability: 'in-stock',
        attributes: {},
      },
    ] satisfies Product[]);
  });

  it('PrestaShop Classic: an offer per combination, a weight QuantitativeValue, a name escaped for HTML', async () => {
    const { catalog, issues } = await importPage('prestashop');
    expect(issues).to.deep.equal([]);
    const page = 'https://boutique.example/fr/hommes/1-1-t-shirt-imprime-colibri.html';
    expect(catalog.products).to.deep.equal([
      {
        id: 'demo_1',
        name: "T-shirt imprimé colibri l'original",
        // The product names no URL of its own: its first offer's.
        url: `${page}#/1-taille-s/8-couleur-blanc`,
        image: 'https://boutique.example/2-home_default/hummingbird-printed-t-shirt.jpg',
        brand: 'Studio Design',
        gtin: '3760000000011',
        category: 'Hommes',
        price: money(28.68, 'EUR'),
        priceRange: range(28.68, 29.9, 'EUR'),
        rating: { value: 4.3, count: 7 },
        availability: 'in-stock',
        attributes: { weight: 300 },
        variants: [
          {
            id: 'demo_1_s_white',
            name: 'T-shirt imprimé colibri - Taille-S Couleur-Blanc',
            selection: {},
            price: money(28.68, 'EUR'),
            availability: 'in-stock',
            url: `${page}#/1-taille-s/8-couleur-blanc`,
            image: 'https://boutique.example/2-home_default/hummingbird-printed-t-shirt.jpg',
          },
          {
            id: 'demo_1_m_black',
            name: 'T-shirt imprimé colibri - Taille-M Couleur-Noir',
            selection: {},
            price: money(29.9, 'EUR'),
            availability: 'out-of-stock',
            url: `${page}#/2-taille-m/11-couleur-noir`,
            image: 'https://boutique.example/3-home_default/hummingbird-printed-t-shirt-black.jpg',
          },
        ],
      },
    ] satisfies Product[]);
    expect(catalog.attributeByKey.get('weight')).to.deep.equal({ key: 'weight', label: 'Weight', type: 'number', unit: 'kg' });
  });

  it('Salesforce Commerce Cloud SFRA: "lowprice"/"highprice" spelled in lower case, a relative offer URL', async () => {
    const { catalog, issues } = await importPage('sfra');
    expect(issues).to.deep.equal([]);
    const site = 'https://dev01-realm.demandware.net';
    expect(catalog.products).to.deep.equal([
      {
        id: '25592581M',
        name: 'No-Iron Textured Dress Shirt',
        url: `${site}/s/RefArch/mens/clothing/dress-shirts/25592581M.html?lang=en_US`,
        image: `${site}/on/demandware.static/-/Sites-apparel-m-catalog/default/dw1a2b3c4d/images/large/PG.52002RUBN4Q.NAVYWL.PZ.jpg`,
        brand: 'Commerce Cloud',
        price: money(49.99, 'USD'),
        priceRange: range(49.99, 69.99, 'USD'),
        availability: 'in-stock',
        attributes: {},
      },
      {
        id: '74974310M',
        name: 'Modern Dress Shirt',
        url: `${site}/s/RefArch/mens/clothing/dress-shirts/74974310M.html?lang=en_US`,
        image: `${site}/on/demandware.static/-/Sites-apparel-m-catalog/default/dw9/images/large/PG.74974310.jpg`,
        brand: 'Commerce Cloud',
        price: money(59.99, 'USD'),
        availability: 'preorder',
        attributes: {},
      },
    ] satisfies Product[]);
  });

  it("Google's ProductGroup shapes: hasVariant inline, variants by reference to other pages, isVariantOf, a group on another page", async () => {
    const { catalog, issues } = await importPage('google');
    expect(issues).to.deep.equal([]);
    const site = 'https://www.example.com';
    expect(catalog.products).to.deep.equal([
      {
        id: '44E01',
        name: 'Wool winter coat',
        url: `${site}/coat`,
        image: `${site}/coat_small_green.jpg`,
        brand: 'Good brand',
        price: money(39.99, 'USD'),
        listPrice: money(59.99, 'USD'),
        priceRange: range(39.99, 49.99, 'USD'),
        rating: { value: 4.4, count: 89 },
        availability: 'in-stock',
        attributes: { material: 'wool' },
        options: [
          { key: 'size', label: 'Size', values: values('small', 'large') },
          { key: 'color', label: 'Color', values: values('green', 'light blue') },
        ],
        variants: [
          {
            id: '44E01-M11000',
            name: 'Small green coat',
            selection: { size: 'small', color: 'green' },
            price: money(39.99, 'USD'),
            listPrice: money(59.99, 'USD'),
            availability: 'out-of-stock',
            url: `${site}/coat?size=small&color=green`,
            image: `${site}/coat_small_green.jpg`,
          },
          {
            id: '44E01-K11000',
            name: 'Small light blue coat',
            selection: { size: 'small', color: 'light blue' },
            price: money(49.99, 'USD'),
            availability: 'in-stock',
            url: `${site}/coat?size=small&color=lightblue`,
            image: `${site}/coat_small_lightblue.jpg`,
          },
          {
            id: '44E01-X1100000',
            name: 'Large light blue coat',
            selection: { size: 'large', color: 'light blue' },
            price: money(49.99, 'USD'),
            availability: 'backorder',
            url: `${site}/coat?size=large&color=lightblue`,
            image: `${site}/coat_large_lightblue.jpg`,
          },
        ],
      },
      {
        id: 'JK1',
        name: 'Rain jacket',
        url: `${site}/jacket`,
        brand: 'Good brand',
        price: money(79, 'USD'),
        priceRange: range(79, 89, 'USD'),
        availability: 'in-stock',
        attributes: {},
        options: [{ key: 'size', label: 'Size', values: values('large', 'medium') }],
        variants: [
          { id: 'JK1-L', name: 'Rain jacket, large', selection: { size: 'large' }, price: money(89, 'USD'), availability: 'in-stock' },
          { id: 'JK1-M', name: 'Rain jacket, medium', selection: { size: 'medium' }, price: money(79, 'USD'), availability: 'out-of-stock' },
        ],
      },
      {
        id: 'BT1-42',
        name: 'Hiking boot, size 42',
        url: `${site}/boots/42`,
        price: money(120, 'USD'),
        availability: 'in-stock',
        attributes: {},
      },
    ] satisfies Product[]);
  });

  it('repairs a trailing comma and a leading zero, says so, and skips a script broken beyond repair', async () => {
    const { catalog, issues } = await importPage('broken');
    expect(catalog.products).to.deep.equal([
      { id: 'KETTLE-1', name: 'Kettle', price: money(39.9, 'EUR'), availability: 'in-stock', attributes: {} },
      // The barcode keeps its leading zeros; the price "024.50" is 24.5.
      { id: 'TOASTER-2', name: 'Toaster', gtin: '0012345678905', price: money(24.5, 'EUR'), availability: 'unknown', attributes: {} },
      // "49,9" has one decimal: only a decimal comma reads so.
      { id: 'GRILL-4', name: 'Grill', price: money(49.9, 'EUR'), availability: 'unknown', attributes: {} },
    ] satisfies Product[]);
    expect(issues.map(({ field, expected }) => [field, expected])).to.deep.equal([
      ['script[0]', 'valid JSON (a trailing comma or a number with a leading zero was fixed)'],
      ['script[1]', 'valid JSON (a trailing comma or a number with a leading zero was fixed)'],
      ['script[2]', 'valid JSON'],
    ]);
    expect(issues[0]!.message).to.contain('JSON-LD script 1 was repaired and read');
    expect(issues[2]!.message).to.contain('JSON-LD script 3 was skipped').and.contain('MIXER-3');
  });

  it('reads attributes with UN/CEFACT codes and unit texts, ranges, yes/no, several values, and names in any language', async () => {
    const { catalog, issues } = await importPage('attributes');
    expect(issues).to.deep.equal([]);
    const [drill] = catalog.products;
    expect(drill).to.deep.include({ id: 'ABS-18', name: 'Akku-Bohrschrauber 18 V', brand: 'Werkzeug & Co', price: money(129, 'EUR'), availability: 'in-stock' });
    // Stored in the base unit of each dimension: grams, millimetres, milliampere-hours, volts, amperes…
    expect(drill!.attributes).to.deep.equal({
      weight: 1600,
      height: 215,
      width: 78,
      depth: 215.9,
      voltage: 18,
      akkukapazitat: 4000,
      ladestrom: 2.5,
      drehmoment: 60,
      leistung: 500,
      schalldruckpegel: 82,
      leuchte: 120,
      lichtstarke: 40,
      'gewicht-akku': 620,
      bohrfutter: 13,
      betriebstemperatur: '-10–40 °C',
      drehzahl: '≥ 0 rpm',
      'burstenloser-motor': true,
      einsatzbereich: ['Holz', 'Metall'],
      ecran: 'LED',
      bildschirmgrosse: 33.02,
    });
    const unitOf = (key: string) => [catalog.attributeByKey.get(key)?.label, catalog.attributeByKey.get(key)?.unit];
    expect(
      ['weight', 'height', 'depth', 'voltage', 'akkukapazitat', 'ladestrom', 'drehmoment', 'leistung', 'schalldruckpegel', 'leuchte', 'lichtstarke', 'bildschirmgrosse'].map(unitOf),
    ).to.deep.equal([
      ['Weight', 'kg'],
      ['Height', 'cm'],
      ['Depth', 'in'],
      ['Spannung', 'V'],
      ['Akkukapazität', 'Ah'],
      ['Ladestrom', 'A'],
      ['Drehmoment', 'Nm'],
      ['Leistung', 'W'],
      ['Schalldruckpegel', 'dB'],
      ['Leuchte', 'lm'],
      // A unit Shortlist cannot convert stays a unit.
      ['Lichtstärke', 'cd'],
      ['Bildschirmgröße', 'in'],
    ]);
    expect(catalog.attributeByKey.get('burstenloser-motor')?.type).to.equal('boolean');
    expect(catalog.attributeByKey.get('einsatzbereich')?.type).to.equal('set');
  });
});

describe('import from platforms: microdata', () => {
  it('Magento Luma / Adobe Commerce: Product on <body>, the final price as an Offer, a rating in percent', async () => {
    const { catalog, issues } = await importPage('magento-luma');
    expect(issues).to.deep.equal([]);
    expect(catalog.products).to.deep.equal([
      { id: '24-MB01', name: 'Joust Duffle Bag', brand: 'Luma', price: money(29, 'USD'), rating: { value: 4.85, count: 14 }, availability: 'unknown', attributes: {} },
    ] satisfies Product[]);
  });

  it('Shopware 6: meta price and currency, brand item, gtin13, sizes as text, graduated prices as an AggregateOffer', async () => {
    const { catalog, issues } = await importPage('shopware');
    expect(issues).to.deep.equal([]);
    expect(catalog.products).to.deep.equal([
      {
        id: 'SW10007',
        name: 'Kaffeemaschine „Barista“',
        url: 'https://shopware.example/Kaffeemaschine-Barista/SW10007',
        image: 'https://shopware.example/media/ab/cd/barista.jpg',
        brand: 'Brühwerk',
        gtin: '4006381333979',
        price: money(1299.99, 'EUR'),
        rating: { value: 4.33, count: 3 },
        availability: 'in-stock',
        attributes: { weight: 6800, height: 380 },
      },
      {
        id: 'SW10008',
        name: 'Kaffeebohnen Espresso 1 kg',
        url: 'https://shopware.example/Kaffeebohnen-Espresso/SW10008',
        price: money(17.5, 'EUR'),
        priceRange: range(17.5, 19.9, 'EUR'),
        availability: 'limited',
        attributes: {},
      },
    ] satisfies Product[]);
  });
});
