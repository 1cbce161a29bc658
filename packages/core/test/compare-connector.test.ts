import { expect } from '@esm-bundle/chai';
import { createShortlist, extendLookup, type Product, type Shortlist, type ShortlistConfig } from '../src/index.js';
import { createComparison, notesOf, readShare, triageOf, type ComparisonConnector, type ComparisonState } from '../src/compare/index.js';

/**
 * The comparison's connector on its own, as a React or Vue app would use it: no element, no DOM.
 */

const ATTRIBUTES = [
  { key: 'weight', label: 'Weight', type: 'number', unit: 'g', better: 'lower', group: 'Build' },
  { key: 'material', label: 'Material', type: 'enum', group: 'Build' },
  { key: 'touch', label: 'Touch screen', type: 'boolean', better: 'higher', group: 'Display' },
];

/** Alpha and Bravo share their material; weight and touch differ. Twins are the same in everything. */
const PRODUCTS = [
  { id: 'alpha', name: 'Alpha 14', price: 999, attributes: { weight: '1200 g', material: 'Aluminium', touch: true } },
  { id: 'bravo', name: 'Bravo 15', price: 1299, attributes: { weight: '1.4 kg', material: 'Aluminium', touch: false } },
  { id: 'charlie', name: 'Charlie 13', price: 899, attributes: { weight: '1100 g', material: 'Plastic', touch: false } },
  { id: 'twin-1', name: 'Twin', price: 500, attributes: { weight: '1 kg', material: 'Steel', touch: true } },
  { id: 'twin-2', name: 'Twin', price: 500, attributes: { weight: '1000 g', material: 'Steel', touch: true } },
  ...Array.from({ length: 5 }, (_, index) => ({ id: `p${index}`, name: `Product ${index}`, price: 100 + index, attributes: { weight: `${1000 + index} g` } })),
];

let instances: Shortlist[] = [];
const stops: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  instances.forEach((shortlist) => shortlist.destroy());
  instances = [];
});

function start(overrides: Omit<ShortlistConfig, 'catalog'> = {}): Shortlist {
  const shortlist = createShortlist({
    storage: 'none',
    namespace: `connector-${Math.random().toString(36).slice(2, 8)}`,
    currency: 'EUR',
    tray: { max: 20 },
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES as never, jsonLd: false, cards: false },
    ...overrides,
  });
  instances.push(shortlist);
  return shortlist;
}

/** Resolves with the connector's state once `test` holds (its store is listened to meanwhile, as a view does). */
function until(connector: ComparisonConnector, test: (state: ComparisonState) => boolean): Promise<ComparisonState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the state never held: ${JSON.stringify(connector.$state.get().status)}`)), 3000);
    const stop = connector.$state.subscribe((state) => {
      if (!test(state)) return;
      clearTimeout(timer);
      queueMicrotask(() => stop());
      resolve(state);
    });
  });
}

/** A connector of an instance with `ids` in its tray, once its comparison is ready. */
async function ready(ids: string[], overrides?: Omit<ShortlistConfig, 'catalog'>) {
  const shortlist = start(overrides);
  await shortlist.ready;
  shortlist.setTray(ids);
  const comparison = createComparison(shortlist);
  // Listened to, as a view listens while it shows.
  stops.push(comparison.$state.listen(() => {}));
  await until(comparison, (state) => state.status === 'ready');
  return { shortlist, comparison, state: () => comparison.$state.get() };
}

const names = (state: ComparisonState) => state.comparison!.table.products.map((product) => product.name);
const rowLabels = (state: ComparisonState) => state.comparison!.table.groups.flatMap((group) => group.rows.map((row) => row.def.label));

describe('createComparison (the headless comparison)', () => {
  it('is loading until every product of the tray is known, then ready: listening loads the whole catalog', async () => {
    const shortlist = start();
    shortlist.setTray(['alpha', 'bravo']);
    const comparison = createComparison(shortlist);
    const first = comparison.$state.get();
    expect(first.status).to.equal('loading');
    expect(first.comparison).to.equal(undefined);
    expect(first.columns).to.deep.equal([]);
    expect(first.tray).to.deep.equal(['alpha', 'bravo']);
    // Nothing asked for the catalog but the connector's listener.
    const done = await until(comparison, (state) => state.status === 'ready');
    expect(names(done)).to.deep.equal(['Alpha 14', 'Bravo 15']);
    expect(done.columns).to.deep.equal(['alpha', 'bravo']);
    expect(done.position).to.equal(undefined);
  });

  it('views: all, only differences, only similarities; the notices when a view has no rows', async () => {
    const { comparison, state } = await ready(['alpha', 'bravo']);
    expect(state().view).to.equal('all');
    expect(state().summary).to.equal('All attributes');
    const rows = state().comparison!.table.groups.flatMap((group) => group.rows);
    expect(rows.filter((row) => row.differs).map((row) => row.def.label)).to.deep.equal(['Price', 'Weight', 'Touch screen']);
    comparison.setView('differences');
    expect(state().view).to.equal('differences');
    expect(state().summary).to.equal('Only differences');
    expect(state().notice).to.equal(undefined);
    comparison.setView('similarities');
    expect(state().notice).to.equal(undefined);

    const twins = await ready(['twin-1', 'twin-2']);
    twins.comparison.setView('differences');
    expect(twins.state().notice).to.equal('compareNoDifferences');
    const different = await ready(['alpha', 'charlie']);
    different.comparison.setView('similarities');
    expect(different.state().notice).to.equal('compareNoSimilarities');
  });

  it('orders rows by how much they separate the products, as configured or as chosen', async () => {
    const { comparison, state } = await ready(['alpha', 'charlie']);
    expect(state().separation).to.equal(false);
    expect(rowLabels(state())).to.deep.equal(['Price', 'Weight', 'Material', 'Touch screen']);
    comparison.setSeparation(true);
    expect(state().separation).to.equal(true);
    // Within Build, the materials (Aluminium, Plastic) tell the two apart more than 1200 g against 1100 g.
    expect(rowLabels(state())).to.deep.equal(['Price', 'Material', 'Weight', 'Touch screen']);
    expect(state().comparison!.separation).to.equal(true);
    expect(state().summary).to.equal('All attributes · Rows by difference');

    const configured = await ready(['alpha', 'bravo'], { compare: { orderBy: 'separation' } });
    expect(configured.state().separation).to.equal(true);
    configured.comparison.setSeparation(false);
    expect(configured.state().separation).to.equal(false);
  });

  it('pins and unpins a reference; the reference is dropped when it leaves the tray', async () => {
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo', 'charlie']);
    comparison.pin('bravo');
    expect(state().reference).to.equal('bravo');
    expect(state().comparison!.ref).to.equal(1);
    // Every other product is measured against it: Alpha weighs 200 g less.
    const weight = state().comparison!.table.groups[1]!.rows[0]!;
    expect(weight.cells[0]!.delta).to.equal(-200);
    comparison.togglePin('bravo');
    expect(state().reference).to.equal(undefined);
    comparison.togglePin('alpha');
    expect(state().reference).to.equal('alpha');

    shortlist.remove('alpha');
    expect(state().reference).to.equal(undefined);
    expect(state().comparison!.ref).to.equal(-1);
    expect(comparison.shareState().reference).to.equal(undefined);
  });

  it('marks products (shortlist, eliminate, again to unmark) and hides the eliminated ones', async () => {
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo', 'charlie']);
    comparison.toggleMark('alpha', 'shortlisted');
    comparison.toggleMark('bravo', 'eliminated');
    expect(state().triage).to.deep.equal({ alpha: 'shortlisted', bravo: 'eliminated' });
    expect(state().eliminated).to.equal(1);
    comparison.toggleMark('alpha', 'shortlisted');
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ bravo: 'eliminated' });

    comparison.setHideEliminated(true);
    expect(state().comparison!.keys).to.deep.equal(['alpha', 'charlie']);
    expect(state().tray, 'hidden, not removed').to.deep.equal(['alpha', 'bravo', 'charlie']);
    expect(state().summary).to.equal('All attributes · 1 eliminated hidden');
    comparison.setHideEliminated(false);
    expect(state().comparison!.keys).to.deep.equal(['alpha', 'bravo', 'charlie']);
  });

  it('moves a column past its neighbour, skipping hidden columns, and says where it went', async () => {
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo', 'charlie']);
    expect(comparison.move('alpha', 'left'), 'the first column cannot move left').to.equal(undefined);
    expect(comparison.move('alpha', 'right')).to.equal(2);
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'alpha', 'charlie']);

    comparison.toggleMark('alpha', 'eliminated');
    comparison.setHideEliminated(true);
    expect(state().comparison!.keys).to.deep.equal(['bravo', 'charlie']);
    // Charlie's left neighbour on screen is Bravo: it moves past it, not just past the hidden Alpha.
    expect(comparison.move('charlie', 'left')).to.equal(1);
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'bravo', 'alpha']);
    expect(comparison.move('bravo', 'right'), 'the last column shown cannot move right').to.equal(undefined);
  });

  it('removes a product from the tray', async () => {
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo', 'charlie']);
    expect(comparison.remove('bravo')).to.equal(true);
    expect(shortlist.$tray.get()).to.deep.equal(['alpha', 'charlie']);
    expect(names(state())).to.deep.equal(['Alpha 14', 'Charlie 13']);
    expect(comparison.remove('bravo')).to.equal(false);
  });

  it('sorts the tray, and says so in the summary while the products stay in that order', async () => {
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo', 'charlie']);
    expect(comparison.sortKeys(false)).to.deep.equal([
      { key: 'name', label: 'Name' },
      { key: 'price', label: 'Price' },
      { key: 'rating', label: 'Rating' },
    ]);
    expect(comparison.sortKeys(true).map(({ key }) => key)).to.deep.equal(['name', 'price', 'rating', 'weight', 'material', 'touch']);
    await comparison.sort('price', 'descending');
    expect(shortlist.$tray.get()).to.deep.equal(['bravo', 'alpha', 'charlie']);
    expect(state().summary).to.equal('All attributes · Sorted by Price, descending');
    await comparison.sort('weight', 'ascending');
    expect(shortlist.$tray.get()).to.deep.equal(['charlie', 'alpha', 'bravo']);
    expect(state().summary).to.equal('All attributes · Sorted by Weight');
    // Moved by hand: no longer sorted.
    comparison.move('charlie', 'right');
    expect(state().summary).to.equal('All attributes');
  });

  it('tells the shopper when there is nothing to compare: empty, one product, all hidden', async () => {
    const { shortlist, comparison, state } = await ready([]);
    expect(state().notice).to.equal('compareEmpty');
    expect(state().columns).to.deep.equal([]);
    shortlist.add('alpha');
    expect(state().notice).to.equal('compareOne');
    expect(state().columns).to.deep.equal(['alpha']);
    shortlist.add('bravo');
    expect(state().notice).to.equal(undefined);
    comparison.toggleMark('alpha', 'eliminated');
    comparison.toggleMark('bravo', 'eliminated');
    comparison.setHideEliminated(true);
    expect(state().notice).to.equal('compareAllHidden');
    comparison.setHideEliminated(false);
    expect(state().notice).to.equal(undefined);
  });

  it('exports the view shown as CSV, with notes and marks', async () => {
    const { shortlist, comparison } = await ready(['alpha', 'bravo']);
    notesOf(shortlist).setNote('alpha', 'Light');
    comparison.toggleMark('bravo', 'eliminated');
    comparison.setView('differences');
    const { file, text } = await comparison.csv();
    expect(file).to.match(/^shortlist-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Name,Alpha 14,Bravo 15');
    expect(lines).to.include('Build: Weight,"1,200 g","1,400 g"');
    expect(text, 'only the differences').not.to.contain('Material');
    expect(lines).to.include('Note,Light,');
    expect(lines).to.include('Status,,Eliminated');
  });

  it('says what a share link recreates: the tray, the reference, the view and the marks', async () => {
    const { comparison } = await ready(['alpha', 'bravo', 'charlie']);
    expect(comparison.shareState()).to.deep.equal({ ids: ['alpha', 'bravo', 'charlie'], reference: undefined, view: undefined, eliminated: [], shortlisted: [] });
    comparison.pin('bravo');
    comparison.setView('differences');
    comparison.toggleMark('charlie', 'eliminated');
    comparison.toggleMark('alpha', 'shortlisted');
    const state = comparison.shareState();
    expect(state).to.deep.equal({ ids: ['alpha', 'bravo', 'charlie'], reference: 'bravo', view: 'differences', eliminated: ['charlie'], shortlisted: ['alpha'] });
    expect(readShare(`https://shop.example/?shortlist=1:alpha,bravo,charlie:r1:vd:x2:s0`)).to.deep.equal(state);
  });

  it('shows as many products as fit, the reference beside them, and slides through the others', async () => {
    const ids = ['alpha', 'bravo', 'charlie', 'p0', 'p1', 'p2', 'p3', 'p4'];
    const { shortlist, comparison, state } = await ready(ids);
    comparison.setColumns(2);
    expect(state().columns).to.deep.equal(['alpha', 'bravo']);
    expect(state().position).to.deep.equal({ first: 1, last: 2, count: 8 });
    // The comparison itself still holds every product: best values are the best of all 8.
    expect(state().comparison!.keys).to.have.length(8);
    comparison.slide(1);
    expect(state().columns).to.deep.equal(['bravo', 'charlie']);
    expect(state().position).to.deep.equal({ first: 2, last: 3, count: 8 });
    comparison.slide(10);
    expect(state().position, 'no further than the last').to.deep.equal({ first: 7, last: 8, count: 8 });
    comparison.slide(-10);
    expect(state().position).to.deep.equal({ first: 1, last: 2, count: 8 });

    // A pinned reference stays first, beside whichever other product is shown.
    comparison.pin('p2');
    expect(state().columns).to.deep.equal(['p2', 'alpha']);
    expect(state().position).to.deep.equal({ first: 1, last: 1, count: 7 });
    comparison.slide(1);
    expect(state().columns).to.deep.equal(['p2', 'bravo']);
    comparison.pin(undefined);

    // A product moved out of the products shown takes them along.
    comparison.slide(-10);
    comparison.move('bravo', 'right');
    expect(shortlist.$tray.get().slice(0, 3)).to.deep.equal(['alpha', 'charlie', 'bravo']);
    expect(state().columns).to.deep.equal(['charlie', 'bravo']);
    // Sorting starts from the first products of the new order.
    comparison.slide(3);
    await comparison.sort('price', 'ascending');
    expect(state().columns).to.deep.equal(['p0', 'p1']);

    // Everything fits: every column, no position.
    comparison.setColumns(undefined);
    expect(state().columns).to.deep.equal(state().comparison!.keys);
    expect(state().position).to.equal(undefined);
    shortlist.setTray(['alpha', 'bravo']);
    comparison.setColumns(2);
    expect(state().position).to.equal(undefined);
  });

  it('shows the legend of the column buttons until it is dismissed, for good', async () => {
    const namespace = `connector-legend-${Math.random().toString(36).slice(2, 8)}`;
    const { shortlist, comparison, state } = await ready(['alpha', 'bravo'], { storage: 'local', namespace });
    expect(state().legend).to.equal(true);
    comparison.dismissLegend();
    expect(state().legend).to.equal(false);
    shortlist.destroy();
    // Another visit: the record remembers it.
    const again = await ready(['alpha', 'bravo'], { storage: 'local', namespace });
    expect(again.state().legend).to.equal(false);
    again.shortlist.forget();
  });

  it('compares a configured item that a feature adds with addProducts like any other product', async () => {
    const shortlist = start();
    await shortlist.ready;
    // A customizer-like source: `alpha~ram=32` is Alpha 14 with 32 GB, its id carrying the selection.
    shortlist.addProducts({
      extend: (lookup) =>
        extendLookup(
          lookup,
          (id): Product | undefined => {
            const [baseId, selection] = id.split('~');
            const base = lookup.byId.get(baseId!);
            if (!base || selection !== 'ram=32') return undefined;
            return { ...base, id, name: `${base.name} (32 GB)`, price: { amount: 1199, currency: 'EUR' }, attributes: { ...base.attributes, ram: 32 } };
          },
          [{ key: 'ram', label: 'Memory (GB)', type: 'number', better: 'higher' }],
        ),
    });
    shortlist.setTray(['alpha', 'alpha~ram=32']);
    const comparison = createComparison(shortlist);
    const state = await until(comparison, (current) => current.status === 'ready');
    expect(names(state)).to.deep.equal(['Alpha 14', 'Alpha 14 (32 GB)']);
    expect(state.comparison!.table.missing).to.deep.equal([]);
    const memory = state.comparison!.table.groups.flatMap((group) => group.rows).find((row) => row.def.key === 'ram')!;
    expect(memory.cells.map((cell) => cell.value)).to.deep.equal([undefined, 32]);
    expect(memory.cells.map((cell) => cell.best)).to.deep.equal([false, false]);
    const price = state.comparison!.table.groups[0]!.rows[0]!;
    expect(price.cells.map((cell) => cell.best), 'the cheaper one is best').to.deep.equal([true, false]);
  });
});
