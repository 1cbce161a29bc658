import { expect } from '@esm-bundle/chai';
import { normalizeCatalog } from '../src/catalog/index.js';
import { CatalogColumns, valueOf } from '../src/criteria/columns.js';
import { CriteriaEngine } from '../src/criteria/index.js';
import { criterion, must } from './criteria-fixtures.js';

const catalogOf = (attributes: Array<Record<string, unknown>>) =>
  normalizeCatalog([
    {
      source: 'inline',
      input: {
        attributes: [
          { key: 'battery', type: 'number', unit: 'h' },
          { key: 'weight', type: 'number', unit: 'kg' },
          { key: 'touch', type: 'boolean' },
          { key: 'os', type: 'enum' },
          { key: 'ports', type: 'set' },
        ],
        products: attributes.map((values, index) => ({ id: `p${index}`, name: `P${index}`, attributes: values })),
      },
    },
  ]);

describe('criteria columns: leaner, never rounded', () => {
  it('keeps each distinct number once, in 64 bits, and reads back every product\'s value exactly as the catalog has it', () => {
    const catalog = catalogOf([
      { battery: '10 h', weight: '1.234 kg', touch: true },
      { battery: '7.5 h', weight: '2.72 lb', touch: false },
      { weight: '1.3 kg' },
      { battery: '10 h', weight: '2.72 lb', touch: true },
      { weight: '0 g' },
      { weight: -0 },
    ]);
    const columns = new CatalogColumns(catalog);
    const battery = columns.numbers('battery');
    const weight = columns.numbers('weight');
    const touch = columns.numbers('touch');
    expect([...battery.distinct].map(String)).to.deep.equal(['27000', '36000', 'NaN']);
    expect([...touch.distinct].map(String)).to.deep.equal(['0', '1', 'NaN']);
    expect(weight.distinct).to.be.instanceOf(Float64Array);
    expect(weight.codes, '7 values').to.be.instanceOf(Uint8Array);
    catalog.products.forEach((product, index) => {
      for (const [key, column] of [['battery', battery], ['weight', weight]] as const) {
        const value = product.attributes[key];
        if (value === undefined) expect(Number.isNaN(valueOf(column, index))).to.equal(true);
        else expect(Object.is(valueOf(column, index), value), `${key} of ${product.id}`).to.equal(true);
      }
      expect(valueOf(touch, index)).to.deep.equal(product.attributes.touch === undefined ? NaN : Number(product.attributes.touch));
    });
  });

  it('a column of 70,000 distinct values indexes them in 32 bits', () => {
    const catalog = catalogOf(Array.from({ length: 70_000 }, (_, index) => ({ battery: index / 3600 })));
    const column = new CatalogColumns(catalog).numbers('battery');
    expect(column.codes).to.be.instanceOf(Uint32Array);
    expect(column.distinct.length).to.equal(70_000);
    for (const index of [0, 1, 65_535, 65_536, 69_999]) expect(valueOf(column, index)).to.equal(catalog.products[index]!.attributes.battery);
  });

  it('a bound at a product\'s exact value keeps it in, whatever the width of its column', () => {
    const catalog = catalogOf([{ weight: '2.72 lb' }, { weight: '1 kg' }, { weight: '3 kg' }]);
    const pounds = catalog.products[0]!.attributes.weight as number;
    const ranking = new CriteriaEngine(catalog).rank([must({ attribute: 'weight', operator: 'at-most', value: pounds / 1000, unit: 'kg' })]);
    expect(ranking.ids(0, ranking.passing).sort()).to.deep.equal(['p0', 'p1']);
  });

  it('item codes fit the number of labels, and read back as the catalog\'s values', () => {
    const many = Array.from({ length: 300 }, (_, index) => ({ os: `os-${index}`, ports: index % 2 ? ['USB-C', 'HDMI'] : [] }));
    const catalog = catalogOf([...many, {}]);
    const columns = new CatalogColumns(catalog);
    const os = columns.items('os');
    const ports = columns.items('ports');
    expect(os.items, '300 labels').to.be.instanceOf(Uint16Array);
    expect(ports.items, '2 labels').to.be.instanceOf(Uint8Array);
    catalog.products.forEach((product, index) => {
      const held = (column: typeof os) => Array.from(column.items.subarray(column.offsets[index], column.offsets[index + 1]), (code) => column.labels[code]);
      expect(held(os)).to.deep.equal(product.attributes.os === undefined ? [] : [product.attributes.os]);
      expect(held(ports)).to.deep.equal(product.attributes.ports ?? []);
      expect(os.known[index]).to.equal(product.attributes.os === undefined ? 0 : 1);
    });
    const ranking = new CriteriaEngine(catalog).rank([criterion({ attribute: 'os', operator: 'one-of', values: ['os-299'] })]);
    expect(ranking.ids(0, 1)).to.deep.equal(['p299']);
  });
});
