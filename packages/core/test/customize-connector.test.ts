/**
 * The customizer's headless connector, without any element (as a React or Vue app uses it):
 * what it shows, choosing, the events it announces, adding to the tray (never an incomplete
 * configuration), configured items as products, links, "Edit", and the shopper's last
 * configuration of each product kept with the record.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, storageKey, type ProductInput, type Shortlist, type ShortlistConfig } from '../src/index.js';
import { createComparison, readShare, shareUrl } from '../src/compare/index.js';
import { CONFIGURE_PARAM, createCustomizer, customizeOf, type ConfigureDetail, type ReadyCustomizer } from '../src/customize/index.js';
import { until } from './helpers/until.js';

const SOFA: ProductInput = {
  id: 'sofa',
  name: 'Sofa',
  url: '/p/sofa.html',
  image: '/img/sofa.svg',
  price: { amount: 900, currency: 'EUR' },
  attributes: { seats: 3 },
  options: [
    { key: 'fabric', label: 'Fabric', values: [{ value: 'linen', label: 'Linen', swatch: '#d8cfc0' }, { value: 'velvet', label: 'Velvet', priceDelta: 200, layer: '/img/velvet.png' }, { value: 'leather', label: 'Leather', priceDelta: '25%' }] },
    { key: 'legs', label: 'Legs', kind: 'material', values: [{ value: 'oak', label: 'Oak' }, { value: 'steel', label: 'Steel' }] },
    { key: 'cushions', label: 'Cushions', kind: 'number', min: 2, max: 6, step: 1, default: 3 },
    { key: 'monogram', label: 'Monogram', kind: 'text', maxLength: 3, allowed: 'A-Z', priceDelta: 30 },
  ],
  rules: [{ if: { fabric: 'leather' }, onlyWith: { legs: 'steel' } }],
};

let counter = 0;
const instances: Shortlist[] = [];
function start(config: Partial<ShortlistConfig> = {}): Shortlist {
  const shortlist = createShortlist({ storage: 'none', locale: 'en-US', namespace: `connector-${++counter}`, catalog: { products: [SOFA], jsonLd: false, cards: false }, ...config });
  instances.push(shortlist);
  return shortlist;
}

afterEach(() => {
  for (const shortlist of instances.splice(0)) shortlist.destroy();
});

/** The connector's state once its product is known. */
function ready(customizer: ReturnType<typeof createCustomizer>): Promise<ReadyCustomizer> {
  return until(() => {
    const state = customizer.$state.get();
    return state.status === 'ready' ? state : undefined;
  }, 'the customizer to know its product');
}

const group = (state: ReadyCustomizer, key: string) => state.groups.find((entry) => entry.option.key === key)!;

describe('customize: the headless connector', () => {
  it('decides what a view shows: controls, values, why some cannot be chosen, the price, the summary, the preview', async () => {
    const shortlist = start();
    const customizer = createCustomizer(shortlist, 'sofa');
    const stop = customizer.$state.listen(() => {});
    let state = await ready(customizer);
    expect(state.groups.map(({ option, control }) => `${option.key}:${control}`)).to.deep.equal(['fabric:swatches', 'legs:select', 'cushions:slider', 'monogram:text']);
    expect(group(state, 'fabric').values.map(({ label, delta, swatch }) => [label, delta, swatch])).to.deep.equal([
      ['Linen', undefined, '#d8cfc0'],
      ['Velvet', '+€200.00', undefined],
      ['Leather', '+€225.00', undefined],
    ]);
    customizer.choose('legs', 'oak');
    state = customizer.$state.get() as ReadyCustomizer;
    expect(group(state, 'fabric').unavailable).to.deep.equal(['Leather: Only with Legs: Steel']);
    expect(group(state, 'fabric').values[2]).to.include({ possible: false, reason: 'Only with Legs: Steel' });
    expect(state.problems).to.deep.equal(['Choose Fabric']);
    expect(state).to.include({ complete: false, inTray: false });
    customizer.choose('fabric', 'velvet');
    customizer.choose('monogram', 'ab');
    state = customizer.$state.get() as ReadyCustomizer;
    expect(group(state, 'monogram')).to.include({ value: 'ab', problem: 'Monogram: “a” “b” cannot be used' });
    customizer.choose('monogram', 'AB ');
    state = customizer.$state.get() as ReadyCustomizer;
    expect(group(state, 'monogram').value, 'shown as typed').to.equal('AB ');
    expect(state.summary).to.deep.equal([
      { label: 'Fabric', value: 'Velvet' },
      { label: 'Legs', value: 'Oak' },
      { label: 'Cushions', value: '3' },
      { label: 'Monogram', value: 'AB' },
    ]);
    expect(state.price).to.deep.equal({ amount: 1130, currency: 'EUR' });
    expect([state.image, ...state.layers]).to.deep.equal([new URL('/img/sofa.svg', location.href).href, new URL('/img/velvet.png', location.href).href]);
    expect(state).to.include({ complete: true, id: 'sofa~fabric.velvet.legs.oak.cushions.3.monogram.AB' });
    stop();
  });

  it('words a reason anew when it changes, and the same when it comes back', async () => {
    const shortlist = start();
    const customizer = createCustomizer(shortlist, 'sofa');
    const stop = customizer.$state.listen(() => {});
    await ready(customizer);
    const leather = () => group(customizer.$state.get() as ReadyCustomizer, 'fabric').values[2]!;
    customizer.choose('legs', 'oak');
    expect(leather()).to.include({ possible: false, reason: 'Only with Legs: Steel' });
    customizer.choose('legs', 'steel');
    expect(leather()).to.include({ possible: true }).and.not.have.property('reason');
    customizer.choose('legs', 'oak');
    expect(leather()).to.include({ possible: false, reason: 'Only with Legs: Steel' });
    expect(group(customizer.$state.get() as ReadyCustomizer, 'fabric').unavailable).to.deep.equal(['Leather: Only with Legs: Steel']);
    stop();
  });

  it('loads the list data of reasons in words while the page is idle, before the shopper\'s first change', async () => {
    const native = Intl.ListFormat;
    const made: string[] = [];
    Intl.ListFormat = new Proxy(native, { construct: (target, args) => (made.push(`${args[0]} ${args[1]?.type}`), Reflect.construct(target, args)) });
    try {
      // A locale no other test words reasons in: its list formats are not made yet.
      const customizer = createCustomizer(start({ locale: 'en-GB' }), 'sofa');
      let madeWhenShown: number | undefined;
      const stop = customizer.$state.subscribe((state) => (madeWhenShown ??= state.status === 'ready' ? made.length : undefined));
      await ready(customizer);
      expect(madeWhenShown, 'list formats made with the first state').to.equal(0);
      // Nothing is chosen: only the idle time after the first state makes it.
      expect(await until(() => made.length && made, 'the list data to load')).to.deep.equal(['en-GB conjunction']);
      stop();
    } finally {
      Intl.ListFormat = native;
    }
  });

  it('announces every change for the store\'s cart, and adds only a complete configuration; configured items resolve like products', async () => {
    const shortlist = start();
    const configured: ConfigureDetail[] = [];
    const added: unknown[] = [];
    shortlist.on('configure', (event) => configured.push(event));
    shortlist.on('customize-add', (event) => added.push(event));
    const customizer = createCustomizer(shortlist, 'sofa');
    await ready(customizer);
    customizer.choose('fabric', 'leather');
    expect(customizer.toggle(), 'incomplete: nothing to add').to.equal(undefined);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    customizer.choose('legs', 'steel');
    expect(configured.at(-1)).to.deep.include({ productId: 'sofa', complete: true, id: 'sofa~fabric.leather.legs.steel.cushions.3', selection: { fabric: 'leather', legs: 'steel', cushions: 3 } });
    expect(configured.at(-1)!.price).to.deep.equal({ amount: 1125, currency: 'EUR' });
    expect(customizer.toggle()).to.equal('Added to your comparison');
    expect(added).to.deep.equal([{ type: 'customize-add', productId: 'sofa' }]);
    const id = 'sofa~fabric.leather.legs.steel.cushions.3';
    expect(shortlist.$tray.get()).to.deep.equal([id]);
    const item = await until(() => shortlist.product(id), 'the configured item');
    expect(item).to.include({ name: 'Sofa (Leather, Steel, Cushions 3)' });
    expect(item.attributes).to.include({ seats: 3, fabric: 'Leather', legs: 'Steel', cushions: 3 });
    expect(item.editUrl).to.equal(`${new URL('/p/sofa.html', location.href).href}?${CONFIGURE_PARAM}=sofa%7Efabric.leather.legs.steel.cushions.3`);
    expect(shortlist.$catalog.get().products.attributeByKey.get('fabric')).to.deep.equal({ key: 'fabric', label: 'Fabric', type: 'enum' });
    // An id whose options are written in another order is not this item: one configuration, one id.
    expect(shortlist.product('sofa~legs.steel.fabric.leather.cushions.3')).to.equal(undefined);
    expect(customizer.toggle()).to.equal('Removed from your comparison');
    expect(shortlist.$tray.get()).to.deep.equal([]);
  });

  it('configured items in the comparison\'s CSV and share links: their options as columns, their ids round trip', async () => {
    const shortlist = start();
    customizeOf(shortlist);
    await shortlist.ready;
    const ids = ['sofa~fabric.linen.legs.oak.cushions.3', 'sofa~fabric.leather.legs.steel.cushions.5.monogram.AB'];
    shortlist.setTray(ids);
    const comparison = createComparison(shortlist);
    const stop = comparison.$state.listen(() => {});
    await until(() => comparison.$state.get().comparison?.keys.length === 2, 'the comparison of both items');
    const [header, ...rows] = (await comparison.csv()).text.trim().split(/\r?\n/);
    expect(header).to.include('Sofa (Linen, Oak, Cushions 3)').and.include('Sofa (Leather, Steel, Cushions 5, Monogram: AB)');
    expect(rows.find((row) => row.startsWith('Fabric'))).to.equal('Fabric,Linen,Leather');
    expect(rows.find((row) => row.startsWith('Monogram'))).to.equal('Monogram,Not specified,AB');
    stop();
    // A share link holds the ids (escaped) and gives them back.
    const shared = readShare(shareUrl('https://shop.example/compare', { ids }));
    expect(shared).to.deep.equal({ ids });
  });

  it('links and "Edit": opens a configured item of its product, and saving replaces the one being edited', async () => {
    const shortlist = start();
    await shortlist.ready;
    shortlist.setTray(['sofa~fabric.linen.legs.oak.cushions.3']);
    const customizer = createCustomizer(shortlist, 'sofa', 'sofa~fabric.linen.legs.oak.cushions.3');
    let state = await ready(customizer);
    expect(state).to.include({ editing: 'sofa~fabric.linen.legs.oak.cushions.3', inTray: true });
    expect(customizer.open('chair~legs.oak'), 'another product').to.equal(false);
    expect(customizer.open('sofa~fabric.tweed'), 'a value the sofa does not have').to.equal(false);
    customizer.choose('cushions', 5);
    expect(customizer.toggle()).to.equal('Saved in your comparison');
    expect(shortlist.$tray.get()).to.deep.equal(['sofa~fabric.linen.legs.oak.cushions.5']);
    state = customizer.$state.get() as ReadyCustomizer;
    expect(state).to.not.have.property('editing');
    const link = new URL(customizer.share());
    expect(link.searchParams.get(CONFIGURE_PARAM)).to.equal('sofa~fabric.linen.legs.oak.cushions.5');
  });

  it('opens with the shopper\'s last configuration of the product, kept with the record', async () => {
    const namespace = `connector-record-${Math.random().toString(36).slice(2, 8)}`;
    const first = start({ storage: 'local', namespace });
    const customizer = createCustomizer(first, 'sofa');
    await ready(customizer);
    customizer.choose('fabric', 'velvet');
    customizer.choose('cushions', 4);
    expect(customizeOf(first).configurations.$values.get()).to.deep.equal({ sofa: 'fabric.velvet.cushions.4' });
    first.destroy();
    // Saved as a stamped entry, `[stamp, value]`, as every slice is (state/merge.ts).
    const [, saved] = JSON.parse(localStorage.getItem(storageKey(namespace))!).data.configurations.sofa;
    expect(saved).to.equal('fabric.velvet.cushions.4');
    const next = start({ storage: 'local', namespace });
    const state = await ready(createCustomizer(next, 'sofa'));
    expect(state.selection).to.deep.equal({ fabric: 'velvet', cushions: 4 });
    localStorage.removeItem(storageKey(namespace));
  });

  it('a product the catalog does not have is "missing" once the catalog has loaded', async () => {
    const shortlist = start();
    const customizer = createCustomizer(shortlist, 'nothing');
    const stop = customizer.$state.listen(() => {});
    await shortlist.ready;
    expect(customizer.$state.get()).to.deep.equal({ status: 'missing' });
    stop();
  });
});
