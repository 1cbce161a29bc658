import { expect } from '@esm-bundle/chai';
import { createShortlist, createTray, storageKey, type Shortlist, type ShortlistConfig, type ShortlistEvent, type ShortlistEventType } from '../src/index.js';
import { MAX_NOTE_LENGTH, notesOf } from '../src/compare/index.js';

// ---- fixtures ------------------------------------------------------------------------------

let instances: Shortlist[] = [];
let keys: string[] = [];

/** A Shortlist with nothing saved unless the test asks for storage; destroyed after the test. */
function start(config: ShortlistConfig = {}): Shortlist {
  const shortlist = createShortlist({ storage: 'none', catalog: { jsonLd: false, cards: false }, ...config });
  instances.push(shortlist);
  return shortlist;
}

/** Records every event of the given types, in order. */
function record(shortlist: Shortlist, ...types: ShortlistEventType[]) {
  const log: Array<ShortlistEvent> = [];
  for (const type of types) shortlist.on(type, (event) => log.push(event as ShortlistEvent));
  return log;
}

const uniqueNamespace = () => {
  const namespace = `state-${Math.random().toString(36).slice(2, 10)}`;
  keys.push(storageKey(namespace));
  return namespace;
};

afterEach(() => {
  instances.forEach((shortlist) => shortlist.destroy());
  instances = [];
  keys.forEach((key) => {
    localStorage.removeItem(key);
    sessionStorage.removeItem(key);
  });
  keys = [];
});

// ---- tray ----------------------------------------------------------------------------------

describe('tray', () => {
  it('adds in order, refuses duplicates, removes, toggles and clears', () => {
    const shortlist = start();
    expect(shortlist.add('a')).to.equal('added');
    expect(shortlist.add('b')).to.equal('added');
    expect(shortlist.add('c')).to.equal('added');
    expect(shortlist.add('a')).to.equal('present');
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b', 'c']);

    expect(shortlist.remove('b')).to.equal(true);
    expect(shortlist.remove('b')).to.equal(false);
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'c']);

    expect(shortlist.toggle('a')).to.equal('removed');
    expect(shortlist.toggle('d')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['c', 'd']);

    shortlist.clear();
    expect(shortlist.$tray.get()).to.deep.equal([]);
  });

  it('setTray replaces the items, without duplicates, cut to the maximum', () => {
    const shortlist = start({ tray: { max: 3 } });
    shortlist.setTray(['x', 'y', 'x', 'z', 'w']);
    expect(shortlist.$tray.get()).to.deep.equal(['x', 'y', 'z']);
  });

  it("max with whenFull 'reject': add returns 'full' and emits tray-full with the id and max", () => {
    const shortlist = start({ tray: { max: 2 } });
    const fulls = record(shortlist, 'tray-full');
    const changes = record(shortlist, 'tray-change');
    shortlist.add('a');
    shortlist.add('b');
    expect(shortlist.add('c')).to.equal('full');
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
    expect(fulls).to.deep.equal([{ type: 'tray-full', id: 'c', max: 2 }]);
    expect(changes).to.have.length(2);
    // Adding what is already there is not "full".
    expect(shortlist.add('a')).to.equal('present');
    expect(fulls).to.have.length(1);
    expect(shortlist.toggle('c')).to.equal('full');
  });

  it("max with whenFull 'replace-oldest' drops the first item", () => {
    const shortlist = start({ tray: { max: 3, whenFull: 'replace-oldest' } });
    const log = record(shortlist, 'item-add', 'item-remove', 'tray-full');
    for (const id of ['a', 'b', 'c']) shortlist.add(id);
    expect(shortlist.add('d')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['b', 'c', 'd']);
    expect(shortlist.add('e')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['c', 'd', 'e']);
    expect(log.filter((event) => event.type === 'tray-full')).to.deep.equal([]);
    expect(log.filter((event) => event.type === 'item-remove')).to.deep.equal([
      { type: 'item-remove', id: 'a' },
      { type: 'item-remove', id: 'b' },
    ]);
  });

  it('createTray on its own follows the same rules', () => {
    const tray = createTray({ max: 1, whenFull: 'reject' });
    expect(tray.isFull()).to.equal(false);
    expect(tray.add('a')).to.equal('added');
    expect(tray.isFull()).to.equal(true);
    expect(tray.add('b')).to.equal('full');
    expect(tray.$items.get()).to.deep.equal(['a']);
    const replacing = createTray({ max: 1, whenFull: 'replace-oldest' });
    replacing.add('a');
    expect(replacing.isFull()).to.equal(false);
    expect(replacing.add('b')).to.equal('added');
    expect(replacing.$items.get()).to.deep.equal(['b']);
  });

  it('clearing an empty tray or setting the same items changes nothing', () => {
    const tray = createTray({ max: 5, whenFull: 'reject' });
    let changes = 0;
    tray.$items.listen(() => changes++);
    tray.clear();
    tray.set([]);
    tray.add('a');
    tray.set(['a']);
    expect(changes).to.equal(1);
  });
});

// ---- events --------------------------------------------------------------------------------

describe('events', () => {
  it('item-add, item-remove and tray-change carry the ids', () => {
    const shortlist = start();
    const log = record(shortlist, 'item-add', 'item-remove', 'tray-change');
    shortlist.add('a');
    shortlist.add('b');
    shortlist.remove('a');
    shortlist.clear();
    expect(log).to.deep.equal([
      { type: 'item-add', id: 'a' },
      { type: 'tray-change', ids: ['a'] },
      { type: 'item-add', id: 'b' },
      { type: 'tray-change', ids: ['a', 'b'] },
      { type: 'item-remove', id: 'a' },
      { type: 'tray-change', ids: ['b'] },
      { type: 'item-remove', id: 'b' },
      { type: 'tray-change', ids: [] },
    ]);
  });

  it('setTray reports each added and removed id', () => {
    const shortlist = start();
    shortlist.setTray(['a', 'b']);
    const log = record(shortlist, 'item-add', 'item-remove');
    shortlist.setTray(['b', 'c']);
    expect(log).to.deep.equal([
      { type: 'item-add', id: 'c' },
      { type: 'item-remove', id: 'a' },
    ]);
  });

  it('a refused add fires no change event', () => {
    const shortlist = start();
    shortlist.add('a');
    const log = record(shortlist, 'item-add', 'tray-change');
    expect(shortlist.add('a')).to.equal('present');
    expect(log).to.deep.equal([]);
  });

  it('on() returns a function that unsubscribes', () => {
    const shortlist = start();
    const seen: string[] = [];
    const off = shortlist.on('item-add', (event) => seen.push(event.id));
    shortlist.add('a');
    off();
    shortlist.add('b');
    expect(seen).to.deep.equal(['a']);
  });

  it('a throwing listener does not stop other listeners or the add', () => {
    const shortlist = start();
    const consoleError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args[0]);
    const seen: string[] = [];
    try {
      shortlist.on('item-add', () => {
        throw new Error('analytics is down');
      });
      shortlist.on('item-add', (event) => seen.push(`second:${event.id}`));
      shortlist.on('tray-change', (event) => seen.push(`change:${event.ids.join()}`));
      expect(shortlist.add('a')).to.equal('added');
    } finally {
      console.error = consoleError;
    }
    expect(shortlist.$tray.get()).to.deep.equal(['a']);
    expect(seen).to.deep.equal(['second:a', 'change:a']);
    // The failure is not swallowed silently.
    expect(logged).to.have.length(1);
    expect((logged[0] as Error).message).to.equal('analytics is down');
  });
});

// ---- notes ---------------------------------------------------------------------------------

describe('notes', () => {
  it('stores trimmed notes and removes a note set to empty', () => {
    const shortlist = start();
    const log = record(shortlist, 'note-change');
    notesOf(shortlist).setNote('a', '  lighter than the X1  ');
    notesOf(shortlist).setNote('b', 'ask about warranty');
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ a: 'lighter than the X1', b: 'ask about warranty' });
    notesOf(shortlist).setNote('a', '   ');
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ b: 'ask about warranty' });
    expect(log).to.deep.equal([
      { type: 'note-change', id: 'a', note: 'lighter than the X1' },
      { type: 'note-change', id: 'b', note: 'ask about warranty' },
      { type: 'note-change', id: 'a', note: '' },
    ]);
  });

  it('cuts a note to the maximum length and returns what was stored', () => {
    const notes = notesOf(start());
    const stored = notes.setNote('a', 'x'.repeat(MAX_NOTE_LENGTH + 500));
    expect(stored).to.have.length(MAX_NOTE_LENGTH);
    expect(notes.$notes.get().a).to.equal(stored);
    expect(notes.setNote('a', '')).to.equal('');
    expect(notes.$notes.get()).to.deep.equal({});
  });
});

// ---- forget --------------------------------------------------------------------------------

describe('forget()', () => {
  it('erases the saved record and resets the tray and notes', () => {
    const namespace = uniqueNamespace();
    const shortlist = start({ namespace, storage: 'local' });
    shortlist.add('a');
    shortlist.add('b');
    notesOf(shortlist).setNote('a', 'keep in mind');
    expect(localStorage.getItem(storageKey(namespace))).to.not.equal(null);

    const removed = record(shortlist, 'item-remove');
    shortlist.forget();
    expect(localStorage.getItem(storageKey(namespace))).to.equal(null);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({});
    expect(removed.map((event) => (event as ShortlistEvent<'item-remove'>).id)).to.deep.equal(['a', 'b']);

    // Nothing comes back on a reload.
    shortlist.destroy();
    const again = start({ namespace, storage: 'local' });
    expect(again.$tray.get()).to.deep.equal([]);
    expect(notesOf(again).$notes.get()).to.deep.equal({});
  });

  it('with sessionStorage too', () => {
    const namespace = uniqueNamespace();
    const shortlist = start({ namespace, storage: 'session' });
    shortlist.add('a');
    expect(sessionStorage.getItem(storageKey(namespace))).to.not.equal(null);
    shortlist.forget();
    expect(sessionStorage.getItem(storageKey(namespace))).to.equal(null);
    expect(shortlist.$tray.get()).to.deep.equal([]);
  });
});

// ---- tray: move ----------------------------------------------------------------------------

