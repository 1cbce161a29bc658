/**
 * The comparison benchmark's catalog: 100 products × 50 attributes, generated from a fixed
 * seed, so every run (and both the SDK and the naive baseline) compares the same data.
 *
 * Attributes: numbers with units and `better` directions, plain numbers, booleans, enums,
 * sets, one money attribute, 8 groups; about 7 % of values are missing (never in the
 * "constant" rows, which hold one value for every product, so "only differences" hides them).
 *
 * `generateCatalog()` returns `{ products, attributes, values }`: `products` and `attributes`
 * are catalog input for `shortlist('init', { catalog: { products, attributes } })`; `values`
 * holds the same data as plain JavaScript values by product index and attribute key (numbers in
 * the attribute's display unit), for the naive renderer.
 */

export const PRODUCT_COUNT = 100;
export const ATTRIBUTE_COUNT = 50;
const MISSING_SHARE = 0.07;

/** mulberry32: a small deterministic PRNG (the criteria benchmark's data uses it too). */
export function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CPUS = ['Intel Core Ultra 5 125U', 'Intel Core Ultra 7 155H', 'Intel Core i5-1335U', 'Intel Core i7-13700H', 'AMD Ryzen 5 7640U', 'AMD Ryzen 7 7840HS', 'AMD Ryzen 9 7940HS', 'Apple M3', 'Apple M3 Pro', 'Qualcomm Snapdragon X Elite', 'Qualcomm Snapdragon X Plus', 'Intel Core i9-14900HX'];
const GPUS = ['Integrated', 'NVIDIA GeForce RTX 4050', 'NVIDIA GeForce RTX 4060', 'NVIDIA GeForce RTX 4070', 'NVIDIA GeForce RTX 4080', 'AMD Radeon 780M', 'Intel Arc'];
const PORTS = ['USB-C', 'USB-A', 'HDMI', 'Thunderbolt 4', 'SD card', 'microSD', 'Ethernet', '3.5 mm jack'];
const COLOURS = ['Black', 'Silver', 'Space grey', 'Blue', 'White', 'Green', 'Rose gold'];
const BRANDS = ['Lenovo', 'Dell', 'HP', 'Apple', 'Asus', 'Acer', 'Microsoft', 'Framework', 'Razer', 'MSI'];

const pick = (rand, items) => items[Math.floor(rand() * items.length)];
const between = (rand, min, max, step = 1) => Math.round((min + rand() * (max - min)) / step) * step;
const round = (value, digits) => Number(value.toFixed(digits));
const subset = (rand, items, min) => {
  const chosen = items.filter(() => rand() < 0.45);
  for (const item of items) if (chosen.length < min && !chosen.includes(item)) chosen.push(item);
  return chosen;
};

// [key, label, type, unit, better, group, value(rand, index)] — `constant` rows ignore rand.
const SPEC = [
  // Display (9)
  ['screen-size', 'Screen size', 'number', 'in', undefined, 'Display', (r) => pick(r, [13, 13.3, 13.6, 14, 14.5, 15.3, 15.6, 16, 17.3])],
  ['resolution', 'Resolution', 'enum', undefined, undefined, 'Display', (r) => pick(r, ['1920 × 1080', '1920 × 1200', '2560 × 1600', '2880 × 1800', '3024 × 1964', '3840 × 2400'])],
  ['refresh-rate', 'Refresh rate', 'number', 'Hz', 'higher', 'Display', (r) => pick(r, [60, 90, 120, 144, 165, 240])],
  ['brightness', 'Brightness (nits)', 'number', undefined, 'higher', 'Display', (r) => between(r, 250, 1000, 10)],
  ['panel', 'Panel', 'enum', undefined, undefined, 'Display', (r) => pick(r, ['IPS', 'OLED', 'Mini-LED', 'VA'])],
  ['touchscreen', 'Touchscreen', 'boolean', undefined, undefined, 'Display', (r) => r() < 0.4],
  ['hdr', 'HDR', 'boolean', undefined, 'higher', 'Display', (r) => r() < 0.5],
  ['colour-gamut', 'DCI-P3 coverage (%)', 'number', undefined, 'higher', 'Display', (r) => between(r, 60, 100)],
  ['matte', 'Matte finish', 'boolean', undefined, undefined, 'Display', (r) => r() < 0.6],
  // Performance (9)
  ['cpu', 'Processor', 'enum', undefined, undefined, 'Performance', (r) => pick(r, CPUS)],
  ['cpu-cores', 'CPU cores', 'number', undefined, 'higher', 'Performance', (r) => pick(r, [8, 10, 12, 14, 16, 24])],
  ['cpu-frequency', 'Max. frequency', 'number', 'GHz', 'higher', 'Performance', (r) => round(between(r, 3.6, 5.8, 0.1), 1)],
  ['memory', 'Memory (RAM)', 'number', 'GB', 'higher', 'Performance', (r) => pick(r, [8, 16, 18, 24, 32, 36, 64])],
  ['memory-type', 'Memory type', 'enum', undefined, undefined, 'Performance', (r) => pick(r, ['DDR4', 'DDR5', 'LPDDR5', 'LPDDR5X', 'Unified'])],
  ['storage', 'Storage (SSD)', 'number', 'GB', 'higher', 'Performance', (r) => pick(r, [256, 512, 1000, 2000, 4000])],
  ['gpu', 'Graphics', 'enum', undefined, undefined, 'Performance', (r) => pick(r, GPUS)],
  ['gpu-memory', 'Graphics memory', 'number', 'GB', 'higher', 'Performance', (r) => pick(r, [4, 6, 8, 12, 16])],
  ['benchmark', 'Benchmark score', 'number', undefined, 'higher', 'Performance', (r) => between(r, 4000, 22000, 10)],
  // Battery (6)
  ['battery-capacity', 'Battery capacity', 'number', 'Wh', 'higher', 'Battery', (r) => round(between(r, 40, 99.9, 0.1), 1)],
  ['battery-life', 'Battery life', 'number', 'h', 'higher', 'Battery', (r) => round(between(r, 5, 24, 0.5), 1)],
  ['charging-power', 'Charger', 'number', 'W', 'higher', 'Battery', (r) => pick(r, [45, 65, 90, 100, 140, 240])],
  ['fast-charge', 'Fast charging', 'boolean', undefined, 'higher', 'Battery', (r) => r() < 0.7],
  ['usb-c-charging', 'Charges over USB-C', 'boolean', undefined, 'higher', 'Battery', () => true, 'constant'],
  ['charger-included', 'Charger included', 'boolean', undefined, undefined, 'Battery', () => true, 'constant'],
  // Connectivity (7)
  ['ports', 'Ports', 'set', undefined, undefined, 'Connectivity', (r) => subset(r, PORTS, 2)],
  ['usb-c-ports', 'USB-C ports', 'number', undefined, 'higher', 'Connectivity', (r) => between(r, 1, 4)],
  ['wifi', 'Wi-Fi', 'enum', undefined, undefined, 'Connectivity', (r) => pick(r, ['Wi-Fi 6', 'Wi-Fi 6E', 'Wi-Fi 7'])],
  ['bluetooth', 'Bluetooth', 'enum', undefined, undefined, 'Connectivity', (r) => pick(r, ['5.1', '5.2', '5.3', '5.4'])],
  ['cellular', '5G / LTE', 'boolean', undefined, 'higher', 'Connectivity', (r) => r() < 0.15],
  ['external-displays', 'External displays', 'number', undefined, 'higher', 'Connectivity', (r) => between(r, 1, 4)],
  ['hdmi-version', 'HDMI version', 'enum', undefined, undefined, 'Connectivity', (r) => pick(r, ['1.4', '2.0', '2.1'])],
  // Build (9)
  ['weight', 'Weight', 'number', 'kg', 'lower', 'Build', (r) => round(between(r, 0.9, 2.9, 0.01), 2)],
  ['thickness', 'Thickness', 'number', 'mm', 'lower', 'Build', (r) => round(between(r, 10.9, 26, 0.1), 1)],
  ['width', 'Width', 'number', 'mm', undefined, 'Build', (r) => between(r, 290, 400)],
  ['depth', 'Depth', 'number', 'mm', undefined, 'Build', (r) => between(r, 200, 280)],
  ['material', 'Chassis', 'enum', undefined, undefined, 'Build', (r) => pick(r, ['Aluminium', 'Magnesium alloy', 'Plastic', 'Carbon fibre'])],
  ['colours', 'Colours', 'set', undefined, undefined, 'Build', (r) => subset(r, COLOURS, 1)],
  ['backlit-keyboard', 'Backlit keyboard', 'boolean', undefined, 'higher', 'Build', (r) => r() < 0.85],
  ['fingerprint', 'Fingerprint reader', 'boolean', undefined, 'higher', 'Build', (r) => r() < 0.6],
  ['keyboard-layout', 'Keyboard layout', 'enum', undefined, undefined, 'Build', () => 'QWERTY (UK)', 'constant'],
  // Audio and camera (5)
  ['speakers', 'Speakers', 'number', undefined, 'higher', 'Audio and camera', (r) => pick(r, [2, 4, 6])],
  ['speaker-power', 'Speaker output', 'number', 'W', 'higher', 'Audio and camera', (r) => pick(r, [2, 4, 5, 8, 10])],
  ['webcam', 'Webcam', 'enum', undefined, undefined, 'Audio and camera', (r) => pick(r, ['720p', '1080p', '1440p', '4K'])],
  ['ir-camera', 'IR camera', 'boolean', undefined, 'higher', 'Audio and camera', (r) => r() < 0.5],
  ['microphones', 'Microphones', 'number', undefined, 'higher', 'Audio and camera', (r) => pick(r, [2, 3, 4])],
  // Software and warranty (5)
  ['os', 'Operating system', 'enum', undefined, undefined, 'Software and warranty', (r) => pick(r, ['Windows 11 Home', 'Windows 11 Pro', 'macOS', 'ChromeOS', 'Ubuntu'])],
  ['warranty', 'Warranty (years)', 'number', undefined, 'higher', 'Software and warranty', () => 2, 'constant'],
  ['repairability', 'Repairability score', 'number', undefined, 'higher', 'Software and warranty', (r) => round(between(r, 2, 10, 0.1), 1)],
  ['energy-class', 'Energy class', 'enum', undefined, undefined, 'Software and warranty', (r) => pick(r, ['A', 'B', 'C', 'D', 'E'])],
  ['extended-warranty', 'Extended warranty', 'money', undefined, 'lower', 'Software and warranty', (r) => between(r, 49, 299) + 0.99],
];

export function generateCatalog(seed = 20261122) {
  if (SPEC.length !== ATTRIBUTE_COUNT) throw new Error(`compare-data: ${SPEC.length} attributes, ${ATTRIBUTE_COUNT} expected`);
  const rand = random(seed);
  const attributes = SPEC.map(([key, label, type, unit, better, group]) => ({ key, label, type, group, ...(unit ? { unit } : {}), ...(better ? { better } : {}) }));
  const products = [];
  const values = [];
  for (let index = 0; index < PRODUCT_COUNT; index++) {
    const brand = BRANDS[index % BRANDS.length];
    const own = {};
    const input = {};
    for (const [key, , type, unit, , , value, constant] of SPEC) {
      const generated = value(rand, index);
      // Draw the missing-value dice for every attribute, so the sequence does not depend on it.
      const missing = rand() < MISSING_SHARE && !constant;
      if (missing) continue;
      own[key] = generated;
      input[key] = type === 'money' ? { amount: generated, currency: 'EUR' } : unit ? `${generated} ${unit}` : generated;
    }
    const id = `cmp-${String(index + 1).padStart(3, '0')}`;
    products.push({
      id,
      name: `${brand} Bench ${14 + (index % 4)} Gen ${1 + Math.floor(index / 10)} (${own.cpu ?? 'CPU n/a'})`,
      brand,
      price: { amount: between(rand, 599, 3999) + 0.99, currency: 'EUR' },
      rating: { value: round(between(rand, 3, 5, 0.1), 1), count: between(rand, 3, 900) },
      availability: 'in-stock',
      category: 'laptops',
      url: `#${id}`,
      attributes: input,
    });
    values.push(own);
  }
  return { products, attributes, values };
}
