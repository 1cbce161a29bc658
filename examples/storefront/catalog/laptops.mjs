/** Laptops: model lines of real brands, each sold in a few configurations. */
import { optionValue } from './commerce.mjs';
import { round } from './random.mjs';
import { SHARED } from './shared.mjs';
import { measure, storage } from './untidy.mjs';

export const category = {
  key: 'laptops',
  title: 'Laptops',
  blurb: 'Ultrabooks, business machines, gaming rigs and MacBooks, in every configuration.',
  idPrefix: 'lt',
  cardAttributes: ['screen-size', 'weight', 'memory', 'storage', 'battery-life', 'cpu'],
};

export const attributes = [
  { key: 'screen-size', label: 'Screen size', type: 'number', unit: 'in', group: 'Display' },
  { key: 'resolution', label: 'Resolution', type: 'enum', group: 'Display' },
  { key: 'panel', label: 'Panel', type: 'enum', group: 'Display' },
  { key: 'refresh-rate', label: 'Refresh rate', type: 'number', unit: 'Hz', better: 'higher', group: 'Display' },
  { key: 'brightness', label: 'Brightness (nits)', type: 'number', better: 'higher', group: 'Display' },
  { key: 'touchscreen', label: 'Touchscreen', type: 'boolean', group: 'Display' },
  { key: 'cpu', label: 'Processor', type: 'text', group: 'Performance' },
  { key: 'cpu-cores', label: 'CPU cores', type: 'number', better: 'higher', group: 'Performance' },
  { key: 'cpu-clock', label: 'Max. clock speed', type: 'number', unit: 'GHz', better: 'higher', group: 'Performance' },
  { key: 'memory', label: 'Memory (RAM)', type: 'number', unit: 'GB', better: 'higher', group: 'Performance' },
  { key: 'storage', label: 'Storage (SSD)', type: 'number', unit: 'GB', better: 'higher', group: 'Performance' },
  { key: 'gpu', label: 'Graphics', type: 'enum', group: 'Performance' },
  { key: 'battery-life', label: 'Battery life', type: 'number', unit: 'h', better: 'higher', group: 'Battery' },
  { key: 'battery-capacity', label: 'Battery capacity', type: 'number', unit: 'Wh', better: 'higher', group: 'Battery' },
  { key: 'charger-power', label: 'Charger', type: 'number', unit: 'W', group: 'Battery' },
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower', group: 'Design' },
  { key: 'thickness', label: 'Thickness', type: 'number', unit: 'mm', better: 'lower', group: 'Design' },
  SHARED.color,
  { key: 'noise', label: 'Noise under load (dB)', type: 'number', better: 'lower', group: 'Design' },
  { key: 'ports', label: 'Ports', type: 'set', group: 'Connectivity' },
  { key: 'wifi', label: 'Wi-Fi', type: 'enum', group: 'Connectivity' },
  { key: 'bluetooth', label: 'Bluetooth', type: 'enum', group: 'Connectivity' },
  { key: 'webcam', label: 'Webcam', type: 'enum', group: 'Features' },
  { key: 'backlit-keyboard', label: 'Backlit keyboard', type: 'boolean', group: 'Features' },
  { key: 'fingerprint-reader', label: 'Fingerprint reader', type: 'boolean', group: 'Features' },
  { key: 'os', label: 'Operating system', type: 'enum', group: 'Software' },
  SHARED.warranty,
];

export const writers = {
  'screen-size': measure(1, ['"', 1, 1, 0.4], ['cm', 2.54, 1, 0.15]),
  'cpu-clock': measure(2, ['MHz', 1000, 0, 0.1]),
  'battery-life': measure(1, ['min', 60, 0, 0.3]),
  memory: measure(0),
  storage: (random, value) => storage(random, value),
  weight: measure(2, ['g', 1000, 0, 0.4], ['lb', 2.20462, 1, 0.05]),
  thickness: measure(1, ['cm', 0.1, 2, 0.15]),
};

// [cores, max clock in GHz]
const CPUS = {
  'Intel Core i3-1315U': [6, 4.5],
  'Intel Core i5-1335U': [10, 4.6],
  'Intel Core i7-1355U': [10, 5.0],
  'Intel Core Ultra 5 125U': [12, 4.3],
  'Intel Core Ultra 7 155U': [12, 4.8],
  'Intel Core Ultra 7 165U': [12, 4.9],
  'Intel Core Ultra 5 125H': [14, 4.5],
  'Intel Core Ultra 7 155H': [16, 4.8],
  'Intel Core Ultra 9 185H': [16, 5.1],
  'Intel Core i7-14700HX': [20, 5.5],
  'Intel Core i9-14900HX': [24, 5.8],
  'AMD Ryzen 3 7320U': [4, 4.1],
  'AMD Ryzen 5 7530U': [6, 4.5],
  'AMD Ryzen 5 8640HS': [6, 4.9],
  'AMD Ryzen 7 7730U': [8, 4.5],
  'AMD Ryzen 7 8840HS': [8, 5.1],
  'AMD Ryzen 9 8945HS': [8, 5.2],
  'Qualcomm Snapdragon X Plus X1P-64-100': [10, 3.4],
  'Qualcomm Snapdragon X Elite X1E-78-100': [12, 3.4],
  'Apple M3': [8, 4.05],
  'Apple M3 Pro': [12, 4.05],
  'Apple M3 Max': [16, 4.05],
  'MediaTek Kompanio 520': [8, 2.2],
};

const INTEL_U = ['Intel Core Ultra 5 125U', 'Intel Core Ultra 7 155U', 'Intel Core Ultra 7 165U'];
const INTEL_H = ['Intel Core Ultra 5 125H', 'Intel Core Ultra 7 155H', 'Intel Core Ultra 9 185H'];
const AMD_HS = ['AMD Ryzen 5 8640HS', 'AMD Ryzen 7 8840HS', 'AMD Ryzen 9 8945HS'];
const BUDGET = ['Intel Core i3-1315U', 'Intel Core i5-1335U', 'AMD Ryzen 3 7320U', 'AMD Ryzen 5 7530U', 'AMD Ryzen 7 7730U'];
const SNAPDRAGON = ['Qualcomm Snapdragon X Plus X1P-64-100', 'Qualcomm Snapdragon X Elite X1E-78-100'];
const GAMING = ['Intel Core i7-14700HX', 'Intel Core i9-14900HX', 'AMD Ryzen 7 8840HS', 'AMD Ryzen 9 8945HS'];

/** What a class of laptop is like; each line below belongs to one. Ranges are [min, max]. */
const PROFILES = {
  budget: {
    noun: 'everyday laptop', price: [349, 749], weight: 1.6, battery: [6, 10], wh: [41, 58], memory: [8, 16], storage: [256, 512, 1000],
    gpu: ['Integrated'], refresh: [60], panels: ['IPS'], nits: [250, 300], thickness: [17.9, 19.9], charger: [45, 65], noise: [30, 36],
    resolutions: ['1920×1080'], webcam: ['720p', '1080p'], os: ['Windows 11 Home'], warranty: [1, 2], colors: ['Silver', 'Grey', 'Blue', 'Black'],
    ports: ['USB-C', 'USB-A', 'HDMI', 'Headphone jack'], extraPorts: ['SD card', 'Ethernet'], touch: 0.1, backlit: 0.5, fingerprint: 0.3,
    wifi: ['Wi-Fi 6'], bluetooth: ['5.1', '5.2'], cpus: BUDGET,
  },
  chromebook: {
    noun: 'Chromebook', price: [299, 599], weight: 1.55, battery: [9, 12], wh: [47, 57], memory: [8], storage: [128, 256],
    gpu: ['Integrated'], refresh: [60], panels: ['IPS'], nits: [250, 300], thickness: [17.5, 19], charger: [45], noise: [28, 32],
    resolutions: ['1920×1080'], webcam: ['1080p'], os: ['ChromeOS'], warranty: [2], colors: ['Silver', 'Grey'],
    ports: ['USB-C', 'USB-A', 'Headphone jack'], extraPorts: ['HDMI', 'microSD'], touch: 0.3, backlit: 0.6, fingerprint: 0.1,
    wifi: ['Wi-Fi 6'], bluetooth: ['5.2'], cpus: ['Intel Core i3-1315U', 'Intel Core i5-1335U', 'MediaTek Kompanio 520'],
  },
  mainstream: {
    noun: 'thin-and-light laptop', price: [799, 1599], weight: 1.3, battery: [10, 18], wh: [60, 75], memory: [16, 32], storage: [512, 1000],
    gpu: ['Integrated'], refresh: [60, 90, 120], panels: ['IPS', 'OLED'], nits: [350, 500], thickness: [13.9, 16.9], charger: [65], noise: [28, 36],
    resolutions: ['1920×1200', '2560×1600', '2880×1800'], webcam: ['1080p', '1440p'], os: ['Windows 11 Home'], warranty: [2], colors: ['Silver', 'Grey', 'Blue', 'Green', 'White'],
    ports: ['USB-C', 'Thunderbolt 4', 'Headphone jack'], extraPorts: ['USB-A', 'HDMI', 'microSD'], touch: 0.35, backlit: 0.95, fingerprint: 0.7,
    wifi: ['Wi-Fi 6E', 'Wi-Fi 7'], bluetooth: ['5.3', '5.4'], cpus: [...INTEL_U, ...INTEL_H.slice(0, 2), 'AMD Ryzen 7 8840HS'],
  },
  business: {
    noun: 'business laptop', price: [999, 2299], weight: 1.35, battery: [11, 17], wh: [52, 65], memory: [16, 32, 64], storage: [256, 512, 1000, 2000],
    gpu: ['Integrated'], refresh: [60, 120], panels: ['IPS', 'OLED'], nits: [300, 500], thickness: [14.9, 19.5], charger: [65], noise: [27, 34],
    resolutions: ['1920×1200', '2240×1400', '2880×1800'], webcam: ['1080p', '1440p'], os: ['Windows 11 Pro'], warranty: [3], colors: ['Black', 'Grey', 'Silver'],
    ports: ['USB-C', 'Thunderbolt 4', 'USB-A', 'HDMI', 'Headphone jack'], extraPorts: ['Ethernet', 'Smart card', 'microSD'], touch: 0.2, backlit: 1, fingerprint: 0.95,
    wifi: ['Wi-Fi 6E', 'Wi-Fi 7'], bluetooth: ['5.3'], cpus: [...INTEL_U, 'AMD Ryzen 7 8840HS'],
  },
  creator: {
    noun: 'creator laptop', price: [1499, 3499], weight: 1.75, battery: [8, 13], wh: [70, 99.9], memory: [32, 64], storage: [1000, 2000, 4000],
    gpu: ['NVIDIA GeForce RTX 4050', 'NVIDIA GeForce RTX 4060', 'NVIDIA GeForce RTX 4070'], refresh: [60, 120], panels: ['OLED', 'Mini-LED'], nits: [400, 1000], thickness: [15.9, 19.9], charger: [130, 140, 180], noise: [33, 42],
    resolutions: ['2880×1800', '3200×2000', '3840×2400'], webcam: ['1080p'], os: ['Windows 11 Pro', 'Windows 11 Home'], warranty: [2, 3], colors: ['Black', 'Silver', 'Grey'],
    ports: ['USB-C', 'Thunderbolt 4', 'HDMI', 'SD card', 'Headphone jack'], extraPorts: ['USB-A'], touch: 0.5, backlit: 1, fingerprint: 0.6,
    wifi: ['Wi-Fi 6E', 'Wi-Fi 7'], bluetooth: ['5.3', '5.4'], cpus: [...INTEL_H, ...AMD_HS.slice(1)],
  },
  gaming: {
    noun: 'gaming laptop', price: [999, 3999], weight: 2.2, battery: [4, 8], wh: [70, 99.9], memory: [16, 32], storage: [512, 1000, 2000],
    gpu: ['NVIDIA GeForce RTX 4050', 'NVIDIA GeForce RTX 4060', 'NVIDIA GeForce RTX 4070', 'NVIDIA GeForce RTX 4080', 'NVIDIA GeForce RTX 4090'], refresh: [144, 165, 240], panels: ['IPS', 'OLED', 'Mini-LED'], nits: [300, 500], thickness: [19.9, 28.9], charger: [200, 240, 280, 330], noise: [42, 52],
    resolutions: ['1920×1080', '1920×1200', '2560×1600'], webcam: ['720p', '1080p'], os: ['Windows 11 Home'], warranty: [2], colors: ['Black', 'Grey'],
    ports: ['USB-C', 'USB-A', 'HDMI', 'Ethernet', 'Headphone jack'], extraPorts: ['Thunderbolt 4', 'SD card'], touch: 0, backlit: 1, fingerprint: 0.1,
    wifi: ['Wi-Fi 6E', 'Wi-Fi 7'], bluetooth: ['5.3'], cpus: GAMING,
  },
  apple: {
    noun: 'MacBook', price: [1199, 3999], weight: 1.24, battery: [15, 22], wh: [52.6, 100], memory: [8, 16, 24], storage: [256, 512, 1000, 2000],
    gpu: ['Integrated'], refresh: [60], panels: ['IPS'], nits: [500, 500], thickness: [11.3, 11.5], charger: [30, 35, 70], noise: [0, 0],
    resolutions: ['Retina'], webcam: ['1080p'], os: ['macOS'], warranty: [1], colors: ['Midnight', 'Starlight', 'Silver', 'Space Grey'],
    ports: ['Thunderbolt 4', 'USB-C', 'MagSafe', 'Headphone jack'], extraPorts: [], touch: 0, backlit: 1, fingerprint: 1,
    wifi: ['Wi-Fi 6E'], bluetooth: ['5.3'], cpus: ['Apple M3'], configurable: true,
  },
};

// Apple's Pro line differs enough to be its own profile.
PROFILES['apple-pro'] = {
  ...PROFILES.apple, price: [1999, 4499], weight: 1.55, battery: [18, 24], wh: [70, 100], memory: [8, 18, 36], storage: [512, 1000, 2000],
  refresh: [120], panels: ['Mini-LED'], nits: [1000, 1000], thickness: [15.5, 16.8], charger: [70, 96, 140], noise: [25, 38],
  colors: ['Space Black', 'Silver'], ports: ['Thunderbolt 4', 'USB-C', 'MagSafe', 'HDMI', 'SD card', 'Headphone jack'], cpus: ['Apple M3', 'Apple M3 Pro', 'Apple M3 Max'],
};

// [brand, model line, profile, screen sizes, processors (profile's when omitted)]
const LINES = [
  ['Lenovo', 'ThinkPad X1 Carbon Gen 12', 'business', [14]],
  ['Lenovo', 'ThinkPad T14s Gen 5', 'business', [14], [...INTEL_U, 'Qualcomm Snapdragon X Elite X1E-78-100']],
  ['Lenovo', 'ThinkPad E16 Gen 2', 'business', [16], ['Intel Core Ultra 5 125U', 'AMD Ryzen 5 7530U', 'AMD Ryzen 7 7730U']],
  ['Lenovo', 'ThinkPad P16s Gen 3', 'creator', [16]],
  ['Lenovo', 'IdeaPad Slim 5', 'mainstream', [14, 16]],
  ['Lenovo', 'IdeaPad 1 15', 'budget', [15.6]],
  ['Lenovo', 'Yoga Slim 7x', 'mainstream', [14.5], SNAPDRAGON],
  ['Lenovo', 'Yoga Pro 9i', 'creator', [16]],
  ['Lenovo', 'Legion 5 Gen 9', 'gaming', [16]],
  ['Lenovo', 'Legion Pro 7i Gen 9', 'gaming', [16], ['Intel Core i9-14900HX']],
  ['Dell', 'XPS 13 9340', 'mainstream', [13.4], INTEL_U],
  ['Dell', 'XPS 14 9440', 'creator', [14.5]],
  ['Dell', 'XPS 16 9640', 'creator', [16.3]],
  ['Dell', 'Inspiron 15 3530', 'budget', [15.6]],
  ['Dell', 'Inspiron 14 Plus', 'mainstream', [14]],
  ['Dell', 'Latitude 7450', 'business', [14]],
  ['Dell', 'Latitude 5550', 'business', [15.6]],
  ['Dell', 'Alienware m16 R2', 'gaming', [16]],
  ['HP', 'Spectre x360 14', 'mainstream', [14], INTEL_H],
  ['HP', 'EliteBook 840 G11', 'business', [14]],
  ['HP', 'EliteBook 1040 G11', 'business', [14]],
  ['HP', 'ProBook 450 G10', 'business', [15.6], ['Intel Core i5-1335U', 'Intel Core i7-1355U']],
  ['HP', 'Pavilion 15', 'budget', [15.6]],
  ['HP', '255 G10', 'budget', [15.6]],
  ['HP', 'Envy x360 16', 'mainstream', [16]],
  ['HP', 'OMEN Transcend 14', 'gaming', [14], INTEL_H],
  ['HP', 'Victus 15', 'gaming', [15.6]],
  ['Apple', 'MacBook Air 13 (M3)', 'apple', [13.6]],
  ['Apple', 'MacBook Air 15 (M3)', 'apple', [15.3]],
  ['Apple', 'MacBook Pro 14', 'apple-pro', [14.2]],
  ['Apple', 'MacBook Pro 16', 'apple-pro', [16.2], ['Apple M3 Pro', 'Apple M3 Max']],
  ['ASUS', 'Zenbook 14 OLED UX3405', 'mainstream', [14], INTEL_H],
  ['ASUS', 'Zenbook S 16', 'mainstream', [16], ['AMD Ryzen 9 8945HS']],
  ['ASUS', 'Vivobook 15 X1504', 'budget', [15.6]],
  ['ASUS', 'ROG Zephyrus G14', 'gaming', [14], ['AMD Ryzen 9 8945HS']],
  ['ASUS', 'ROG Strix G16', 'gaming', [16]],
  ['ASUS', 'ProArt P16', 'creator', [16], ['AMD Ryzen 9 8945HS']],
  ['ASUS', 'ExpertBook B9 OLED', 'business', [14]],
  ['ASUS', 'Chromebook Plus CX34', 'chromebook', [14]],
  ['Acer', 'Swift Go 14', 'mainstream', [14]],
  ['Acer', 'Aspire 5', 'budget', [15.6, 17.3]],
  ['Acer', 'Predator Helios 16', 'gaming', [16]],
  ['Acer', 'Nitro V 15', 'gaming', [15.6], ['Intel Core i7-14700HX', 'AMD Ryzen 7 8840HS']],
  ['Acer', 'Chromebook Plus 515', 'chromebook', [15.6]],
  ['Microsoft', 'Surface Laptop 7', 'mainstream', [13.8, 15], SNAPDRAGON],
  ['Microsoft', 'Surface Laptop Go 3', 'budget', [12.4], ['Intel Core i5-1335U']],
  ['Framework', 'Laptop 13', 'mainstream', [13.5], ['Intel Core Ultra 5 125H', 'Intel Core Ultra 7 155H', 'AMD Ryzen 7 7730U']],
  ['Framework', 'Laptop 16', 'creator', [16], ['AMD Ryzen 7 8840HS', 'AMD Ryzen 9 8945HS']],
  ['MSI', 'Prestige 14 AI Evo', 'mainstream', [14], INTEL_H],
  ['MSI', 'Katana 15', 'gaming', [15.6]],
  ['MSI', 'Stealth 16 AI Studio', 'gaming', [16], ['Intel Core Ultra 9 185H']],
  ['Samsung', 'Galaxy Book4 Pro', 'mainstream', [14, 16], INTEL_H],
  ['Samsung', 'Galaxy Book4 Edge', 'mainstream', [14, 16], SNAPDRAGON],
  ['LG', 'gram 16', 'mainstream', [16]],
  ['LG', 'gram 17', 'mainstream', [17]],
  ['Huawei', 'MateBook X Pro', 'mainstream', [14.2], ['Intel Core Ultra 7 155H', 'Intel Core Ultra 9 185H']],
  ['Dynabook', 'Portégé X40-K', 'business', [14]],
];

// Apple quotes its own panel resolutions.
const APPLE_RESOLUTION = { 13.6: '2560×1664', 15.3: '2880×1864', 14.2: '3024×1964', 16.2: '3456×2234' };

export function generate(random) {
  return LINES.flatMap(([brand, model, profileName, screens, cpus]) => {
    const profile = PROFILES[profileName];
    const configs = random.shuffle(combinations(screens, cpus ?? profile.cpus, profile.memory, profile.storage));
    const count = Math.min(configs.length, random.int(2, 4));
    // At most one configurable product per line, so names stay unique.
    const configurable = profile.configurable || random.chance(0.3);
    const context = { brand, model, profile, cpus: cpus ?? profile.cpus, sizeInName: screens.length > 1 };
    return configs.slice(0, count).map((config, i) => laptop(random, context, config, configurable && i === 0));
  });
}

function combinations(screens, cpus, memories, storages) {
  return screens.flatMap((screen) => cpus.flatMap((cpu) => memories.flatMap((memory) => storages.map((size) => ({ screen, cpu, memory, storage: size })))));
}

function laptop(random, { brand, model, profile, cpus, sizeInName }, { screen, cpu, memory, storage: ssd }, configurable) {
  const [cores, clock] = CPUS[cpu];
  // How far up its class this machine sits, from 0 to 1; drives price and the nicer parts.
  const tier = (rank(cpus, cpu) + rank(profile.memory, memory) + rank(profile.storage, ssd)) / 3;
  const gpu = profile.gpu[Math.round(tier * (profile.gpu.length - 1))];
  const panel = random.pick(profile.panels);
  const between = ([min, max], digits = 0) => round(min + (max - min) * Math.min(1, Math.max(0, tier + random.float(-0.25, 0.25, 2))), digits);
  const values = {
    'screen-size': screen,
    resolution: APPLE_RESOLUTION[screen] ?? random.pick(profile.resolutions),
    panel,
    'refresh-rate': random.pick(profile.refresh),
    brightness: panel === 'Mini-LED' ? 1000 : round(between(profile.nits), -1),
    touchscreen: random.chance(profile.touch),
    cpu,
    'cpu-cores': cores,
    'cpu-clock': clock,
    memory,
    storage: ssd,
    gpu,
    'battery-life': round(random.float(...profile.battery, 1) * (14 / screen) ** 0.3, 1),
    'battery-capacity': between(profile.wh, 1),
    'charger-power': random.pick(profile.charger),
    weight: round(profile.weight + (screen - 14) * 0.21 + random.float(-0.08, 0.12, 2), 2),
    thickness: random.float(...profile.thickness, 1),
    color: random.pick(profile.colors),
    // A fanless MacBook Air makes no noise at all; the feed says so with a missing value.
    noise: profile.noise[1] ? random.int(...profile.noise) : undefined,
    ports: [...profile.ports, ...random.sample(profile.extraPorts, random.int(0, profile.extraPorts.length))],
    wifi: random.pick(profile.wifi),
    bluetooth: random.pick(profile.bluetooth),
    webcam: random.pick(profile.webcam),
    'backlit-keyboard': random.chance(profile.backlit),
    'fingerprint-reader': random.chance(profile.fingerprint),
    os: random.pick(profile.os),
    warranty: random.pick(profile.warranty),
  };
  const chip = cpu.replace(/^(Intel|AMD|Qualcomm|Apple|MediaTek) /, '');
  const size = sizeInName ? ` ${screen}"` : '';
  const options = configurable ? laptopOptions(random, profile, memory, ssd) : [];
  const spec = options.length ? chip : `${chip}, ${memory} GB, ${storageLabel(ssd)}`;
  return {
    brand,
    name: `${brand} ${model}${size} (${spec})`,
    price: between(profile.price),
    priceStep: 50,
    attributes: values,
    options: options.length ? options : undefined,
    withVariants: options.length > 0,
    description: `${screen}-inch ${profile.noun} with ${cpu}, ${memory} GB of memory, ${storageLabel(ssd)} of storage and ${gpu === 'Integrated' ? 'integrated graphics' : gpu}.`,
  };
}

const rank = (list, item) => (list.length > 1 ? list.indexOf(item) / (list.length - 1) : 0.5);
const storageLabel = (gigabytes) => (gigabytes >= 1000 ? `${gigabytes / 1000} TB` : `${gigabytes} GB`);

/** Memory and storage upgrades from the base configuration, priced per step as shops do. */
function laptopOptions(random, profile, memory, ssd) {
  const stepPrice = profile.os[0] === 'macOS' ? 230 : 120;
  const upgrades = (list, base, slug, label) => {
    const choices = list.filter((item) => item >= base);
    return choices.map((item, i) => optionValue(slug(item), label(item), i * stepPrice * (1 + i * 0.5), i === 0 || !random.chance(0.15)));
  };
  return [
    { key: 'memory', label: 'Memory', values: upgrades(profile.memory, memory, (gb) => `${gb}gb`, (gb) => `${gb} GB`) },
    { key: 'storage', label: 'Storage', values: upgrades(profile.storage, ssd, (gb) => (gb >= 1000 ? `${gb / 1000}tb` : `${gb}gb`), storageLabel) },
  ].filter((option) => option.values.length > 1);
}
