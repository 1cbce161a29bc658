/**
 * The store's Shortlist configuration: what a retailer passes to `shortlist('init', …)` and
 * the script tag's `data-*` attributes. Group names and attribute keys come from the catalog
 * modules and are checked here, so a renamed group or attribute fails the build instead of
 * silently dropping out of the comparison.
 */
import { CATEGORIES } from '../catalog/build.mjs';
import { PERSONAS } from './personas.mjs';

/** The script tag's `data-*` configuration: the tray's size and where it docks. */
export const SCRIPT_DATA = {
  'data-catalog': '/catalog.json',
  'data-namespace': 'demo-store',
  'data-tray-max': '100',
  'data-tray-position': 'bottom-end',
};

/**
 * Group order: what shoppers of each category decide on first. Groups of the other
 * categories never show in the same comparison, so one list serves the whole store.
 */
const GROUPS = [
  // Laptops
  'Performance',
  'Battery',
  'Display',
  'Design',
  'Connectivity',
  'Features',
  'Software',
  // Running shoes
  'Ride',
  'Fit',
  'Build',
  'Outsole',
  'Use',
  // Mattresses
  'Comfort',
  'Construction',
  'Size & weight',
  'Care',
  'Delivery',
  // Everyone
  'Sustainability',
  'Warranty & service',
];

/** The store's own wording, by attribute key or group name, replacing the catalog's labels. */
const LABELS = {
  cpu: 'Processor (CPU)',
  'battery-life': 'Rated battery life',
  'shoe-weight': 'Weight per shoe',
  drop: 'Drop (heel to toe)',
  firmness: 'Firmness (1 soft – 10 firm)',
  'Warranty & service': 'Warranty and service',
  'Size & weight': 'Size and weight',
};

/** What `shortlist('init', …)` receives in every page's snippet. */
export const INIT_CONFIG = {
  compare: {
    groups: GROUPS,
    labels: LABELS,
    orderBy: 'retailer',
  },
  criteria: { personas: PERSONAS },
};

// Build-time check: every group and key named above exists in the catalog.
const defs = CATEGORIES.flatMap((module) => module.attributes);
const groups = new Set(defs.map((def) => def.group));
const keys = new Set(defs.map((def) => def.key));
for (const name of GROUPS) if (!groups.has(name)) throw new Error(`shortlist-config: no attribute group "${name}" in the catalog`);
for (const name of Object.keys(LABELS)) if (!groups.has(name) && !keys.has(name)) throw new Error(`shortlist-config: no attribute or group "${name}" in the catalog`);
for (const name of groups) if (!GROUPS.includes(name)) throw new Error(`shortlist-config: group "${name}" is missing from the group order`);
for (const module of CATEGORIES) {
  const personas = PERSONAS[module.category.key] ?? [];
  if (personas.length < 4) throw new Error(`shortlist-config: ${module.category.key} has ${personas.length} personas, 4 or more expected`);
  const categoryKeys = new Set(['price', 'rating', ...module.attributes.map((def) => def.key)]);
  for (const { key, criteria } of personas) {
    for (const { attribute } of criteria) if (!categoryKeys.has(attribute)) throw new Error(`shortlist-config: persona "${key}" names "${attribute}", which ${module.category.key} do not have`);
  }
}
