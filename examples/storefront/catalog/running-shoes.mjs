/** Running shoes: current models of the big running brands, in men's and women's versions. */
import { optionValue } from './commerce.mjs';
import { round } from './random.mjs';
import { SHARED } from './shared.mjs';
import { measure } from './untidy.mjs';

export const category = {
  key: 'running-shoes',
  title: 'Running shoes',
  blurb: 'Daily trainers, carbon-plated racers, stability shoes and trail shoes from every major brand.',
  idPrefix: 'rs',
  cardAttributes: ['shoe-weight', 'drop', 'stack-height', 'cushioning', 'surface'],
};

export const attributes = [
  { key: 'shoe-weight', label: 'Weight (per shoe)', type: 'number', unit: 'g', better: 'lower', group: 'Build' },
  { key: 'drop', label: 'Heel-to-toe drop', type: 'number', unit: 'mm', group: 'Build' },
  { key: 'stack-height', label: 'Stack height (heel)', type: 'number', unit: 'mm', group: 'Build' },
  { key: 'forefoot-stack', label: 'Stack height (forefoot)', type: 'number', unit: 'mm', group: 'Build' },
  { key: 'upper', label: 'Upper', type: 'enum', group: 'Build' },
  { key: 'cushioning', label: 'Cushioning', type: 'enum', group: 'Ride' },
  { key: 'support', label: 'Support', type: 'enum', group: 'Ride' },
  { key: 'plate', label: 'Plate', type: 'enum', group: 'Ride' },
  { key: 'midsole-foam', label: 'Midsole foam', type: 'enum', group: 'Ride' },
  { key: 'energy-return', label: 'Energy return (%)', type: 'number', better: 'higher', group: 'Ride' },
  { key: 'surface', label: 'Surface', type: 'enum', group: 'Use' },
  { key: 'best-for', label: 'Best for', type: 'set', group: 'Use' },
  { key: 'waterproof', label: 'Waterproof (GORE-TEX)', type: 'boolean', group: 'Use' },
  { key: 'reflective', label: 'Reflective details', type: 'boolean', group: 'Use' },
  { key: 'durability', label: 'Expected lifespan (km)', type: 'number', better: 'higher', group: 'Use' },
  { key: 'outsole', label: 'Outsole', type: 'enum', group: 'Outsole' },
  { key: 'outsole-coverage', label: 'Outsole coverage', type: 'enum', group: 'Outsole' },
  { key: 'lug-depth', label: 'Lug depth', type: 'number', unit: 'mm', group: 'Outsole' },
  { key: 'width', label: 'Available widths', type: 'set', group: 'Fit' },
  { key: 'toe-box', label: 'Toe box', type: 'enum', group: 'Fit' },
  { key: 'closure', label: 'Closure', type: 'enum', group: 'Fit' },
  { key: 'heel-counter', label: 'Heel counter', type: 'enum', group: 'Fit' },
  { key: 'gender', label: 'Fit for', type: 'enum', group: 'Fit' },
  { key: 'removable-insole', label: 'Removable insole', type: 'boolean', group: 'Fit' },
  SHARED.color,
  SHARED.vegan,
  SHARED['recycled-content'],
];

export const writers = {
  'shoe-weight': measure(0, ['oz', 1 / 28.349523125, 1, 0.35], ['kg', 0.001, 3, 0.05]),
  drop: measure(1, ['cm', 0.1, 2, 0.05]),
  'stack-height': measure(1, ['cm', 0.1, 2, 0.15]),
  'forefoot-stack': measure(1, ['cm', 0.1, 2, 0.15]),
};

/** What each kind of shoe is like. Ranges are [min, max]; weights are a men's EU 42. */
const TYPES = {
  daily: { noun: 'daily trainer', weight: [250, 295], stack: [33, 38], cushioning: ['Balanced', 'Plush'], plate: ['None'], energy: [55, 68], price: [119, 159], km: [600, 800], bestFor: ['Daily training', 'Long runs', 'Recovery'] },
  max: { noun: 'max-cushioned trainer', weight: [275, 320], stack: [38, 44], cushioning: ['Max'], plate: ['None'], energy: [60, 72], price: [149, 189], km: [600, 800], bestFor: ['Long runs', 'Recovery', 'Daily training'] },
  tempo: { noun: 'tempo shoe', weight: [215, 255], stack: [34, 39], cushioning: ['Balanced', 'Firm'], plate: ['None', 'Nylon'], energy: [65, 78], price: [139, 179], km: [500, 700], bestFor: ['Tempo', 'Daily training', 'Racing'] },
  race: { noun: 'carbon-plated racer', weight: [185, 230], stack: [38, 40], cushioning: ['Balanced'], plate: ['Carbon fibre'], energy: [78, 88], price: [219, 299], km: [300, 450], bestFor: ['Racing', 'Tempo'] },
  stability: { noun: 'stability shoe', weight: [270, 310], stack: [33, 39], cushioning: ['Balanced', 'Plush'], plate: ['None'], energy: [52, 65], price: [129, 169], km: [650, 850], bestFor: ['Daily training', 'Long runs'] },
  trail: { noun: 'trail shoe', weight: [280, 340], stack: [28, 36], cushioning: ['Balanced', 'Plush', 'Firm'], plate: ['None', 'Rock plate'], energy: [50, 62], price: [129, 179], km: [700, 1000], bestFor: ['Technical trail', 'Ultra', 'Long runs'] },
};

// Brands' own trail rubbers; road shoes use generic compounds.
const TRAIL_OUTSOLE = { ASICS: 'ASICSGRIP', Puma: 'PUMAGRIP', Salomon: 'Contagrip', Hoka: 'Vibram Megagrip', Brooks: 'TrailTack', Altra: 'MaxTrac', Saucony: 'PWRTRAC', Adidas: 'Continental rubber', 'New Balance': 'Vibram Megagrip' };
const WIDTHS = { 'New Balance': ['Narrow', 'Standard', 'Wide', 'Extra wide'], Brooks: ['Narrow', 'Standard', 'Wide'], ASICS: ['Standard', 'Wide'], Altra: ['Standard', 'Wide'] };
const COLOURWAYS = ['Black/White', 'White/Blue', 'Grey/Volt', 'Navy/Orange', 'Red/Black', 'Pink/Purple', 'Green/Yellow', 'Triple Black', 'Sand/Teal'];
const SIZES = { Men: [40, 47], Women: [36, 43], Unisex: [37, 47] };

// [brand, model, type, drop in mm, midsole foam, extras]; `gtx` adds a GORE-TEX version.
const MODELS = [
  ['Nike', 'Pegasus 41', 'daily', 10, 'ReactX', { gtx: true }],
  ['Nike', 'Vomero 18', 'max', 10, 'ZoomX'],
  ['Nike', 'Invincible 3', 'max', 9, 'ZoomX'],
  ['Nike', 'Vaporfly 3', 'race', 8, 'ZoomX'],
  ['Nike', 'Alphafly 3', 'race', 8, 'ZoomX'],
  ['Nike', 'Structure 25', 'stability', 10, 'Cushlon 3.0'],
  ['Nike', 'Pegasus Trail 5', 'trail', 9.5, 'ReactX', { gtx: true }],
  ['Adidas', 'Adizero Boston 12', 'tempo', 6.5, 'Lightstrike Pro'],
  ['Adidas', 'Adizero Adios Pro 4', 'race', 6.5, 'Lightstrike Pro'],
  ['Adidas', 'Ultraboost 5', 'daily', 10, 'Light Boost'],
  ['Adidas', 'Supernova Rise', 'daily', 10, 'Dreamstrike+'],
  ['Adidas', 'Adistar 3', 'max', 6.5, 'Repetitor'],
  ['Adidas', 'Terrex Agravic Speed', 'trail', 6, 'Lightstrike'],
  ['ASICS', 'Gel-Nimbus 26', 'max', 8, 'FF Blast+ Eco'],
  ['ASICS', 'Gel-Kayano 31', 'stability', 10, 'FF Blast+ Eco'],
  ['ASICS', 'Novablast 5', 'daily', 8, 'FF Blast Max'],
  ['ASICS', 'Gel-Cumulus 26', 'daily', 8, 'FF Blast+'],
  ['ASICS', 'Magic Speed 4', 'tempo', 8, 'FF Blast Turbo'],
  ['ASICS', 'Metaspeed Sky Paris', 'race', 5, 'FF Turbo+', { genders: ['Unisex'] }],
  ['ASICS', 'GT-2000 13', 'stability', 8, 'FF Blast+'],
  ['ASICS', 'Trabuco 12', 'trail', 8, 'FF Blast+', { gtx: true }],
  ['Brooks', 'Ghost 16', 'daily', 12, 'DNA Loft v3', { gtx: true }],
  ['Brooks', 'Glycerin 21', 'max', 10, 'DNA Loft v3'],
  ['Brooks', 'Adrenaline GTS 24', 'stability', 12, 'DNA Loft v3'],
  ['Brooks', 'Hyperion Elite 4', 'race', 8, 'DNA Flash v2', { genders: ['Unisex'] }],
  ['Brooks', 'Hyperion 2', 'tempo', 8, 'DNA Flash v2'],
  ['Brooks', 'Cascadia 18', 'trail', 6, 'DNA Loft v3', { gtx: true }],
  ['Brooks', 'Caldera 7', 'trail', 6, 'DNA Loft v3'],
  ['Hoka', 'Clifton 9', 'daily', 5, 'CMEVA'],
  ['Hoka', 'Bondi 8', 'max', 4, 'CMEVA'],
  ['Hoka', 'Mach 6', 'tempo', 5, 'Supercritical EVA'],
  ['Hoka', 'Rocket X 2', 'race', 5, 'PEBA', { genders: ['Unisex'] }],
  ['Hoka', 'Arahi 7', 'stability', 5, 'CMEVA'],
  ['Hoka', 'Speedgoat 6', 'trail', 4, 'CMEVA', { gtx: true }],
  ['Hoka', 'Challenger 7', 'trail', 5, 'CMEVA', { surface: 'Road & trail' }],
  ['New Balance', 'Fresh Foam X 1080v14', 'max', 6, 'Fresh Foam X'],
  ['New Balance', 'FuelCell Rebel v4', 'tempo', 6, 'FuelCell'],
  ['New Balance', 'Fresh Foam X 880v14', 'daily', 10, 'Fresh Foam X'],
  ['New Balance', 'FuelCell SC Elite v4', 'race', 4, 'FuelCell'],
  ['New Balance', 'Fresh Foam X 860v14', 'stability', 10, 'Fresh Foam X'],
  ['New Balance', 'Fresh Foam X Hierro v8', 'trail', 8, 'Fresh Foam X', { gtx: true }],
  ['Saucony', 'Endorphin Speed 4', 'tempo', 8, 'PWRRUN PB'],
  ['Saucony', 'Endorphin Pro 4', 'race', 8, 'PWRRUN HG'],
  ['Saucony', 'Ride 17', 'daily', 8, 'PWRRUN+'],
  ['Saucony', 'Triumph 22', 'max', 10, 'PWRRUN PB'],
  ['Saucony', 'Guide 17', 'stability', 6, 'PWRRUN'],
  ['Saucony', 'Peregrine 14', 'trail', 4, 'PWRRUN', { gtx: true }],
  ['On', 'Cloudmonster 2', 'max', 6, 'Helion HF'],
  ['On', 'Cloudsurfer 7', 'daily', 10, 'Helion'],
  ['On', 'Cloudboom Echo 3', 'race', 9, 'Helion HF', { genders: ['Unisex'] }],
  ['On', 'Cloudultra 2', 'trail', 6, 'Helion'],
  ['Salomon', 'Speedcross 6', 'trail', 10, 'EnergyCell', { gtx: true }],
  ['Salomon', 'S/Lab Genesis', 'trail', 6, 'EnergyFoam', { genders: ['Unisex'] }],
  ['Salomon', 'Aero Glide 2', 'daily', 8, 'EnergyFoam'],
  ['Puma', 'Deviate Nitro 3', 'tempo', 8, 'Nitro Elite'],
  ['Puma', 'Velocity Nitro 3', 'daily', 10, 'Nitro'],
  ['Puma', 'Fast-R Nitro Elite 2', 'race', 8, 'Nitro Elite', { genders: ['Unisex'] }],
  ['Puma', 'MagMax Nitro', 'max', 10, 'Nitro'],
  ['Mizuno', 'Wave Rider 28', 'daily', 12, 'Mizuno Enerzy'],
  ['Mizuno', 'Neo Vista', 'max', 8, 'Mizuno Enerzy NXT'],
  ['Mizuno', 'Wave Inspire 20', 'stability', 12, 'Mizuno Enerzy'],
  ['Altra', 'Torin 7', 'daily', 0, 'Altra EGO Max'],
  ['Altra', 'Lone Peak 8', 'trail', 0, 'Altra EGO'],
  ['Altra', 'Experience Flow 2', 'daily', 4, 'Altra EGO'],
];

export function generate(random) {
  return MODELS.flatMap(([brand, model, typeName, drop, foam, extras = {}]) => {
    const editions = (extras.genders ?? ['Men', 'Women']).map((gender) => ({ gender, gtx: false }));
    if (extras.gtx) editions.push({ gender: 'Men', gtx: true }, { gender: 'Women', gtx: true });
    // One list price per model, as brands set it; the GORE-TEX version costs more.
    const price = random.int(...TYPES[typeName].price);
    return editions.map(({ gender, gtx }) => shoe(random, { brand, model, type: TYPES[typeName], drop, foam, price, surface: extras.surface }, gender, gtx));
  });
}

function shoe(random, { brand, model, type, drop, foam, price, surface }, gender, gtx) {
  const trail = type === TYPES.trail;
  const stack = random.int(...type.stack);
  const colourways = random.sample(COLOURWAYS, random.int(2, 3));
  const values = {
    'shoe-weight': Math.round(random.int(...type.weight) * (gender === 'Women' ? 0.84 : 1) + (gtx ? 25 : 0)),
    drop,
    'stack-height': stack,
    'forefoot-stack': round(stack - drop, 1),
    upper: gtx ? 'GORE-TEX membrane' : random.pick(trail ? ['Ripstop mesh', 'Engineered mesh'] : ['Engineered mesh', 'Knit', 'Monomesh']),
    cushioning: random.pick(type.cushioning),
    support: type === TYPES.stability ? 'Stability' : 'Neutral',
    plate: random.pick(type.plate),
    'midsole-foam': foam,
    'energy-return': random.int(...type.energy),
    surface: surface ?? (trail ? 'Trail' : 'Road'),
    'best-for': random.sample(type.bestFor, random.int(1, type.bestFor.length)),
    waterproof: gtx,
    reflective: random.chance(trail ? 0.3 : 0.6),
    durability: Math.round(random.int(...type.km) / 50) * 50,
    outsole: trail ? TRAIL_OUTSOLE[brand] ?? 'Trail rubber' : random.pick(['Blown rubber', 'Carbon rubber']),
    'outsole-coverage': type === TYPES.race ? 'Minimal' : random.pick(['Full', 'Partial']),
    'lug-depth': trail ? random.float(3.5, 6.5, 1) : random.float(1.5, 3, 1),
    width: WIDTHS[brand] ?? random.pick([['Standard'], ['Standard', 'Wide']]),
    'toe-box': brand === 'Altra' ? 'Roomy' : random.weighted([['Standard', 6], ['Roomy', 2], ['Narrow', 1]]),
    closure: random.weighted([['Laces', 8], ['Quick laces', trail ? 2 : 0.3], ['BOA dial', 0.3]]),
    'heel-counter': random.pick(['Rigid', 'Semi-rigid', 'Flexible']),
    gender,
    'removable-insole': random.chance(0.85),
    color: colourways[0],
    vegan: random.chance(0.3),
    'recycled-content': random.chance(0.7) ? random.int(0, 10) * 5 : undefined,
  };
  const fit = gender === 'Unisex' ? 'Unisex' : `${gender}'s`;
  const withVariants = random.chance(0.35);
  return {
    brand,
    name: `${brand} ${model}${gtx ? ' GTX' : ''} – ${fit}`,
    price: price + (gtx ? 20 : 0),
    priceStep: 10,
    attributes: values,
    options: [sizeOption(random, gender), ...(withVariants ? [colourOption(colourways)] : [])],
    withVariants,
    description: `${capitalize(type.noun)} with ${drop} mm drop and a ${foam} midsole${gtx ? ', waterproofed with GORE-TEX' : ''}.`,
  };
}

/** EU sizes; the ends of the range sell out first. */
function sizeOption(random, gender) {
  const [min, max] = SIZES[gender];
  const values = [];
  for (let size = min; size <= max; size++) {
    const edge = size === min || size === max;
    values.push(optionValue(String(size), `EU ${size}`, 0, !random.chance(edge ? 0.4 : 0.08)));
  }
  return { key: 'size', label: 'Size (EU)', values };
}

function colourOption(colourways) {
  const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { key: 'color', label: 'Colour', values: colourways.map((name) => optionValue(slug(name), name)) };
}

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
