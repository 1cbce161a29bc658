/**
 * The feature contract, proven by a feature that exists only here (`example-feature/`): it adds
 * a configuration section, copy, an event, persisted state, a product source and an element,
 * and none of the centre's files knows it.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, storageKey, type Shortlist, type ShortlistError } from '@shortlist/core';
import { EXAMPLE_PREFIX, exampleFeature } from './example-feature/feature.js';
import './example-feature/element.js';
import type { ShortlistExample } from './example-feature/element.js';
import { expectAccessible } from './helpers/axe.js';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

const PRODUCTS = [{ id: 'kettle', name: 'Kettle', attributes: { volume: '1.7 l' } }];
const namespace = `example-${Math.random().toString(36).slice(2, 8)}`;
const instances: Shortlist[] = [];

function start(config: Record<string, unknown> = {}): Shortlist {
  const shortlist = createShortlist({ namespace, locale: 'en', catalog: { products: PRODUCTS, jsonLd: false, cards: false }, ...config });
  instances.push(shortlist);
  return shortlist;
}

afterEach(() => {
  cleanupFixtures();
  for (const shortlist of instances.splice(0)) shortlist.destroy();
  localStorage.removeItem(storageKey(namespace));
});

describe('a feature plugged in through the contract alone', () => {
  it('its configuration section is accepted, checked when it is set up, and bad fields are reported', () => {
    const errors: ShortlistError[] = [];
    const shortlist = start({ example: { greeting: 'Ada', colour: 'red' } });
    shortlist.on('error', ({ error }) => errors.push(error));
    const feature = shortlist.use(exampleFeature);
    expect(feature.config).to.deep.equal({ greeting: 'Ada' });
    expect(errors.map((error) => error.field)).to.deep.equal(['example.colour']);
    // Set up once per instance: the same part again.
    expect(shortlist.use(exampleFeature)).to.equal(feature);
  });

  it('its events are typed, accepted by `on`, and announced', async () => {
    const shortlist = start();
    const errors: ShortlistError[] = [];
    shortlist.on('error', ({ error }) => errors.push(error));
    const pings: Array<{ id: string; count: number }> = [];
    shortlist.on('example-ping', ({ id, count }) => pings.push({ id, count }));
    shortlist.use(exampleFeature).ping('kettle');
    await shortlist.ready;
    expect(pings).to.deep.equal([{ id: 'kettle', count: 1 }]);
    expect(errors).to.deep.equal([]);
  });

  it('its state is persisted with the record and restored on the next page', () => {
    const first = start();
    first.use(exampleFeature).ping('kettle');
    first.use(exampleFeature).ping('kettle');
    first.destroy();
    // Saved as entries, [stamp, value] each, so tabs merge it product by product.
    expect(JSON.parse(localStorage.getItem(storageKey(namespace))!).data.example.kettle[1]).to.equal(2);
    expect(start().use(exampleFeature).$pings.get()).to.deep.equal({ kettle: 2 });
  });

  it('its products resolve through the one product resolver: tray, lookup and attributes', async () => {
    const shortlist = start({ storage: 'none' });
    shortlist.use(exampleFeature);
    await shortlist.ready;
    const id = `${EXAMPLE_PREFIX}kettle`;
    expect(shortlist.addability(id)).to.equal('ok');
    shortlist.add(id);
    expect(shortlist.product(id)).to.include({ id, name: 'Kettle (example)' });
    expect(shortlist.product(id)!.attributes).to.include({ example: true });
    expect(shortlist.$catalog.get().products.attributeByKey.get('example')?.label).to.equal('Example');
    expect(shortlist.product(`${EXAMPLE_PREFIX}nothing`)).to.equal(undefined);
  });

  it('its element renders the feature in the shopper\'s language, with the retailer\'s copy, and forwards intent', async () => {
    const shortlist = start({ storage: 'none', locale: 'de-DE', example: { greeting: 'Ada' }, messages: { examplePings: { one: '# Klick', other: '# Klicks' } } });
    const { element } = await fixture<ShortlistExample>('<shortlist-example product="kettle"></shortlist-example>');
    const root = element.shadowRoot!;
    expect(root.querySelector('[part=base]')!.textContent).to.equal('Hallo, Ada');
    root.querySelector<HTMLButtonElement>('[part=ping]')!.click();
    await settled(element);
    expect(root.querySelector('[part=ping]')!.textContent).to.equal('1 Klick');
    expect(shortlist.use(exampleFeature).$pings.get()).to.deep.equal({ kettle: 1 });
    await expectAccessible(element);
  });
});
