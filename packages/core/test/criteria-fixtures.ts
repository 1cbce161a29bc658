/** The criteria tests' catalog and helpers (not a test file itself). */
import { expect } from '@esm-bundle/chai';
import { CriteriaEngine, type Criterion, type Ranking } from '../src/criteria/index.js';
import type { AttributeDefInput } from '../src/index.js';
import { normalizeCatalog, type Catalog } from '../src/catalog/index.js';

const schema: AttributeDefInput[] = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower' },
  { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher' },
  { key: 'cores', label: 'CPU cores', type: 'number', better: 'higher' },
  { key: 'brand', label: 'Brand', type: 'enum' },
  { key: 'ports', label: 'Ports', type: 'set' },
  { key: 'touch', label: 'Touch screen', type: 'boolean' },
  { key: 'notes', label: 'Notes', type: 'text' },
  { key: 'care', label: 'Care plan', type: 'money', better: 'lower' },
];

/**
 * Eight laptops. Weights in kg, g and lb: sorted 1200, 1300, 1496.85 (3.3 lb), 1550, 1700,
 * 2000, 2400 g, and Gale's unknown. Their quartiles are 1300 and 1700 g, so the weight's
 * tolerance band is 200 g (half the interquartile range; 5 % of a 1.5 kg target is less).
 * Battery: 6–14 h, quartiles 7 and 10 h, band 1.5 h for a 10 h target.
 */
export function laptops(): Catalog {
  const products = [
    { id: 'a', name: 'Aero', price: 999, rating: 4.5, attributes: { weight: '1.2 kg', battery: '10 h', cores: 8, brand: 'Lenovo', ports: ['USB-C', 'HDMI'], touch: true, notes: 'Quiet', care: 99 } },
    { id: 'b', name: 'Brio', price: 1299, rating: 4.1, attributes: { weight: '1300 g', battery: '600 min', cores: 10, brand: 'Dell', ports: ['USB-C'], touch: false, notes: 'Loud fan', care: 149 } },
    { id: 'c', name: 'Cirrus', price: 1499, rating: 4.8, attributes: { weight: '3.3 lb', battery: '12 h', cores: 8, brand: 'Apple', ports: ['USB-C', 'Thunderbolt'], touch: false, care: { amount: 99, currency: 'USD' } } },
    { id: 'd', name: 'Delta', price: 899, rating: 3.9, attributes: { weight: '1.55 kg', battery: '8 h', cores: 12, brand: 'Lenovo', ports: ['USB-C', 'HDMI', 'USB-A'], touch: true } },
    { id: 'e', name: 'Echo', price: 799, rating: 4, attributes: { weight: '1.7 kg', battery: '9 h', cores: 8, brand: 'HP', ports: ['USB-A', 'HDMI'], touch: false } },
    { id: 'f', name: 'Fjord', price: 699, rating: 3.5, attributes: { weight: '2.4 kg', battery: '6 h', cores: 16, brand: 'Dell', ports: ['USB-A'], touch: true } },
    { id: 'g', name: 'Gale', price: 1199, attributes: { battery: '14 h', cores: 10, brand: 'Apple', ports: ['USB-C'] } },
    { id: 'h', name: 'Helio', price: 749, rating: 3.8, attributes: { weight: '2000 g', battery: '7 h', brand: 'HP', ports: ['HDMI'], touch: false } },
  ];
  const catalog = normalizeCatalog([{ source: 'inline', input: { products, attributes: schema } }], { currency: 'EUR' });
  expect(catalog.issues, 'the fixture loads cleanly').to.deep.equal([]);
  return catalog;
}

/** A criterion with the defaults a control starts from: a normal nice-to-have. */
export const criterion = (fields: Partial<Criterion> & Pick<Criterion, 'attribute' | 'operator'>): Criterion =>
  ({ requirement: 'nice', importance: 'normal', ...fields }) as Criterion;
export const must = (fields: Partial<Criterion> & Pick<Criterion, 'attribute' | 'operator'>): Criterion => criterion({ ...fields, requirement: 'must' });

/** Ranks the laptops; fails the test when a criterion is reported as a problem. */
export function rank(criteria: Criterion[], catalog = laptops()): Ranking {
  const ranking = new CriteriaEngine(catalog).rank(criteria);
  expect(ranking.problems.map(({ error }) => error.message), 'no problems').to.deep.equal([]);
  return ranking;
}

/** The status (and the rest) of a product by id. */
export const at = (ranking: Ranking, id: string): number => {
  const index = ranking.indexOf(id);
  expect(index, `product ${id}`).to.be.a('number');
  return index!;
};
export const statuses = (ranking: Ranking) => Object.fromEntries(ranking.ids().map((id) => [id, ranking.status(at(ranking, id))]));
export const matchOf = (ranking: Ranking, id: string, criterionIndex = 0) => ranking.explain(at(ranking, id)).find((entry) => entry.criterion === criterionIndex)!.match;

/**
 * The criteria feature's tests (core and elements): five laptops and two running shoes in two
 * categories, as raw catalog input. Laptops weigh 1.2, 1.3, 1.5 (3.3 lb), 1.55 and 1.7 kg.
 */
export const SHOP_PRODUCTS = [
  { id: 'a', name: 'Aero', category: 'laptops', price: 999, rating: 4.5, attributes: { weight: '1.2 kg', battery: '10 h', brand: 'Lenovo', ports: ['USB-C', 'HDMI'], touch: true } },
  { id: 'b', name: 'Brio', category: 'laptops', price: 1299, rating: 4.1, attributes: { weight: '1300 g', battery: '600 min', brand: 'Dell', ports: ['USB-C'], touch: false } },
  { id: 'c', name: 'Cirrus', category: 'laptops', price: 1499, rating: 4.8, attributes: { weight: '3.3 lb', battery: '12 h', brand: 'Apple', ports: ['USB-C', 'Thunderbolt'], touch: false } },
  { id: 'd', name: 'Delta', category: 'laptops', price: 899, rating: 3.9, attributes: { weight: '1.55 kg', battery: '8 h', brand: 'Lenovo', ports: ['USB-C', 'HDMI', 'USB-A'], touch: true } },
  { id: 'e', name: 'Echo', category: 'laptops', price: 799, rating: 4, attributes: { weight: '1.7 kg', battery: '9 h', brand: 'HP', ports: ['USB-A', 'HDMI'] } },
  { id: 's1', name: 'Swift', category: 'shoes', price: 120, attributes: { drop: '8 mm', surface: 'Road' } },
  { id: 's2', name: 'Stone', category: 'shoes', price: 150, attributes: { drop: '4 mm', surface: 'Trail' } },
];
export const SHOP_ATTRIBUTES: AttributeDefInput[] = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'kg', better: 'lower' },
  { key: 'battery', label: 'Battery life', type: 'number', unit: 'h', better: 'higher' },
  { key: 'brand', label: 'Brand', type: 'enum' },
  { key: 'ports', label: 'Ports', type: 'set' },
  { key: 'touch', label: 'Touch screen', type: 'boolean' },
  { key: 'drop', label: 'Drop', type: 'number', unit: 'mm' },
  { key: 'surface', label: 'Surface', type: 'enum' },
];
