/** Mattresses: foam, hybrid, pocket-spring and latex models, some in several firmnesses. */
import { optionValue } from './commerce.mjs';
import { round } from './random.mjs';
import { SHARED } from './shared.mjs';
import { measure } from './untidy.mjs';

export const category = {
  key: 'mattresses',
  title: 'Mattresses',
  blurb: 'Memory foam, cold foam, hybrid, pocket-spring and latex mattresses with long sleep trials.',
  idPrefix: 'mt',
  cardAttributes: ['type', 'height', 'firmness', 'trial', 'mattress-weight'],
  // Its listing page publishes schema.org microdata instead of data-shortlist-* cards, as
  // Magento's and Shopware's themes do: the demo runs both ways of reading a listing.
  listing: 'microdata',
};

export const attributes = [
  { key: 'height', label: 'Height', type: 'number', unit: 'cm', group: 'Size & weight' },
  { key: 'mattress-weight', label: 'Weight (90 × 200 cm)', type: 'number', unit: 'kg', group: 'Size & weight' },
  { key: 'sizes', label: 'Available sizes', type: 'set', group: 'Size & weight' },
  { key: 'max-load', label: 'Max. load per sleeper', type: 'number', unit: 'kg', better: 'higher', group: 'Size & weight' },
  { key: 'firmness', label: 'Firmness (1–10)', type: 'number', group: 'Comfort' },
  { key: 'firmness-feel', label: 'Feel', type: 'enum', group: 'Comfort' },
  { key: 'sleep-positions', label: 'Sleep positions', type: 'set', group: 'Comfort' },
  { key: 'motion-isolation', label: 'Motion isolation', type: 'enum', group: 'Comfort' },
  { key: 'cooling', label: 'Cooling', type: 'set', group: 'Comfort' },
  { key: 'type', label: 'Type', type: 'enum', group: 'Construction' },
  { key: 'layers', label: 'Layers', type: 'number', group: 'Construction' },
  { key: 'materials', label: 'Materials', type: 'set', group: 'Construction' },
  { key: 'coil-count', label: 'Pocket springs (140 × 200 cm)', type: 'number', group: 'Construction' },
  { key: 'zones', label: 'Comfort zones', type: 'number', group: 'Construction' },
  { key: 'edge-support', label: 'Edge support', type: 'enum', group: 'Construction' },
  { key: 'cover-material', label: 'Cover fabric', type: 'enum', group: 'Care' },
  { key: 'cover-removable', label: 'Removable cover', type: 'boolean', group: 'Care' },
  { key: 'cover-washable', label: 'Machine-washable cover', type: 'boolean', group: 'Care' },
  { key: 'flippable', label: 'Two-sided (flippable)', type: 'boolean', group: 'Care' },
  { key: 'hypoallergenic', label: 'Hypoallergenic', type: 'boolean', group: 'Care' },
  { key: 'trial', label: 'Sleep trial', type: 'number', unit: 'd', better: 'higher', group: 'Warranty & service' },
  SHARED.warranty,
  { key: 'free-returns', label: 'Free returns', type: 'boolean', group: 'Warranty & service' },
  { key: 'delivery-time', label: 'Delivery time', type: 'number', unit: 'd', better: 'lower', group: 'Delivery' },
  { key: 'roll-packed', label: 'Delivered roll-packed', type: 'boolean', group: 'Delivery' },
  { key: 'made-in', label: 'Made in', type: 'enum', group: 'Sustainability' },
  { key: 'certifications', label: 'Certifications', type: 'set', group: 'Sustainability' },
  SHARED.vegan,
  SHARED['recycled-content'],
];

export const writers = {
  height: measure(1, ['mm', 10, 0, 0.25], ['in', 1 / 2.54, 1, 0.1]),
  'mattress-weight': measure(1, ['lb', 2.20462, 1, 0.1], ['g', 1000, 0, 0.05]),
  'max-load': measure(0, ['lb', 2.20462, 0, 0.15]),
  'delivery-time': measure(0, ['h', 24, 0, 0.2]),
};

/** What each construction is like. Ranges are [min, max]. */
const TYPES = {
  'Memory foam': { height: [18, 30], density: 0.75, layers: [3, 5], materials: ['Memory foam', 'Polyurethane foam', 'Gel foam'], motion: 'High', edge: 'Standard', rollPacked: 0.95 },
  'Cold foam': { height: [16, 24], density: 0.7, layers: [1, 3], materials: ['Cold foam', 'Polyurethane foam'], motion: 'High', edge: 'Standard', rollPacked: 0.9 },
  Hybrid: { height: [24, 34], density: 1.15, layers: [4, 7], materials: ['Pocket springs', 'Memory foam', 'Polyurethane foam', 'Latex', 'Wool'], motion: 'Medium', edge: 'Reinforced', rollPacked: 0.7, coils: [800, 2500] },
  'Pocket spring': { height: [20, 28], density: 1, layers: [2, 4], materials: ['Pocket springs', 'Polyurethane foam', 'Cotton', 'Wool'], motion: 'Medium', edge: 'Foam-encased', rollPacked: 0.4, coils: [500, 1200] },
  Latex: { height: [18, 25], density: 1.4, layers: [2, 3], materials: ['Natural latex', 'Organic cotton', 'Wool'], motion: 'Medium', edge: 'Standard', rollPacked: 0.3 },
};

const FEELS = ['Soft', 'Medium-soft', 'Medium', 'Medium-firm', 'Firm'];
const SIZES = [['90x200', '90 × 200 cm', 0], ['140x200', '140 × 200 cm', 0.55], ['160x200', '160 × 200 cm', 0.75], ['180x200', '180 × 200 cm', 0.95], ['200x200', '200 × 200 cm', 1.15]];
const CERTIFICATIONS = ['OEKO-TEX Standard 100', 'CertiPUR-EU', 'GOLS', 'Eco-INSTITUT', 'LGA tested'];
const COOLING = ['Gel-infused foam', 'Open-cell foam', 'Breathable cover', 'Phase-change fabric', 'Airflow channels'];

// [brand, model, type, price of 90 × 200 cm, firmnesses it is sold in (1–10), made in]
const MODELS = [
  ['Emma', 'One', 'Memory foam', 249, [6], 'Germany'],
  ['Emma', 'Original', 'Memory foam', 399, [5, 7], 'Germany'],
  ['Emma', 'Zero', 'Memory foam', 349, [6], 'Poland'],
  ['Emma', 'Hybrid', 'Hybrid', 549, [5, 7], 'Germany'],
  ['Emma', 'Premium', 'Hybrid', 749, [4, 6, 8], 'Germany'],
  ['Simba', 'Hybrid Essential', 'Hybrid', 449, [6], 'United Kingdom'],
  ['Simba', 'Hybrid Original', 'Hybrid', 649, [5, 7], 'United Kingdom'],
  ['Simba', 'Hybrid Pro', 'Hybrid', 899, [5, 7], 'United Kingdom'],
  ['Simba', 'Hybrid Luxe', 'Hybrid', 1299, [4, 6, 8], 'United Kingdom'],
  ['Tempur', 'Original Supreme 21', 'Memory foam', 1199, [7], 'Denmark'],
  ['Tempur', 'Cloud Luxe 30', 'Memory foam', 1799, [4], 'Denmark'],
  ['Tempur', 'Pro Plus SmartCool 25', 'Memory foam', 1999, [6, 8], 'Denmark'],
  ['Casper', 'Element', 'Memory foam', 349, [6], 'Poland'],
  ['Casper', 'Original', 'Memory foam', 549, [6], 'Poland'],
  ['Casper', 'Wave Hybrid', 'Hybrid', 1199, [5, 7], 'Poland'],
  ['Casper', 'Snow Hybrid', 'Hybrid', 1399, [6], 'Poland'],
  ['Eve', 'Original', 'Memory foam', 399, [6], 'United Kingdom'],
  ['Eve', 'Lighter Hybrid', 'Hybrid', 599, [5, 7], 'United Kingdom'],
  ['Eve', 'Premium Hybrid', 'Hybrid', 899, [6], 'United Kingdom'],
  ['IKEA', 'ÅBYGDA foam mattress', 'Cold foam', 89, [8], 'Poland'],
  ['IKEA', 'ÅKREHAMN foam mattress', 'Cold foam', 69, [7], 'Poland'],
  ['IKEA', 'MORGEDAL foam mattress', 'Cold foam', 199, [5, 8], 'Poland'],
  ['IKEA', 'VESTERÖY pocket sprung mattress', 'Pocket spring', 199, [6, 8], 'Poland'],
  ['IKEA', 'VALEVÅG pocket sprung mattress', 'Pocket spring', 279, [6, 8], 'Poland'],
  ['IKEA', 'HÖVÅG pocket sprung mattress', 'Pocket spring', 149, [6, 8], 'Poland'],
  ['IKEA', 'VÅGSTRANDA pocket sprung mattress', 'Hybrid', 449, [5, 7], 'Poland'],
  ['bett1', 'Bodyguard', 'Cold foam', 199, [6], 'Germany'],
  ['Tuft & Needle', 'Original', 'Memory foam', 499, [6], 'Poland'],
  ['Tuft & Needle', 'Mint', 'Memory foam', 699, [5], 'Poland'],
  ['Tuft & Needle', 'Hybrid', 'Hybrid', 799, [6], 'Poland'],
  ['Purple', 'Mattress', 'Hybrid', 899, [6], 'United States'],
  ['Purple', 'RestorePlus', 'Hybrid', 1499, [4, 6, 8], 'United States'],
  ['Schlaraffia', 'Geltex Quantum 180', 'Memory foam', 599, [4, 6, 8], 'Germany'],
  ['Schlaraffia', 'Viva Plus', 'Pocket spring', 449, [5, 7], 'Germany'],
  ['Schlaraffia', 'Air Pro', 'Cold foam', 699, [5, 7], 'Germany'],
  ['Ravensberger', 'Medimed 7-Zone Pocket Spring', 'Pocket spring', 369, [5, 7, 9], 'Germany'],
  ['Ravensberger', 'Cold Foam 7-Zone RG 40', 'Cold foam', 279, [5, 7, 9], 'Germany'],
  ['Silentnight', 'Eco Comfort Breathe', 'Pocket spring', 299, [6], 'United Kingdom'],
  ['Silentnight', 'Geltex 2000 Pocket', 'Hybrid', 649, [6, 8], 'United Kingdom'],
  ['Otty', 'Original Hybrid', 'Hybrid', 449, [6], 'United Kingdom'],
  ['Otty', 'Pure Plus', 'Hybrid', 799, [6], 'United Kingdom'],
  ['Hästens', 'Superia', 'Pocket spring', 2999, [5, 7], 'Sweden'],
  ['Dunlopillo', 'Royal Sovereign', 'Latex', 1999, [6, 8], 'United Kingdom'],
  ['Avocado', 'Green Mattress', 'Latex', 1399, [7, 8], 'United States'],
  ['Zinus', 'Green Tea Memory Foam', 'Memory foam', 229, [5, 7], 'China'],
  ['Nectar', 'Classic Memory Foam', 'Memory foam', 499, [6], 'China'],
  ['Nectar', 'Premier Hybrid', 'Hybrid', 899, [5, 7], 'China'],
  ['Brooklyn Bedding', 'Signature Hybrid', 'Hybrid', 799, [4, 6, 8], 'United States'],
  ['Saatva', 'Classic', 'Hybrid', 1599, [3, 5, 8], 'United States'],
  ['Helix', 'Midnight', 'Hybrid', 999, [5], 'United States'],
  ['Bruno', 'Original', 'Cold foam', 449, [5, 7], 'Germany'],
];

export function generate(random) {
  return MODELS.flatMap(([brand, model, typeName, price, firmnesses, madeIn]) =>
    firmnesses.map((firmness) => mattress(random, { brand, model, typeName, price, madeIn, named: firmnesses.length > 1 }, firmness)),
  );
}

function mattress(random, { brand, model, typeName, price, madeIn, named }, firmness) {
  const type = TYPES[typeName];
  const height = random.int(...type.height);
  const feel = FEELS[Math.min(4, Math.max(0, Math.round((firmness - 2) / 1.6)))];
  const values = {
    height,
    'mattress-weight': round(height * type.density * random.float(0.9, 1.1, 2), 1),
    sizes: SIZES.map(([, label]) => label),
    'max-load': random.pick([100, 120, 130, 140, 150, 180]),
    firmness,
    'firmness-feel': feel,
    'sleep-positions': sleepPositions(firmness),
    'motion-isolation': type.motion,
    cooling: random.sample(COOLING, random.int(1, 3)),
    type: typeName,
    layers: random.int(...type.layers),
    materials: random.sample(type.materials, random.int(2, type.materials.length)),
    // Foam has no springs: an honest feed leaves the value out rather than writing 0.
    'coil-count': type.coils ? Math.round(random.int(...type.coils) / 50) * 50 : undefined,
    zones: random.pick([1, 3, 5, 7, 7, 9]),
    'edge-support': type.edge,
    'cover-material': random.pick(['Polyester', 'Cotton', 'Tencel', 'Bamboo viscose', 'Wool']),
    'cover-removable': random.chance(0.8),
    'cover-washable': random.chance(0.6),
    flippable: random.chance(0.25),
    hypoallergenic: random.chance(0.6),
    trial: random.pick([30, 60, 100, 100, 200, 365]),
    warranty: random.pick([5, 10, 10, 15, 25]),
    'free-returns': random.chance(0.75),
    'delivery-time': random.int(2, 14),
    'roll-packed': random.chance(type.rollPacked),
    'made-in': madeIn,
    certifications: random.sample(CERTIFICATIONS, random.int(1, 3)),
    vegan: random.chance(type.materials.includes('Wool') ? 0.1 : 0.6),
    'recycled-content': random.chance(0.5) ? random.int(0, 6) * 5 : undefined,
  };
  const withVariants = random.chance(0.6);
  return {
    brand,
    name: `${brand} ${model}${named ? ` – ${feel}` : ''}`,
    price,
    priceStep: 10,
    attributes: values,
    options: [{ key: 'size', label: 'Size', values: SIZES.map(([value, label, factor]) => optionValue(value, label, Math.round((price * factor) / 10) * 10, !random.chance(0.05))) }],
    withVariants,
    description: `${typeName} mattress, ${height} cm high, ${feel.toLowerCase()} (${firmness}/10), with a ${values.trial}-night trial.`,
  };
}

/** Softer mattresses suit side sleepers, firmer ones back and stomach sleepers. */
function sleepPositions(firmness) {
  return [['Side', firmness <= 7], ['Back', firmness >= 5], ['Stomach', firmness >= 7], ['Combination', firmness >= 5 && firmness <= 7]]
    .filter(([, suits]) => suits)
    .map(([position]) => position);
}
