/**
 * Two tabs of one shop: two same-origin documents (frames) sharing localStorage, each with its
 * own copy of the core and its own instance, as two tabs have. Changes are made in both with no
 * delay between them; the storage events that tell each tab of the other's changes arrive later.
 *
 * Assertions compare plain copies of the frames' values (arrays and objects of another realm).
 */
import { expect } from '@esm-bundle/chai';
import type * as Centre from '../src/index.js';
import type * as Compare from '../src/compare/index.js';

/** The core as a tab loads it: the centre and the comparison's entry (notes, triage marks). */
type Core = typeof Centre & typeof Compare;
import type { Shortlist, ShortlistError } from '../src/index.js';
import { until } from './helpers/until.js';

interface Tab {
  frame: HTMLIFrameElement;
  shortlist: Shortlist;
  core: Core;
  /** Errors thrown uncaught in the tab (a storage listener that throws, say). */
  uncaught: string[];
  /** Errors the instance reported. */
  errors: ShortlistError[];
}

let frames: HTMLIFrameElement[] = [];
let namespace = '';
const key = () => `shortlist:${namespace}`;

/** Opens a tab: a frame that loads the core from source, then starts an instance on localStorage. */
async function openTab(): Promise<Tab> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  // nanostores reads process.env.NODE_ENV, as in the test page itself.
  frame.srcdoc = `<!doctype html><script>window.process = { env: { NODE_ENV: 'development' } };</script>
    <script type="module">window.core = { ...(await import('/packages/core/src/index.ts')), ...(await import('/packages/core/src/compare/index.ts')) };</script>`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as Window & { core?: Core };
  const core = await until(() => window.core, 'the core to load in the frame');
  const uncaught: string[] = [];
  window.addEventListener('error', (event) => uncaught.push(String(event.message)));
  const shortlist = core.createShortlist({ namespace, storage: 'local', catalog: { jsonLd: false, cards: false } });
  const errors: ShortlistError[] = [];
  shortlist.on('error', (event) => errors.push(event.error));
  return { frame, shortlist, core, uncaught, errors };
}

const tray = (tab: Tab) => [...tab.shortlist.$tray.get()];
/** The record's slice `name` as saved: its entries that are not removed, in stamp order. */
function stored(name: string): Array<[string, unknown]> {
  const data = JSON.parse(localStorage.getItem(key()) ?? '{"data":{}}').data[name] ?? {};
  return Object.entries(data as Record<string, [number, unknown?]>)
    .filter(([, entry]) => entry.length === 2)
    .sort(([a, [x]], [b, [y]]) => x - y || (a < b ? -1 : 1))
    .map(([id, [, value]]) => [id, value]);
}
/** The tray as saved: its ids in order. */
const storedTray = () => stored('tray').map(([id]) => id);
/** Notes or triage marks as saved, by product. */
const storedByProduct = (name: string) => Object.fromEntries(stored(name));

/** Waits until `agree` holds in both tabs and in storage, then checks it still holds once every pending event has run. */
async function converged(agree: () => boolean, describe: () => unknown) {
  await until(agree, 'both tabs and storage to agree').catch((error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify(describe())}`);
  });
  await new Promise((resolve) => setTimeout(resolve));
  expect(agree(), JSON.stringify(describe())).to.equal(true);
}

beforeEach(() => {
  namespace = `tabs-${Math.random().toString(36).slice(2, 10)}`;
});

afterEach(() => {
  frames.forEach((frame) => frame.remove());
  frames = [];
  localStorage.removeItem(key());
});

describe('two tabs', () => {
  it('20 interleaved adds and removes with no delay end with the same items, in the same order, in both tabs and in storage', async () => {
    const tabs = [await openTab(), await openTab()];
    // Alternating tabs. Each removal takes an item the removing tab has seen: one the other tab
    // added before this tab's own previous change (which merged it in).
    const ops: Array<['add' | 'remove', string]> = [
      ['add', 'p0'], ['add', 'p1'], ['add', 'p2'], ['add', 'p3'], ['remove', 'p1'],
      ['add', 'p5'], ['add', 'p6'], ['remove', 'p2'], ['add', 'p8'], ['remove', 'p6'],
      ['add', 'p10'], ['add', 'p11'], ['remove', 'p8'], ['add', 'p13'], ['add', 'p14'],
      ['remove', 'p11'], ['add', 'p1'], ['remove', 'p14'], ['add', 'p18'], ['add', 'p19'],
    ]; // prettier-ignore
    const expected: string[] = [];
    ops.forEach(([op, id], index) => {
      const tab = tabs[index % 2]!;
      if (op === 'add') {
        expect(tab.shortlist.add(id), `${index}: add ${id}`).to.equal('added');
        expected.push(id);
      } else {
        expect(tab.shortlist.remove(id), `${index}: remove ${id}`).to.equal(true);
        expected.splice(expected.indexOf(id), 1);
      }
    });
    expect(expected).to.deep.equal(['p0', 'p3', 'p5', 'p10', 'p13', 'p1', 'p18', 'p19']);

    const agree = () => [tray(tabs[0]!), tray(tabs[1]!), storedTray()].every((ids) => JSON.stringify(ids) === JSON.stringify(expected));
    await converged(agree, () => ({ expected, first: tray(tabs[0]!), second: tray(tabs[1]!), stored: storedTray() }));
    for (const tab of tabs) {
      expect(tab.uncaught).to.deep.equal([]);
      expect(tab.errors).to.deep.equal([]);
    }
  });

  it('notes and triage marks merge product by product; the later change to one product wins everywhere', async () => {
    const [first, second] = [await openTab(), await openTab()];
    const notes = (tab: Tab) => ({ ...tab.core.notesOf(tab.shortlist).$notes.get() });
    const triage = (tab: Tab) => ({ ...tab.core.triageOf(tab.shortlist).$triage.get() });
    first.core.notesOf(first.shortlist).setNote('a', 'first on a');
    second.core.notesOf(second.shortlist).setNote('b', 'second on b');
    first.core.triageOf(first.shortlist).mark('a', 'shortlisted');
    second.core.triageOf(second.shortlist).mark('b', 'eliminated');
    // Later changes to the same product, each in the other tab.
    second.core.notesOf(second.shortlist).setNote('a', 'second on a');
    first.core.triageOf(first.shortlist).mark('b', 'shortlisted');

    const expectedNotes = { a: 'second on a', b: 'second on b' };
    const expectedTriage = { a: 'shortlisted', b: 'shortlisted' };
    const same = (a: unknown, b: unknown) => JSON.stringify(Object.entries(a as object).sort()) === JSON.stringify(Object.entries(b as object).sort());
    await converged(
      () => [notes(first), notes(second), storedByProduct('notes')].every((value) => same(value, expectedNotes)) && [triage(first), triage(second), storedByProduct('triage')].every((value) => same(value, expectedTriage)),
      () => ({ notes: [notes(first), notes(second), storedByProduct('notes')], triage: [triage(first), triage(second), storedByProduct('triage')] }),
    );
  });

  it('a record of the wrong shape written by another tab throws nothing there, is reported once, and is replaced by the next change', async () => {
    const [first, second] = [await openTab(), await openTab()];
    first.shortlist.add('a');
    first.core.notesOf(first.shortlist).setNote('a', 'kept');
    await converged(
      () => tray(second).join() === 'a' || false,
      () => tray(second),
    );
    // Another script on the page (or a broken copy) writes valid JSON of the wrong shape.
    (second.frame.contentWindow as Window).localStorage.setItem(key(), '{"version":3,"data":{"tray":"a,b","notes":7}}');
    await until(() => first.errors.length, 'the first tab to report the record');
    expect(first.uncaught).to.deep.equal([]);
    expect(first.errors).to.have.length(1);
    expect(first.errors[0]!.code).to.equal('storage');
    // Nothing of it could be read: the first tab keeps its state and saved it back.
    expect(tray(first)).to.deep.equal(['a']);
    expect(storedTray()).to.deep.equal(['a']);
    expect(storedByProduct('notes')).to.deep.equal({ a: 'kept' });

    first.shortlist.add('b');
    await converged(
      () => tray(second).join() === 'a,b' && storedTray().join() === 'a,b',
      () => ({ second: tray(second), stored: storedTray() }),
    );
    expect(first.errors).to.have.length(1);
    expect(second.uncaught).to.deep.equal([]);
  });
});
