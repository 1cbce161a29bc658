/**
 * The three products the customizer demonstrates, made configurable after the catalog is
 * generated (so every other product stays exactly as its category's random stream made it):
 *
 * - running shoes: colour × size, some combinations sold out and one not made, an engraving;
 * - a mattress: size, a firmness from 0 to 100 for each side, a core whose price is a
 *   percentage, and a rule between the size and the core;
 * - a laptop: CPU, memory and storage with price deltas and rules, one of them a chain.
 *
 * Option values of the shoes are the texts their schema.org markup states (`color`, `size`), so
 * the page's JSON-LD and the feed describe the same options.
 */
export const CONFIGURABLE = { shoes: 'rs-1001', mattress: 'mt-1001', laptop: 'lt-1134' };

export function makeConfigurable(products) {
  const byId = new Map(products.map((product) => [product.id, product]));
  configureShoes(byId.get(CONFIGURABLE.shoes));
  configureMattress(byId.get(CONFIGURABLE.mattress));
  configureLaptop(byId.get(CONFIGURABLE.laptop));
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function configureShoes(shoe) {
  const colours = [
    { value: 'Black/White', swatch: '#1f2328', image: '/img/running-shoes-1.svg' },
    { value: 'Blue/Volt', swatch: '#1d4ed8', image: '/img/running-shoes-2.svg' },
    { value: 'Red/Black', swatch: '#c81e1e', image: '/img/running-shoes-3.svg' },
  ];
  const sizes = ['40', '41', '42', '43', '44', '45', '46', '47'];
  // [colour, size]: sold out, or not made at all.
  const soldOut = new Set(['Red/Black 40', 'Red/Black 41', 'Blue/Volt 47', 'Black/White 44']);
  const notMade = new Set(['Red/Black 47']);
  shoe.options = [
    { key: 'color', label: 'Colour', values: colours.map(({ value, swatch }) => ({ value, label: value, swatch })) },
    { key: 'size', label: 'Size (EU)', kind: 'size', values: sizes.map((size) => ({ value: size, label: size })) },
    { key: 'engraving', label: 'Engraving on the heel tab', kind: 'text', maxLength: 20, allowed: "A-Za-z0-9 .&'-", priceDelta: 15 },
  ];
  shoe.variants = colours.flatMap(({ value: colour, image }) =>
    sizes
      .filter((size) => !notMade.has(`${colour} ${size}`))
      .map((size) => ({
        id: `${shoe.id}-${slug(colour)}-${size}`,
        selection: { color: colour, size },
        price: shoe.price,
        availability: soldOut.has(`${colour} ${size}`) ? 'out-of-stock' : 'in-stock',
        image,
      })),
  );
}

function configureMattress(mattress) {
  const firmness = (side) => ({ key: `firmness-${side}`, label: `Firmness, ${side} side (0 soft – 100 firm)`, kind: 'number', min: 0, max: 100, step: 5, default: 50 });
  mattress.options = [
    ...mattress.options,
    firmness('left'),
    firmness('right'),
    {
      key: 'core',
      label: 'Core',
      kind: 'material',
      values: [
        { value: 'foam', label: 'Cold foam' },
        { value: 'hybrid', label: 'Hybrid with pocket springs', pricePercent: 20 },
      ],
    },
  ];
  // A single has no room for pocket springs.
  mattress.rules = [{ if: { size: '90x200' }, excludes: { core: 'hybrid' } }];
}

function configureLaptop(laptop) {
  const value = (label, priceDelta) => ({ value: slug(label), label, ...priceDelta });
  laptop.name = 'Framework Laptop 13 DIY Edition';
  laptop.options = [
    {
      key: 'cpu',
      label: 'Processor',
      values: [value('Intel Core Ultra 5 125H'), value('Intel Core Ultra 7 155H', { priceDelta: 200 }), value('AMD Ryzen 7 7730U', { priceDelta: -50 })],
    },
    { key: 'memory', label: 'Memory', values: [value('16 GB'), value('32 GB', { priceDelta: 160 }), value('64 GB', { pricePercent: 35 })] },
    { key: 'storage', label: 'Storage', values: [value('512 GB', { priceDelta: -60 }), value('1 TB'), value('2 TB', { priceDelta: 150 }), value('4 TB', { priceDelta: 390 })] },
  ];
  laptop.rules = [
    { if: { cpu: 'amd-ryzen-7-7730u' }, excludes: { memory: '64-gb' } },
    { if: { memory: '64-gb' }, onlyWith: { cpu: 'intel-core-ultra-7-155h' } },
    { if: { storage: '2-tb' }, requires: { memory: ['32-gb', '64-gb'] } },
    // With the rule above, 4 TB works only with the Core Ultra 7: a chain no single rule states.
    { if: { storage: '4-tb' }, requires: { memory: '64-gb' } },
  ];
}
