import { expect } from '@esm-bundle/chai';
import { normalizeCatalog, type Catalog } from '../src/catalog/normalize.js';
import { readJsonLd } from '../src/catalog/sources/jsonld.js';
import { checkConfiguration, Configurator, configuredProduct, describeReason, type ConfigurationState } from '../src/customize/index.js';
import { createFormatter } from '../src/format/format.js';
import type { CatalogInput } from '../src/model/input.js';

// The demo storefront's three configurable products, as `npm run build` generates them.
const english = createFormatter('en');
let catalog: Catalog;

before(async () => {
  const response = await fetch('/catalog.json');
  expect(response.ok, '/catalog.json is served: run `npm run build`').to.equal(true);
  catalog = normalizeCatalog([{ source: 'feed', input: (await response.json()) as CatalogInput }]);
});

const configuratorOf = async (id: string) => {
  const configurator = new Configurator(catalog.byId.get(id)!);
  expect((await checkConfiguration(configurator)).map((error) => error.message)).to.deep.equal([]);
  expect(configurator.configurable).to.equal(true);
  return configurator;
};

const reasonOf = (configurator: Configurator, state: ConfigurationState, key: string, value: string) => {
  const entry = state.groups.find((group) => group.option.key === key)!.values!.find((candidate) => candidate.value === value)!;
  return entry.possible ? 'possible' : describeReason(entry.reason!, configurator, english);
};

describe('customize: the demo storefront', () => {
  it('running shoes: colour × size with sold-out and missing combinations, and an engraving', async () => {
    const shoes = await configuratorOf('rs-1001');
    const red = shoes.state({ color: 'Red/Black' });
    expect(reasonOf(shoes, red, 'size', '40')).to.equal('Sold out in Colour: Red/Black');
    expect(reasonOf(shoes, red, 'size', '47')).to.equal('Not available in Colour: Red/Black');
    expect(reasonOf(shoes, red, 'size', '42')).to.equal('possible');
    const item = configuredProduct(catalog.byId.get('rs-1001')!, { color: 'Blue/Volt', size: '43', engraving: 'Run, Anna!' }, catalog.attributeByKey);
    expect(item.complete, 'a comma and "!" are not allowed in the engraving').to.equal(false);
    const engraved = configuredProduct(catalog.byId.get('rs-1001')!, { color: 'Blue/Volt', size: '43', engraving: "Anna's 10k" }, catalog.attributeByKey);
    expect(engraved.complete).to.equal(true);
    if (!engraved.complete) return;
    expect(engraved.variant?.id).to.equal('rs-1001-blue-volt-43');
    expect(engraved.product.id).to.equal('rs-1001~color.Blue_2FVolt.size.43.engraving.Anna_27s_2010k');
    expect(engraved.product.attributes.color, 'the chosen colour replaces the base colour').to.equal('Blue/Volt');
    expect(engraved.product.price!.amount).to.equal(catalog.byId.get('rs-1001')!.price!.amount + 15);
  });

  it('running shoes: the product page describes the same options and variants as the feed (schema.org ProductGroup)', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/p/rs-1001.html')).text(), 'text/html');
    const fromPage = normalizeCatalog([{ source: 'json-ld', input: readJsonLd(page).input }]).byId.get('rs-1001')!;
    const fromFeed = catalog.byId.get('rs-1001')!;
    const shoes = new Configurator(fromPage);
    expect(shoes.configurable).to.equal(true);
    expect(fromPage.variants!.map((variant) => [variant.id, variant.selection, variant.availability])).to.deep.equal(
      fromFeed.variants!.map((variant) => [variant.id, variant.selection, variant.availability]),
    );
    const selection = { color: 'Black/White', size: '45' };
    expect(shoes.state(selection).variant?.id).to.equal(new Configurator(fromFeed).state(selection).variant?.id);
    expect(reasonOf(shoes, shoes.state({ color: 'Black/White' }), 'size', '44')).to.equal('Sold out in Color: Black/White');
  });

  it('mattress: size, firmness per side from 0 to 100, and a core with a percentage price', async () => {
    const mattress = await configuratorOf('mt-1001');
    const base = catalog.byId.get('mt-1001')!;
    const single = mattress.state({ size: '90x200', 'firmness-left': 90, 'firmness-right': 30, core: 'hybrid' });
    expect(single.complete).to.equal(false);
    expect(reasonOf(mattress, single, 'core', 'hybrid')).to.equal('Not available with Size: 90 × 200 cm');
    const hybrid = mattress.state({ size: '160x200', 'firmness-left': 90, 'firmness-right': 30, core: 'hybrid' });
    expect(hybrid.complete).to.equal(true);
    const variantPrice = hybrid.variant!.price!.amount;
    expect(hybrid.price!.amount).to.be.closeTo(variantPrice * 1.2, 0.01);
    expect(base.variants!.length).to.equal(5);
    // Each side's firmness is a setting from 0 to 100 in steps of 5.
    expect(mattress.state({ size: '160x200', 'firmness-left': 92, core: 'foam' }).problems.map((problem) => problem.kind)).to.deep.equal(['invalid']);
    expect(mattress.state({ size: '160x200', 'firmness-left': 95, core: 'foam' }).complete).to.equal(true);
  });

  it('laptop: CPU, memory and storage with price deltas, rules and a chain of rules', async () => {
    const laptop = await configuratorOf('lt-1134');
    const ryzen = laptop.state({ cpu: 'amd-ryzen-7-7730u' });
    expect(reasonOf(laptop, ryzen, 'memory', '64-gb')).to.equal('Not available with Processor: AMD Ryzen 7 7730U');
    expect(reasonOf(laptop, ryzen, 'storage', '4-tb'), 'through two rules').to.equal('Not possible with Processor: AMD Ryzen 7 7730U');
    const big = laptop.state({ storage: '4-tb' });
    expect(reasonOf(laptop, big, 'memory', '32-gb')).to.equal('Not available with Storage: 4 TB');
    const base = catalog.byId.get('lt-1134')!;
    const item = configuredProduct(base, { cpu: 'intel-core-ultra-7-155h', memory: '64-gb', storage: '4-tb' }, catalog.attributeByKey);
    expect(item.complete).to.equal(true);
    if (!item.complete) return;
    expect(item.product.price!.amount).to.be.closeTo(base.price!.amount * 1.35 + 200 + 390, 0.01);
    expect(item.product.attributes).to.include({ memory: 64e9, storage: 4e12, cpu: 'Intel Core Ultra 7 155H' });
    expect(item.product.name).to.equal('Framework Laptop 13 DIY Edition (Intel Core Ultra 7 155H, 64 GB, 4 TB)');
  });
});
