import { expect } from '@esm-bundle/chai';
import { createCriteria, CriteriaEngine, nearMisses, relaxations, type Criterion, type Ranking } from '../src/criteria/index.js';
import { normalizeCatalog, type Catalog } from '../src/catalog/index.js';
import { runInSlices } from '../src/catalog/slices.js';
import { createShortlist } from '../src/index.js';
import type { CatalogInput } from '../src/model/input.js';
import { criterion, must } from './criteria-fixtures.js';

const COUNT = 10_000;
const LB = 453.59237;

/** mulberry32: a small deterministic PRNG. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the test knows of each product, independently of the engine: grams, price, OS. */
interface Truth {
  id: string;
  grams?: number;
  price: number;
  os?: string;
}

/**
 * 10,000 laptops; weights written in g, kg or lb (5 % unspecified), OS 3 % unspecified.
 * Every 100th product copies the one before it (another id): a tie.
 */
function generate(): { catalog: Catalog; truth: Truth[]; input: CatalogInput } {
  const rand = random(9);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const products: unknown[] = [];
  const truth: Truth[] = [];
  for (let index = 0; index < COUNT; index++) {
    const id = `p${index}`;
    if (index % 100 === 99) {
      products.push({ ...(products[index - 1] as object), id });
      truth.push({ ...truth[index - 1]!, id });
      continue;
    }
    const grams = 900 + Math.round(rand() * 2100);
    let weight: string | { value: number; unit: string } | undefined;
    let known: number | undefined;
    const form = rand();
    if (form < 0.05) weight = undefined;
    else if (form < 0.4) [weight, known] = [`${grams} g`, grams];
    // An object, as feeds give it: the text "1.234 kg" would read as 1234 kg (three digits after one separator).
    else if (form < 0.75) [weight, known] = [{ value: grams / 1000, unit: 'kg' }, grams];
    else {
      const pounds = Number((grams / LB).toFixed(2));
      [weight, known] = [`${pounds} lb`, pounds * LB];
    }
    const price = 300 + Math.round(rand() * 2700);
    const os = rand() < 0.03 ? undefined : pick(['Windows', 'macOS', 'ChromeOS', 'Linux']);
    truth.push({ id, grams: known, price, os });
    products.push({
      id,
      name: `Laptop ${index}`,
      price,
      rating: Math.round((3 + rand() * 2) * 10) / 10,
      attributes: {
        ...(weight && { weight }),
        ...(os && { os }),
        battery: `${4 + Math.round(rand() * 16)} h`,
        brand: pick(['Lenovo', 'Dell', 'HP', 'Apple', 'Asus', 'Acer']),
        ports: ['USB-C', 'HDMI', 'USB-A', 'Thunderbolt'].filter(() => rand() < 0.5),
        touch: rand() < 0.4,
        memory: `${pick([8, 16, 32, 64])} GB`,
        screen: `${pick([13.3, 14, 15.6, 16, 17.3])} in`,
      },
    });
  }
  const input = { products, attributes: [{ key: 'weight', type: 'number', unit: 'kg' }, { key: 'memory', type: 'number', unit: 'GB' }, { key: 'screen', type: 'number', unit: 'in' }] } as const;
  const catalog = normalizeCatalog([{ source: 'inline', input }], { currency: 'EUR' });
  expect(catalog.issues).to.deep.equal([]);
  expect(catalog.products).to.have.length(COUNT);
  return { catalog, truth, input };
}

const CRITERIA: Criterion[] = [
  must({ attribute: 'weight', operator: 'at-most', value: 1.6, unit: 'kg' }),
  must({ attribute: 'price', operator: 'at-most', value: 1500 }),
  must({ attribute: 'os', operator: 'none-of', values: ['ChromeOS'] }),
  criterion({ attribute: 'rating', operator: 'at-least', value: 4, importance: 'important' }),
  criterion({ attribute: 'battery', operator: 'between', min: 8, max: 14, unit: 'h' }),
  criterion({ attribute: 'brand', operator: 'one-of', values: ['Lenovo', 'Apple', 'Dell'] }),
  criterion({ attribute: 'ports', operator: 'has', values: ['USB-C', 'HDMI'], importance: 'very-important' }),
  criterion({ attribute: 'touch', operator: 'equals', value: true }),
  criterion({ attribute: 'memory', operator: 'at-least', value: 16, unit: 'GB' }),
  criterion({ attribute: 'screen', operator: 'between', min: 13, max: 15, unit: 'in' }),
];

/** The criterion moved as a slider or a choice would move it. */
function moved(entry: Criterion): Criterion {
  switch (entry.operator) {
    case 'at-most':
    case 'at-least':
      return { ...entry, value: entry.value * 1.1 };
    case 'between':
      return { ...entry, max: entry.max + 1 };
    case 'one-of':
    case 'none-of':
      return { ...entry, values: [...entry.values, 'Linux', 'HP'] };
    case 'has':
      return { ...entry, values: ['USB-C'] };
    default:
      return { ...entry, requirement: entry.requirement === 'must' ? 'nice' : 'must' };
  }
}

const snapshot = (ranking: Ranking) => {
  const ids = ranking.ids();
  return { ids, statuses: ids.map((id) => ranking.status(ranking.indexOf(id)!)), scores: ids.map((id) => ranking.score(ranking.indexOf(id)!)), passing: ranking.passing };
};

describe('criteria: 10,000 products × 10 criteria', function () {
  this.timeout(60_000);
  let catalog: Catalog;
  let truth: Truth[];
  let input: CatalogInput;
  before(() => ({ catalog, truth, input } = generate()));

  it('passes exactly the products whose must-haves hold, ranks them first, best score first, ties in catalog order', () => {
    const ranking = new CriteriaEngine(catalog).rank(CRITERIA);
    expect(ranking.problems).to.deep.equal([]);
    const passes = truth.filter(({ grams, price, os }) => grams !== undefined && grams <= 1600 + 1e-6 && price <= 1500 && os !== undefined && os !== 'ChromeOS').map(({ id }) => id);
    expect(passes.length, 'the fixture has products on both sides').to.be.within(1000, 4000);
    expect(ranking.passing).to.equal(passes.length);
    const ids = ranking.ids();
    expect(new Set(ids.slice(0, passes.length))).to.deep.equal(new Set(passes));
    expect(new Set(ids).size).to.equal(COUNT);
    const scores = ids.slice(0, passes.length).map((id) => ranking.score(ranking.indexOf(id)!)!);
    expect(scores.every((score, index) => index === 0 || score <= scores[index - 1]!), 'scores never rise within the passing products').to.equal(true);
    const position = new Map(ids.map((id, index) => [id, index]));
    for (let index = 99; index < COUNT; index += 100) {
      expect(position.get(`p${index}`)! > position.get(`p${index - 1}`)!, `p${index} ties with p${index - 1} and follows it`).to.equal(true);
    }
  });

  it('gives after each incremental change the same ranking as a fresh engine', () => {
    const engine = new CriteriaEngine(catalog);
    engine.rank(CRITERIA);
    for (let index = 0; index < CRITERIA.length; index++) {
      const criteria = CRITERIA.map((entry, at) => (at === index ? moved(entry) : entry));
      const incremental = snapshot(engine.rank(criteria));
      expect(incremental, `criterion ${index} moved`).to.deep.equal(snapshot(new CriteriaEngine(catalog).rank(criteria)));
    }
  });

  it('while one criterion moves step by step, then another, ranks and scores exactly as a fresh engine', () => {
    const engine = new CriteriaEngine(catalog);
    engine.rank(CRITERIA);
    // A slider dragged (the weight's maximum, five steps), then another (the rating's minimum, two), then an importance changed.
    const step = (index: number, factor: number) => ({ index, change: (entry: Criterion) => ({ ...entry, value: (entry as { value: number }).value * factor }) as Criterion });
    const changes = [...[0.98, 0.96, 0.93, 0.9, 0.95].map((factor) => step(0, factor)), step(3, 0.9), step(3, 0.8), { index: 3, change: (entry: Criterion) => ({ ...entry, importance: 'very-important' as const }) }];
    let criteria = [...CRITERIA];
    for (const { index, change } of changes) {
      criteria = criteria.map((entry, at) => (at === index ? change(entry) : entry));
      const incremental = engine.rank(criteria);
      const fresh = new CriteriaEngine(catalog).rank(criteria);
      expect(snapshot(incremental), `criterion ${index} moved`).to.deep.equal(snapshot(fresh));
      expect([...incremental.state.scores], 'exact scores, not only rounded').to.deep.equal([...fresh.state.scores]);
    }
  });

  it('relax suggestions bring back exactly as many products as they say', () => {
    const engine = new CriteriaEngine(catalog);
    const tight = [must({ attribute: 'weight', operator: 'at-most', value: 0.95, unit: 'kg' }), must({ attribute: 'price', operator: 'at-most', value: 350 }), ...CRITERIA.slice(2)];
    const ranking = engine.rank(tight);
    const suggestions = relaxations(ranking);
    expect(suggestions.length).to.be.at.least(2);
    for (const { criterion: index, relaxed, count } of suggestions) {
      expect(count).to.be.above(0);
      const after = engine.rank(tight.map((entry, at) => (at === index ? relaxed : entry)));
      expect(after.passing, JSON.stringify(relaxed)).to.equal(ranking.passing + count);
    }
    // Every near miss misses exactly one must-have.
    for (const { product } of nearMisses(ranking, 50)) {
      const outcomes = ranking.explain(product).filter((entry) => tight[entry.criterion]!.requirement === 'must').map((entry) => entry.outcome);
      expect(outcomes.filter((outcome) => outcome === 'missed')).to.have.length(1);
      expect(outcomes).to.not.include('unknown');
    }
  });

  it('built in slices — columns, matches, then the counts a filter shows — ranks and counts as built at once', async () => {
    const sliced = new CriteriaEngine(catalog);
    // 1 ms slices: many pauses, as on a slow phone.
    await runInSlices(sliced.prepare(CRITERIA), 1);
    const ranking = sliced.rank(CRITERIA);
    await runInSlices(ranking.countSteps(), 1);
    const once = new CriteriaEngine(catalog).rank(CRITERIA);
    expect(snapshot(ranking)).to.deep.equal(snapshot(once));
    for (const { attribute } of CRITERIA) {
      expect(ranking.distribution(attribute), attribute).to.deep.equal(once.distribution(attribute));
      expect(ranking.facets(attribute), attribute).to.deep.equal(once.facets(attribute));
    }
    expect(ranking.attributes()).to.deep.equal(once.attributes());
  });

  it('a criterion changed during the first build wins: the build for the older criteria is never published', async () => {
    const shortlist = createShortlist({ storage: 'none', locale: 'en', currency: 'EUR', catalog: { ...input, jsonLd: false, cards: false } });
    try {
      await shortlist.ready;
      const connector = createCriteria(shortlist, '');
      const published: Ranking[] = [];
      const stop = connector.$ranking.subscribe((ranking) => ranking && published.push(ranking));
      CRITERIA.forEach((entry, index) => connector.edit(index, entry));
      // The build's first slice ran in the edits' task; it goes on in tasks of its own, and ranks in a later one.
      await Promise.resolve();
      expect(published.length, 'nothing ranked yet: the change comes during the first build').to.equal(0);
      const newest = CRITERIA.map((entry, index) => (index === 0 ? moved(entry) : entry));
      connector.edit(0, newest[0]!);
      await new Promise<void>((resolve) => {
        const wait = () => (published.length ? resolve() : setTimeout(wait, 10));
        wait();
      });
      stop();
      expect(published.map((ranking) => ranking.criteria)).to.deep.equal([newest]);
      expect(snapshot(published[0]!)).to.deep.equal(snapshot(new CriteriaEngine(shortlist.$catalog.get().catalog).rank(newest)));
    } finally {
      shortlist.destroy();
    }
  });
});
