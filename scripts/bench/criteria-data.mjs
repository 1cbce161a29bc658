/**
 * The criteria benchmark's data: 10,000 laptops with 15 attributes each, generated from a fixed
 * seed, 10 criteria over them, and the moves of one criterion at a time that each measured
 * recomputation follows (as a shopper drags a slider or ticks a choice).
 *
 * Weights are written in g, kg (as `{ value, unit }`: the text "1.234 kg" would read as
 * 1234 kg) and lb; about 5 % of the values of the numbers are missing.
 */

import { random } from './compare-data.mjs';

export const PRODUCT_COUNT = 10_000;
const MISSING_SHARE = 0.05;

const BRANDS = ['Lenovo', 'Dell', 'HP', 'Apple', 'Asus', 'Acer', 'Microsoft', 'Framework', 'Razer', 'MSI'];
const PORTS = ['USB-C', 'USB-A', 'HDMI', 'Thunderbolt 4', 'SD card', 'Ethernet', '3.5 mm jack'];
const pick = (rand, items) => items[Math.floor(rand() * items.length)];
const between = (rand, min, max, step = 1) => Number((Math.round((min + rand() * (max - min)) / step) * step).toFixed(2));

export const ATTRIBUTES = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower' },
  { key: 'screen-size', label: 'Screen size', type: 'number', unit: 'in' },
  { key: 'battery-life', label: 'Battery life', type: 'number', unit: 'h', better: 'higher' },
  { key: 'memory', label: 'Memory', type: 'number', unit: 'GB', better: 'higher' },
  { key: 'storage', label: 'Storage', type: 'number', unit: 'GB', better: 'higher' },
  { key: 'refresh-rate', label: 'Refresh rate', type: 'number', unit: 'Hz', better: 'higher' },
  { key: 'noise', label: 'Noise (dB)', type: 'number', better: 'lower' },
  { key: 'cpu', label: 'Processor', type: 'enum' },
  { key: 'panel', label: 'Panel', type: 'enum' },
  { key: 'os', label: 'Operating system', type: 'enum' },
  { key: 'colour', label: 'Colour', type: 'enum' },
  { key: 'ports', label: 'Ports', type: 'set' },
  { key: 'touchscreen', label: 'Touchscreen', type: 'boolean' },
  { key: 'backlit-keyboard', label: 'Backlit keyboard', type: 'boolean' },
  { key: 'fingerprint-reader', label: 'Fingerprint reader', type: 'boolean' },
];

/** Catalog input (`{ products, attributes, currency }`) for `normalizeCatalog`. */
export function generateCatalog(seed = 20261123) {
  const rand = random(seed);
  const products = [];
  for (let index = 0; index < PRODUCT_COUNT; index++) {
    const grams = between(rand, 900, 3000);
    const form = rand();
    const values = {
      weight: form < 0.35 ? `${grams} g` : form < 0.7 ? { value: grams / 1000, unit: 'kg' } : `${(grams / 453.59237).toFixed(2)} lb`,
      'screen-size': `${pick(rand, [13.3, 13.6, 14, 14.5, 15.6, 16, 17.3])} in`,
      'battery-life': `${between(rand, 4, 24, 0.5)} h`,
      memory: `${pick(rand, [8, 16, 32, 64])} GB`,
      storage: pick(rand, ['256 GB', '512 GB', '1 TB', '2 TB']),
      'refresh-rate': `${pick(rand, [60, 90, 120, 144, 165, 240])} Hz`,
      noise: between(rand, 25, 50),
      cpu: pick(rand, ['Core Ultra 5', 'Core Ultra 7', 'Core i5', 'Core i7', 'Ryzen 5', 'Ryzen 7', 'Ryzen 9', 'M3', 'M3 Pro', 'Snapdragon X']),
      panel: pick(rand, ['IPS', 'OLED', 'Mini-LED', 'VA']),
      os: pick(rand, ['Windows 11 Home', 'Windows 11 Pro', 'macOS', 'ChromeOS', 'Ubuntu']),
      colour: pick(rand, ['Black', 'Silver', 'Space grey', 'Blue', 'White']),
      ports: PORTS.filter(() => rand() < 0.5),
      touchscreen: rand() < 0.4,
      'backlit-keyboard': rand() < 0.85,
      'fingerprint-reader': rand() < 0.6,
    };
    const attributes = {};
    // Draw the missing-value dice for every attribute, so the sequence does not depend on it.
    for (const [key, value] of Object.entries(values)) if (rand() >= MISSING_SHARE) attributes[key] = value;
    const id = `lt-${String(index + 1).padStart(5, '0')}`;
    const brand = BRANDS[index % BRANDS.length];
    products.push({
      id,
      name: `${brand} Bench ${13 + (index % 5)} Gen ${1 + Math.floor(index / 500)}`,
      brand,
      url: `/p/${id}.html`,
      price: between(rand, 299, 3999) + 0.99,
      rating: { value: between(rand, 3, 5, 0.1), count: Math.round(rand() * 900) },
      availability: 'in-stock',
      category: 'laptops',
      attributes,
    });
  }
  return { currency: 'EUR', attributes: ATTRIBUTES, products };
}

const nice = (fields) => ({ requirement: 'nice', importance: 'normal', ...fields });
const must = (fields) => ({ ...nice(fields), requirement: 'must' });

/** Ten criteria: three must-haves, seven nice-to-haves of every importance and kind. */
export const CRITERIA = [
  must({ attribute: 'weight', operator: 'at-most', value: 1.8, unit: 'kg' }),
  must({ attribute: 'price', operator: 'at-most', value: 2000 }),
  must({ attribute: 'os', operator: 'none-of', values: ['ChromeOS'] }),
  nice({ attribute: 'battery-life', operator: 'at-least', value: 10, unit: 'h', importance: 'very-important' }),
  nice({ attribute: 'screen-size', operator: 'between', min: 13, max: 15, unit: 'in' }),
  nice({ attribute: 'memory', operator: 'at-least', value: 16, unit: 'GB', importance: 'important' }),
  nice({ attribute: 'rating', operator: 'at-least', value: 4.2 }),
  nice({ attribute: 'ports', operator: 'has', values: ['USB-C', 'HDMI'], importance: 'important' }),
  nice({ attribute: 'cpu', operator: 'one-of', values: ['Core Ultra 7', 'Ryzen 7', 'M3 Pro'] }),
  nice({ attribute: 'touchscreen', operator: 'has' }),
];

/**
 * A criterion moved to `phase` (1–18) of a back-and-forth drag: a slider nudged by 2–20 %, a
 * choice ticked (one of two), a yes/no switched. Consecutive phases always differ, and none is
 * where the criterion started.
 */
function moved(criterion, phase) {
  const nudge = 1 + (phase <= 10 ? phase : 20 - phase) / 50;
  switch (criterion.operator) {
    case 'at-most':
      return { ...criterion, value: Number((criterion.value * nudge).toFixed(2)) };
    case 'at-least':
      return { ...criterion, value: Number((criterion.value / nudge).toFixed(2)) };
    case 'between':
      return { ...criterion, max: Number((criterion.max * nudge).toFixed(2)) };
    default:
      if (!criterion.values) return { ...criterion, operator: 'equals', value: phase % 2 === 0 };
      return { ...criterion, values: [...criterion.values, phase % 2 ? 'Thunderbolt 4' : 'Core i7'] };
  }
}

/**
 * The criteria after `step` moves, each move changing one criterion, in turn: the criteria of
 * step `n` differ from those of step `n − 1` in exactly one criterion.
 */
export function movedCriteria(step) {
  return CRITERIA.map((criterion, index) => {
    // The latest step that moved this criterion; none yet when negative.
    const last = step - ((((step - index) % CRITERIA.length) + CRITERIA.length) % CRITERIA.length);
    return last < 0 ? criterion : moved(criterion, 1 + (Math.floor(last / CRITERIA.length) % 18));
  });
}

/** Every criterion changed at once (`phase` 1–18): a persona picked, a context switched. */
export const everyCriterionMoved = (phase) => CRITERIA.map((criterion) => moved(criterion, phase));
