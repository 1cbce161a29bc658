/**
 * The criteria filter as a feature, headless: contexts and personas persisted with the record,
 * every change undoable, "Forget my choices", the connector's actions and what they announce
 * (keys and operators, never values), controls generated from the schema, the fit the tray and
 * the comparison show, share links, and the configuration check.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, storageKey, type Shortlist, type ShortlistConfig, type ShortlistError, type ShortlistEvent } from '../src/index.js';
import {
  createCriteria,
  createFilter,
  criteriaOf,
  decodeCriteria,
  encodeCriteria,
  fitOf,
  rangeCriterion,
  toggledCriterion,
  withCriteria,
  type ChoicesControl,
  type ControlsView,
  type CriteriaConnector,
  type RangeControl,
} from '../src/criteria/index.js';
import { criterion, must, SHOP_ATTRIBUTES as ATTRIBUTES, SHOP_PRODUCTS as PRODUCTS } from './criteria-fixtures.js';

const PERSONAS = {
  laptops: [
    { key: 'traveller', name: 'Traveller', icon: '🧳', description: 'Light', criteria: [must({ attribute: 'weight', operator: 'at-most', value: 1.4, unit: 'kg' }), criterion({ attribute: 'battery', operator: 'at-least', value: 10, unit: 'h', importance: 'important' })] },
    { key: 'budget', name: 'On a budget', criteria: [must({ attribute: 'price', operator: 'at-most', value: 900 })] },
  ],
};

let instances: Shortlist[] = [];
let namespace = '';

function start(config: ShortlistConfig = {}): Shortlist {
  const shortlist = createShortlist({
    namespace,
    locale: 'en',
    currency: 'EUR',
    catalog: { products: PRODUCTS, attributes: ATTRIBUTES, jsonLd: false, cards: false },
    criteria: { personas: PERSONAS },
    ...config,
  });
  instances.push(shortlist);
  return shortlist;
}

/** Every event of the criteria feature, in order. */
function events(shortlist: Shortlist): ShortlistEvent[] {
  const log: ShortlistEvent[] = [];
  for (const type of ['criteria-change', 'context-change', 'persona-pick'] as const) shortlist.on(type, (event) => log.push(event as ShortlistEvent));
  return log;
}

/** The filter's controls once the whole catalog is ranked by the connector's active criteria as they are now. */
async function controlsOf(shortlist: Shortlist, connector: CriteriaConnector): Promise<ControlsView> {
  const current = (view: ControlsView | undefined) => view && JSON.stringify(view.ranking.criteria) === JSON.stringify(connector.$context.get().active?.criteria ?? []);
  return new Promise((resolve) => {
    const stop = createFilter(shortlist, connector.category).$controls.subscribe((view) => {
      if (!current(view)) return;
      queueMicrotask(() => stop());
      resolve(view!);
    });
  });
}

/** Waits until the rankings have caught up with the latest change (ranking is a microtask after it). */
const ranked = () => new Promise((resolve) => setTimeout(resolve));

beforeEach(() => {
  namespace = `criteria-${Math.random().toString(36).slice(2, 10)}`;
});

afterEach(() => {
  instances.forEach((shortlist) => shortlist.destroy());
  instances = [];
  localStorage.removeItem(storageKey(namespace));
});

describe('criteria: personas and contexts', () => {
  it('picking a persona seeds a context from its presets, once: picking it again returns to it with the shopper\'s edits', async () => {
    const shortlist = start();
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    const seeded = laptops.$context.get().active!;
    expect(seeded).to.include({ name: 'Traveller', persona: 'traveller', category: 'laptops' });
    expect(seeded.criteria).to.deep.equal(PERSONAS.laptops[0]!.criteria);
    laptops.remove(1);
    laptops.pick('budget');
    expect(laptops.$context.get().active!.persona).to.equal('budget');
    laptops.pick('traveller');
    expect(laptops.$context.get().active!.criteria).to.have.length(1);
    expect(laptops.$context.get().contexts.map((context) => context.persona)).to.deep.equal(['traveller', 'budget']);
    laptops.pick(undefined);
    expect(laptops.$context.get().active).to.equal(undefined);
    expect(laptops.$context.get().personas.map((persona) => persona.key)).to.deep.equal(['traveller', 'budget']);
  });

  it('keeps one active context per category, each with its own criteria, and ranks each category by its own', async () => {
    const shortlist = start();
    await shortlist.ready;
    const laptops = createCriteria(shortlist, 'laptops');
    const shoes = createCriteria(shortlist, 'shoes');
    laptops.pick('traveller');
    shoes.create();
    // A number without a product to start from starts from the category's values: once they are ranked.
    await controlsOf(shortlist, shoes);
    shoes.add('drop');
    expect(shoes.$context.get().active!.name).to.equal('My criteria 1');
    expect(laptops.$context.get().active!.name).to.equal('Traveller');
    const view = await controlsOf(shortlist, shoes);
    expect(view.total, 'only the category\'s products').to.equal(2);
    expect(view.controls.map(({ criterion }) => criterion.attribute)).to.deep.equal(['drop']);
    expect((await controlsOf(shortlist, laptops)).total).to.equal(5);
  });

  it('persists the contexts and the active ones with the record, and reads them back as untrusted input', async () => {
    const first = start();
    createCriteria(first, 'laptops').pick('traveller');
    first.destroy();
    const saved = JSON.parse(localStorage.getItem(storageKey(namespace))!);
    expect(Object.values(saved.data.criteria)).to.have.length(1);
    // One entry per context and per category, each with its stamp (see merge.ts).
    expect(Object.values(saved.data['criteria-active'])).to.deep.equal([[2, 'c1']]);
    // A tampered record: a context without a name, a criterion that is not one, a bad active entry.
    saved.data.criteria.c2 = [3, { category: 'laptops', criteria: [] }];
    saved.data.criteria.c1[1].criteria.push({ attribute: 'weight', operator: 'about', value: 1 });
    saved.data['criteria-active'].shoes = [4, 42];
    localStorage.setItem(storageKey(namespace), JSON.stringify(saved));
    const second = start();
    const view = createCriteria(second, 'laptops').$context.get();
    expect(view.contexts.map(({ id }) => id)).to.deep.equal(['c1']);
    expect(view.active!.criteria).to.have.length(2);
    expect(criteriaOf(second).contexts.$active.get()).to.deep.equal({ laptops: 'c1' });
  });

  it('undoes every change, one at a time: a slider\'s previews and the change that ends them are one step', async () => {
    const shortlist = start();
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    laptops.rename('Work trips');
    const weight = laptops.$context.get().active!.criteria[0]!;
    for (const value of [1.45, 1.5, 1.55]) laptops.edit(0, { ...weight, value } as never, true);
    laptops.edit(0, { ...weight, value: 1.6 } as never);
    laptops.remove(1);
    expect(laptops.$context.get().undoable).to.equal(4);
    laptops.undo();
    expect(laptops.$context.get().active!.criteria).to.have.length(2);
    laptops.undo();
    expect(laptops.$context.get().active!.criteria[0]).to.deep.equal(weight);
    laptops.undo();
    expect(laptops.$context.get().active!.name).to.equal('Traveller');
    laptops.undo();
    expect(laptops.$context.get().active).to.equal(undefined);
    expect(laptops.$context.get().undoable).to.equal(0);
  });

  it('"Forget my choices" erases the contexts, the active ones and what Undo could bring back', async () => {
    const shortlist = start();
    await shortlist.ready;
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    laptops.add('brand', 'a');
    shortlist.forget();
    expect(laptops.$context.get()).to.deep.include({ contexts: [], active: undefined, undoable: 0 });
    expect(localStorage.getItem(storageKey(namespace))).to.equal(null);
    laptops.undo();
    expect(laptops.$context.get().contexts).to.deep.equal([]);
  });

  it('removes and renames the active context', () => {
    const shortlist = start();
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.create();
    laptops.rename('  Holiday  ');
    expect(laptops.$context.get().active!.name).to.equal('Holiday');
    laptops.removeContext();
    expect(laptops.$context.get()).to.deep.include({ contexts: [], active: undefined });
  });
});

describe('criteria: events for measurement', () => {
  it('announce attribute keys, operators, requirement and importance — never the values, names or ids', () => {
    const shortlist = start();
    const log = events(shortlist);
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    const weight = laptops.$context.get().active!.criteria[0]!;
    laptops.edit(0, { ...weight, value: 1.5 } as never, true);
    laptops.edit(0, { ...weight, value: 1.6 } as never);
    laptops.rename('My secret trip');
    laptops.undo();
    expect(log).to.deep.equal([
      { type: 'persona-pick', category: 'laptops', persona: 'traveller' },
      { type: 'context-change', change: 'create', category: 'laptops', persona: 'traveller', count: 1 },
      { type: 'criteria-change', change: 'edit', category: 'laptops', persona: 'traveller', count: 2, attribute: 'weight', operator: 'at-most', requirement: 'must', importance: 'normal' },
      { type: 'context-change', change: 'rename', category: 'laptops', persona: 'traveller', count: 1 },
      { type: 'criteria-change', change: 'undo', category: 'laptops', persona: 'traveller', count: 2 },
    ]);
    expect(JSON.stringify(log)).not.to.match(/1\.6|secret|c1/);
  });
});

describe('criteria: controls from the attribute schema', () => {
  it('gives each criterion the control its attribute\'s type asks for, with counts and the spread of values', async () => {
    const shortlist = start();
    await controlsOf(shortlist, createCriteria(shortlist, 'laptops'));
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    for (const attribute of ['brand', 'ports', 'touch', 'rating', 'price']) laptops.add(attribute);
    const { controls, passing, total, available } = await controlsOf(shortlist, laptops);
    expect(controls.map(({ kind, criterion }) => `${criterion.attribute}:${kind}`)).to.deep.equal(['weight:range', 'battery:range', 'brand:choices', 'ports:choices', 'touch:yes-no', 'rating:rating', 'price:range']);
    expect([passing, total]).to.deep.equal([2, 5]);
    expect(available, 'nothing left to add').to.deep.equal([]);
    const weight = controls[0] as RangeControl;
    expect(weight.distribution.unit).to.equal('kg');
    expect(weight.distribution.counts.reduce((sum, count) => sum + count, 0)).to.equal(5);
    expect([weight.low, weight.high], 'at most 1.4 kg: from the start of the range').to.deep.equal([weight.min, 1.4]);
    expect(weight.step * 100).to.be.at.least(weight.max - weight.min - weight.step);
    const brand = controls[2] as ChoicesControl;
    // The most common brand among those passing the other must-haves (weight): Lenovo (Aero) and Dell (Brio).
    expect(brand.choices.filter((choice) => choice.checked).map((choice) => choice.value)).to.deep.equal(['Lenovo']);
    expect(brand.criterion).to.include({ operator: 'one-of' });
    expect(controls[3]!.criterion).to.deep.include({ operator: 'has', values: ['USB-C'] });
    expect(controls[6]!.criterion, 'a new range covers every value').to.deep.include({ operator: 'between', min: 799, max: 1499, currency: 'EUR' });
  });

  it('while a range is dragged, ranks every step and keeps the controls\' counts; the change that ends it, or any other, counts them anew', async () => {
    const shortlist = start();
    await shortlist.ready;
    const laptops = createCriteria(shortlist, 'laptops');
    const filter = createFilter(shortlist, 'laptops');
    laptops.pick('traveller');
    laptops.add('brand', 'a');
    const before = await controlsOf(shortlist, laptops);
    const weight = before.controls[0]!.criterion;
    /** The brand control's counts as shown, and as its ranking counts them. */
    const shown = (view: ControlsView) => (view.controls.find((control) => control.criterion.attribute === 'brand') as ChoicesControl).choices.map(({ value, count }) => `${value}: ${count}`);
    const counted = (view: ControlsView) => view.ranking.facets('brand')!.map(({ value, count }) => `${value}: ${count}`);

    filter.edit(0, { ...weight, value: 1.5 } as never, true);
    filter.edit(0, { ...weight, value: 1.6 } as never, true);
    const dragged = await controlsOf(shortlist, laptops);
    expect(dragged.passing, 'the live count follows').to.be.above(before.passing);
    expect(dragged.controls[0]!.criterion).to.deep.include({ value: 1.6 });
    expect(shown(dragged), 'the counts of before the drag').to.deep.equal(shown(before)).and.not.deep.equal(counted(dragged));

    filter.edit(0, { ...weight, value: 1.6 } as never);
    const ended = await controlsOf(shortlist, laptops);
    expect(shown(ended)).to.deep.equal(counted(ended)).and.not.deep.equal(shown(before));
    expect(laptops.$context.get().undoable, 'the drag is one step').to.equal(3);

    // A drag whose end never comes (let go where it started: no change event) keeps nothing once another change comes.
    filter.edit(0, { ...weight, value: 1.2 } as never, true);
    laptops.remove(1);
    const removed = await controlsOf(shortlist, laptops);
    expect(shown(removed)).to.deep.equal(counted(removed)).and.not.deep.equal(shown(ended));
  });

  it('turns a moved range into at most, at least or between, in the display unit; a choice ticked into one-of', async () => {
    const shortlist = start();
    await controlsOf(shortlist, createCriteria(shortlist, 'laptops'));
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.pick('traveller');
    laptops.add('brand');
    const { controls } = await controlsOf(shortlist, laptops);
    const weight = controls[0] as RangeControl;
    expect(rangeCriterion(weight, weight.min, 1.5)).to.deep.include({ operator: 'at-most', value: 1.5 });
    expect(rangeCriterion(weight, 1.3, weight.max)).to.deep.include({ operator: 'at-least', value: 1.3 });
    expect(rangeCriterion(weight, 1.3, 1.5)).to.deep.include({ operator: 'between', min: 1.3, max: 1.5 });
    expect(rangeCriterion(weight, 1.1 + 0.2, 1.5)).to.deep.include({ min: 1.3 });
    const brand = controls[2] as ChoicesControl;
    expect(toggledCriterion(brand, 'HP')).to.deep.include({ operator: 'one-of', values: ['Lenovo', 'HP'] });
    expect(toggledCriterion(brand, 'Lenovo'), 'the last choice stays').to.equal(brand.criterion);
  });

  it('adds a criterion like a product: at most its weight, at least its battery, its brand, its ports, its touch screen', async () => {
    const shortlist = start();
    await shortlist.ready;
    const laptops = createCriteria(shortlist, 'laptops');
    expect(laptops.suggest('weight', 'a')).to.deep.equal({
      criterion: { attribute: 'weight', requirement: 'nice', importance: 'normal', operator: 'at-most', value: 1.2 },
      text: 'Weight: at most 1.2 kg',
    });
    expect(laptops.suggest('battery', 'b')!.text).to.equal('Battery life: at least 10 hr');
    expect(laptops.suggest('brand', 'c')!.text).to.equal('Brand: Apple');
    expect(laptops.suggest('ports', 'd')!.text).to.equal('Ports: with USB-C, HDMI, USB-A');
    expect(laptops.suggest('touch', 'b')!.text).to.equal('Touch screen: No');
    expect(laptops.suggest('price', 'e')!.text).to.equal('Price: at most €799.00');
    expect(laptops.suggest('rating', 'a')!.text).to.equal('Rating: at least 4.5');
    expect(laptops.suggest('nothing', 'a')).to.equal(undefined);
    expect(laptops.add('weight', 'a')).to.equal('Added to “My criteria 1”: Weight: at most 1.2 kg');
    expect(laptops.add('weight', 'd'), 'replaces the criterion on the same attribute').to.equal('Added to “My criteria 1”: Weight: at most 1.55 kg');
    expect(laptops.$context.get().active!.criteria).to.have.length(1);
  });

  it('with zero results: the closest products and the one criterion to relax, which brings them back', async () => {
    const shortlist = start();
    await shortlist.ready;
    const laptops = createCriteria(shortlist, 'laptops');
    laptops.add('weight', 'a');
    laptops.edit(0, must({ attribute: 'weight', operator: 'at-most', value: 1.1 }));
    let view = await controlsOf(shortlist, laptops);
    expect(view.passing).to.equal(0);
    expect(view.nearMisses.map(({ id }) => id), 'closest first: 1.2, 1.3 and 1.5 kg').to.deep.equal(['a', 'b', 'c']);
    expect(view.relax).to.deep.include({ criterion: 0, count: 1 });
    laptops.relax(view.relax!);
    await ranked();
    view = await controlsOf(shortlist, laptops);
    expect(view.passing).to.equal(1);
    expect(view.nearMisses).to.deep.equal([]);
    expect(laptops.$context.get().active!.criteria[0]).to.deep.include({ operator: 'at-most', value: 1.2 });
  });
});

describe('criteria: the fit other views show', () => {
  it('is there while the shopper has criteria: badges, marks, order, and "make this a criterion"', async () => {
    const shortlist = start();
    const laptops = createCriteria(shortlist, 'laptops');
    expect(fitOf(shortlist).get()).to.equal(undefined);
    laptops.pick('traveller');
    await shortlist.ready;
    await ranked();
    const fit = fitOf(shortlist).get()!;
    expect(fit.of('a')).to.deep.equal({ status: 'great', text: 'Great fit · 100/100' });
    expect(fit.of('e')!.status).to.equal('fails');
    expect(fit.of('s1'), 'no criteria for shoes').to.equal(undefined);
    expect(fit.sort(['s1', 'e', 'a', 'b'])).to.deep.equal(['a', 'b', 'e', 's1']);
    expect(fit.mark('e', 'weight')).to.deep.equal({ attribute: 'weight', outcome: 'missed', text: 'Weight: 1.7 kg, 0.3 kg over your 1.4 kg' });
    expect(fit.mark('a', 'brand')).to.equal(undefined);
    expect([...fit.attributes]).to.deep.equal(['weight', 'battery']);
    expect(fit.add('brand', 'a', true)).to.equal('Added to “Traveller”: Brand: Lenovo');
    await ranked();
    expect(fitOf(shortlist).get()!.mark('d', 'brand')!.outcome).to.equal('met');
  });

  it('adds the active criteria of the shared products\' categories to a share link', async () => {
    const shortlist = start();
    createCriteria(shortlist, 'laptops').pick('traveller');
    await shortlist.ready;
    await ranked();
    const url = new URL(await fitOf(shortlist).get()!.link('https://shop.example/compare?shortlist=1:a,b#top', ['a', 'b']));
    expect(url.hash).to.equal('#top');
    expect(url.searchParams.get('shortlist')).to.equal('1:a,b');
    expect(decodeCriteria(url.searchParams.get('shortlist-criteria')!)).to.deep.equal([{ name: 'Traveller', category: 'laptops', persona: 'traveller', criteria: PERSONAS.laptops[0]!.criteria }]);
  });
});

describe('criteria: share links', () => {
  const context = { name: 'Trip ✈', category: 'laptops', criteria: [must({ attribute: 'weight', operator: 'at-most', value: 1.4, unit: 'kg' })] };

  it('round-trips contexts through a value that needs no escaping in a URL', () => {
    const value = encodeCriteria([context]);
    expect(value).to.match(/^1\.[\w-]+$/);
    expect(decodeCriteria(value)).to.deep.equal([context]);
    expect(new URL(withCriteria('https://shop.example/?a=1', [context])).searchParams.get('shortlist-criteria')).to.equal(value);
    expect(withCriteria(`https://shop.example/?a=%7E&shortlist-criteria=${value}#x`)).to.equal('https://shop.example/?a=%7E#x');
  });

  it('reads a tampered, truncated, oversized or other-version value as nothing, and leaves out what is unusable', () => {
    const valid = encodeCriteria([context]);
    expect(decodeCriteria(valid.slice(0, -3))).to.equal(undefined);
    expect(decodeCriteria(`2${valid.slice(1)}`)).to.equal(undefined);
    expect(decodeCriteria(`1.${'A'.repeat(4001)}`)).to.equal(undefined);
    expect(decodeCriteria('1.not base64!')).to.equal(undefined);
    expect(decodeCriteria(encodeCriteria(Array(11).fill(context)))).to.equal(undefined);
    const tampered = encodeCriteria([{ ...context, criteria: [...context.criteria, { attribute: 'x', operator: 'run', value: 'alert(1)' }] } as never, { name: '' } as never]);
    expect(decodeCriteria(tampered)).to.deep.equal([context]);
  });
});

describe('criteria: configuration', () => {
  it('checks personas and attributes, reporting each bad field and keeping the rest', () => {
    const errors: ShortlistError[] = [];
    const shortlist = start({
      criteria: {
        personas: {
          laptops: [
            { key: 'ok', name: 'Fine', image: '/img/fine.svg', criteria: [must({ attribute: 'weight', operator: 'at-most', value: 1 }), { attribute: 'weight', operator: 'near' }] },
            { key: 'bad key!', name: 'Broken' },
            { key: 'x', name: 'Script', image: 'javascript:alert(1)', criteria: [] },
          ],
        },
        attributes: { laptops: ['weight', 'brand'] },
        colours: 'red',
      } as never,
    });
    shortlist.on('error', ({ error }) => errors.push(error));
    const { config } = criteriaOf(shortlist);
    expect(config.personas!.laptops!.map(({ key }) => key)).to.deep.equal(['ok', 'x']);
    expect(config.personas!.laptops![0]!.criteria).to.have.length(1);
    expect(config.personas!.laptops![0]!.image).to.equal(new URL('/img/fine.svg', document.baseURI).href);
    expect(config.personas!.laptops![1]).to.not.have.property('image');
    expect(errors.map(({ field }) => field)).to.deep.equal([
      'criteria.personas.laptops[0].criteria[1].operator',
      'criteria.personas.laptops[1].key',
      'criteria.personas.laptops[1]',
      'criteria.personas.laptops[2].image',
      'criteria.colours',
    ]);
    expect(errors[0]!.message).to.contain('configuration.md#criteria');
  });

  it('offers the configured attributes, in their order, when set for the category', async () => {
    const shortlist = start({ criteria: { attributes: { laptops: ['touch', 'weight', 'nothing'] } } });
    const view = await controlsOf(shortlist, createCriteria(shortlist, 'laptops'));
    expect(view.available.map(({ key }) => key)).to.deep.equal(['touch', 'weight']);
  });
});
