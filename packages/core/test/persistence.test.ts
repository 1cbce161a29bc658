import { expect } from '@esm-bundle/chai';
import { atom } from 'nanostores';
import { createShortlist, persist, RECORD_VERSION, ShortlistError, storageKey, type Persistence, type Shortlist, type ShortlistConfig, type StorageMode } from '../src/index.js';
import { notesOf } from '../src/compare/index.js';
import { describeStorageProblem } from '../src/state/storage-problem.js';

// ---- fixtures ------------------------------------------------------------------------------

let instances: Shortlist[] = [];
let persistences: Persistence[] = [];
let namespaces: string[] = [];
let restores: Array<() => void> = [];
let consoleErrors: unknown[] = [];

/** A namespace no other test uses; its keys are removed after the test. */
function uniqueNamespace(): string {
  const namespace = `persist-${Math.random().toString(36).slice(2, 10)}`;
  namespaces.push(namespace);
  return namespace;
}

/** A Shortlist on real browser storage, with no catalog sources; destroyed after the test. */
function open(namespace: string, config: ShortlistConfig = {}): Shortlist {
  const shortlist = createShortlist({ namespace, storage: 'local', catalog: { jsonLd: false, cards: false }, ...config });
  instances.push(shortlist);
  return shortlist;
}

/** Replaces a method for the rest of the test. */
function stub<T extends object, K extends keyof T>(target: T, name: K, replacement: T[K]) {
  const original = target[name];
  target[name] = replacement;
  restores.push(() => (target[name] = original));
}

/** Waits until a storage problem found by createShortlist is worded and reported (its module loads on first use). */
async function reported() {
  await import('../src/state/storage-problem.js');
  await new Promise((resolve) => setTimeout(resolve));
}

const storageErrors = () => consoleErrors.filter((error) => error instanceof ShortlistError && error.code === 'storage') as ShortlistError[];

/** A Storage whose methods a test can make fail; counts writes. */
class FakeStorage {
  data = new Map<string, string>();
  writes = 0;
  failGet?: () => never;
  failSet?: () => never;
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.failGet?.();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.writes++;
    this.failSet?.();
    this.data.set(key, String(value));
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  clear() {
    this.data.clear();
  }
  asStorage() {
    return this as unknown as Storage;
  }
}

/** persist() over a tray and a notes atom, collecting the errors it reports. */
function persistWith(storage: FakeStorage, namespace = 'fake', mode: StorageMode = 'local') {
  const $tray = atom<readonly string[]>([]);
  const $notes = atom<Record<string, string>>({});
  const errors: ShortlistError[] = [];
  const persistence = persist({
    namespace,
    mode,
    storage: storage.asStorage(),
    onProblem: (problem) => errors.push(describeStorageProblem(problem)),
    slices: {
      tray: { store: $tray, read: (saved) => (Array.isArray(saved) ? saved : undefined), empty: [] },
      notes: { store: $notes, read: (saved) => (saved && typeof saved === 'object' ? (saved as Record<string, string>) : undefined), empty: {} },
    },
  });
  persistences.push(persistence);
  return { $tray, $notes, errors, persistence };
}

const record = (data: unknown, version = RECORD_VERSION) => JSON.stringify({ version, data });
const saved = (namespace: string, storage: Storage = localStorage) => {
  const text = storage.getItem(storageKey(namespace));
  return text === null ? null : JSON.parse(text);
};
const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const securityError = () => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

beforeEach(() => {
  consoleErrors = [];
  stub(console, 'error', (...args: unknown[]) => {
    consoleErrors.push(args[0]);
  });
});

afterEach(() => {
  instances.forEach((shortlist) => shortlist.destroy());
  persistences.forEach((persistence) => persistence.stop());
  restores.reverse().forEach((restore) => restore());
  for (const namespace of namespaces) {
    localStorage.removeItem(storageKey(namespace));
    sessionStorage.removeItem(storageKey(namespace));
  }
  instances = [];
  persistences = [];
  restores = [];
  namespaces = [];
});

// ---- tests ---------------------------------------------------------------------------------

describe('persistence: reload', () => {
  it('the tray and notes survive a reload', () => {
    const namespace = uniqueNamespace();
    const first = open(namespace);
    first.add('a');
    first.add('b');
    notesOf(first).setNote('b', 'quieter fan');
    first.destroy();

    const second = open(namespace);
    expect(second.$tray.get()).to.deep.equal(['a', 'b']);
    expect(notesOf(second).$notes.get()).to.deep.equal({ b: 'quieter fan' });
    expect(saved(namespace)).to.deep.equal({ version: RECORD_VERSION, data: { tray: ['a', 'b'], notes: { b: 'quieter fan' } } });
  });

  it('a restore is not announced as the shopper adding items', () => {
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), record({ tray: ['a'], notes: {} }));
    const shortlist = open(namespace);
    const adds: string[] = [];
    shortlist.on('item-add', (event) => adds.push(event.id));
    shortlist.add('b');
    expect(adds).to.deep.equal(['b']);
  });

  it('namespaces keep separate records', () => {
    const one = uniqueNamespace();
    const two = uniqueNamespace();
    open(one).add('a');
    open(two).add('z');
    expect(saved(one).data.tray).to.deep.equal(['a']);
    expect(saved(two).data.tray).to.deep.equal(['z']);
  });

  it('unusable saved values are dropped, the rest restored', () => {
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), record({ tray: ['a', 5, '', null, 'b'], notes: { a: 'ok', b: 7 } }));
    const shortlist = open(namespace);
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ a: 'ok' });
  });

  it('a restored tray is deduplicated and cut to tray.max', () => {
    // Bug report: persist() restores with slice.store.set(), bypassing tray.set(), so a saved
    // tray longer than tray.max (the retailer lowered it, or another tab/version wrote it) or
    // with duplicates is shown as is; the tray then holds more than its maximum.
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), record({ tray: ['a', 'a', 'b', 'c'], notes: {} }));
    const shortlist = open(namespace, { tray: { max: 2 } });
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
  });
});

describe('persistence: storage blocked', () => {
  it('persist() keeps state in memory and reports exactly one storage error', () => {
    const storage = new FakeStorage();
    storage.failGet = securityError;
    const { $tray, errors, persistence } = persistWith(storage);
    expect(persistence.where()).to.equal('memory');
    $tray.set(['a']);
    $tray.set(['a', 'b']);
    expect($tray.get()).to.deep.equal(['a', 'b']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('storage');
    expect(errors[0]!.field).to.equal('storage');
    expect(errors[0]!.message).to.include('memory');
    expect(storage.writes).to.equal(0);
  });

  it('createShortlist keeps the tray working when the browser blocks storage', async () => {
    stub(Storage.prototype, 'getItem', securityError as Storage['getItem']);
    const namespace = uniqueNamespace();
    const shortlist = open(namespace);
    const changes: Array<readonly string[]> = [];
    shortlist.on('tray-change', (event) => changes.push(event.ids));
    expect(shortlist.add('a')).to.equal('added');
    expect(shortlist.add('b')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
    expect(changes).to.deep.equal([['a'], ['a', 'b']]);
    await reported();
    expect(storageErrors()).to.have.length(1);
    restores.pop()!();
    expect(localStorage.getItem(storageKey(namespace))).to.equal(null);
  });

  it('an error found while starting reaches an error listener subscribed right after createShortlist', async () => {
    // Bug report: persist() reports blocked/corrupted/newer storage synchronously inside
    // createShortlist(), before anyone can call on('error', …) (the embed's queued
    // shortlist('on', 'error', fn) is replayed after creation too), so no listener ever gets it.
    stub(Storage.prototype, 'getItem', securityError as Storage['getItem']);
    const shortlist = open(uniqueNamespace());
    const errors: ShortlistError[] = [];
    shortlist.on('error', (event) => errors.push(event.error));
    await shortlist.ready;
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('storage');
  });
});

describe('persistence: storage full', () => {
  it('persist() keeps state in memory, reports one error and stops writing', () => {
    const storage = new FakeStorage();
    storage.failSet = quotaExceeded;
    const { $tray, errors, persistence } = persistWith(storage);
    $tray.set(['a']);
    expect(persistence.where()).to.equal('memory');
    $tray.set(['a', 'b']);
    $tray.set(['a', 'b', 'c']);
    expect($tray.get()).to.deep.equal(['a', 'b', 'c']);
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('storage');
    expect(errors[0]!.message).to.include('full');
    expect(storage.writes).to.equal(1);
  });

  it('createShortlist: the add that hit the quota still shows, and several more adds report no more errors', async () => {
    const namespace = uniqueNamespace();
    const shortlist = open(namespace);
    shortlist.add('a');
    const original = Storage.prototype.setItem;
    stub(Storage.prototype, 'setItem', function (this: Storage, key: string, value: string) {
      if (key === storageKey(namespace)) quotaExceeded();
      return original.call(this, key, value);
    });
    const errors: ShortlistError[] = [];
    shortlist.on('error', (event) => errors.push(event.error));

    expect(shortlist.add('b')).to.equal('added');
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
    await reported();
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('storage');
    expect(errors[0]!.message).to.include('full').and.include('memory');
    expect((errors[0]!.cause as DOMException).name).to.equal('QuotaExceededError');

    for (const id of ['c', 'd', 'e']) shortlist.add(id);
    notesOf(shortlist).setNote('c', 'still works');
    shortlist.remove('a');
    expect(shortlist.$tray.get()).to.deep.equal(['b', 'c', 'd', 'e']);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ c: 'still works' });
    await reported();
    expect(errors).to.have.length(1);
    // What was saved before the quota was hit is left as it was.
    expect(saved(namespace).data.tray).to.deep.equal(['a']);
  });
});

describe('persistence: corrupted record', () => {
  for (const text of ['{not json', '{"version":"x"}', 'null', '42', '[]']) {
    it(`${text}: one error, empty state, and the next change saves a valid record`, async () => {
      const namespace = uniqueNamespace();
      localStorage.setItem(storageKey(namespace), text);
      const shortlist = open(namespace);
      expect(shortlist.$tray.get()).to.deep.equal([]);
      expect(notesOf(shortlist).$notes.get()).to.deep.equal({});
      await reported();
      expect(storageErrors()).to.have.length(1);
      expect(storageErrors()[0]!.message).to.include(storageKey(namespace));

      shortlist.add('a');
      shortlist.add('b');
      expect(saved(namespace)).to.deep.equal({ version: RECORD_VERSION, data: { tray: ['a', 'b'], notes: {} } });
      expect(storageErrors()).to.have.length(1);
    });
  }

  it('persist() reports exactly one error for an unreadable record and then saves over it', () => {
    const storage = new FakeStorage();
    storage.data.set(storageKey('fake'), '{not json');
    const { $tray, errors, persistence } = persistWith(storage);
    expect(errors).to.have.length(1);
    expect(persistence.where()).to.equal('local');
    $tray.set(['a']);
    expect(JSON.parse(storage.data.get(storageKey('fake'))!)).to.deep.equal({ version: RECORD_VERSION, data: { tray: ['a'], notes: {} } });
    expect(errors).to.have.length(1);
  });
});

describe('persistence: versions', () => {
  it('migrates the v1 layout and saves the current layout on the next change', () => {
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), JSON.stringify({ version: 1, tray: ['a', 'b'], notes: { a: 'x' } }));
    const shortlist = open(namespace);
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'b']);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ a: 'x' });
    expect(storageErrors()).to.deep.equal([]);

    shortlist.add('c');
    expect(saved(namespace)).to.deep.equal({ version: RECORD_VERSION, data: { tray: ['a', 'b', 'c'], notes: { a: 'x' } } });
  });

  it('an unknown old layout starts empty without an error', () => {
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), JSON.stringify({ version: 0, items: ['a'] }));
    const shortlist = open(namespace);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    shortlist.add('b');
    expect(saved(namespace).version).to.equal(RECORD_VERSION);
  });

  it('a record from a newer version is not read and not overwritten', async () => {
    const namespace = uniqueNamespace();
    const newer = JSON.stringify({ version: RECORD_VERSION + 1, data: { tray: ['future'], notes: {} }, extra: { kept: true } });
    localStorage.setItem(storageKey(namespace), newer);
    let shortlist!: Shortlist;
    expect(() => (shortlist = open(namespace))).to.not.throw();
    expect(shortlist.$tray.get()).to.deep.equal([]);

    expect(shortlist.add('a')).to.equal('added');
    notesOf(shortlist).setNote('a', 'note');
    shortlist.remove('a');
    shortlist.add('b');
    expect(shortlist.$tray.get()).to.deep.equal(['b']);
    expect(localStorage.getItem(storageKey(namespace))).to.equal(newer);
    await reported();
    expect(storageErrors()).to.have.length(1);
    expect(storageErrors()[0]!.message).to.include('newer');
    expect(storageErrors()[0]!.expected).to.equal(`layout ${RECORD_VERSION} or older`);
  });

  it('persist() leaves a newer record untouched and reports one error', () => {
    const storage = new FakeStorage();
    const newer = record({ tray: ['future'] }, RECORD_VERSION + 1);
    storage.data.set(storageKey('fake'), newer);
    const { $tray, errors } = persistWith(storage);
    $tray.set(['a']);
    expect($tray.get()).to.deep.equal(['a']);
    expect(storage.data.get(storageKey('fake'))).to.equal(newer);
    expect(storage.writes).to.equal(0);
    expect(errors).to.have.length(1);
  });
});

describe('persistence: other tabs', () => {
  /** What the browser fires in this tab when another tab writes the record. */
  function otherTabWrites(namespace: string, newValue: string | null, storageArea: Storage = localStorage) {
    const key = storageKey(namespace);
    const oldValue = storageArea.getItem(key);
    if (newValue === null) storageArea.removeItem(key);
    else storageArea.setItem(key, newValue);
    window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea, url: location.href }));
  }

  it("shows the other tab's tray and notes, and announces the change", () => {
    const namespace = uniqueNamespace();
    const shortlist = open(namespace);
    shortlist.add('a');
    const changes: Array<readonly string[]> = [];
    shortlist.on('tray-change', (event) => changes.push(event.ids));

    otherTabWrites(namespace, record({ tray: ['a', 'x'], notes: { x: 'from the other tab' } }));
    expect(shortlist.$tray.get()).to.deep.equal(['a', 'x']);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({ x: 'from the other tab' });
    expect(changes).to.deep.equal([['a', 'x']]);
  });

  it('does not write back what another tab wrote', () => {
    const namespace = uniqueNamespace();
    open(namespace).add('a');
    let writes = 0;
    const original = Storage.prototype.setItem;
    otherTabWrites(namespace, record({ tray: ['b'], notes: {} }));
    stub(Storage.prototype, 'setItem', function (this: Storage, key: string, value: string) {
      writes++;
      return original.call(this, key, value);
    });
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey(namespace), newValue: record({ tray: ['c'], notes: {} }), storageArea: localStorage }));
    expect(writes).to.equal(0);
  });

  it('a removed record (newValue null) empties the tray', () => {
    const namespace = uniqueNamespace();
    const shortlist = open(namespace);
    shortlist.add('a');
    notesOf(shortlist).setNote('a', 'x');
    otherTabWrites(namespace, null);
    expect(shortlist.$tray.get()).to.deep.equal([]);
    expect(notesOf(shortlist).$notes.get()).to.deep.equal({});
  });

  it('ignores other keys, other storage areas and destroyed instances', () => {
    const namespace = uniqueNamespace();
    const other = uniqueNamespace();
    const shortlist = open(namespace);
    shortlist.add('a');
    otherTabWrites(other, record({ tray: ['other'], notes: {} }));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey(namespace), newValue: record({ tray: ['session'], notes: {} }), storageArea: sessionStorage }));
    expect(shortlist.$tray.get()).to.deep.equal(['a']);

    shortlist.destroy();
    otherTabWrites(namespace, record({ tray: ['late'], notes: {} }));
    expect(shortlist.$tray.get()).to.deep.equal(['a']);
  });
});

describe('persistence: storage modes', () => {
  it("'session' uses sessionStorage only", () => {
    const namespace = uniqueNamespace();
    const shortlist = open(namespace, { storage: 'session' });
    shortlist.add('a');
    expect(saved(namespace, sessionStorage)).to.deep.equal({ version: RECORD_VERSION, data: { tray: ['a'] } });
    expect(localStorage.getItem(storageKey(namespace))).to.equal(null);
    shortlist.destroy();
    expect(open(namespace, { storage: 'session' }).$tray.get()).to.deep.equal(['a']);
  });

  it("'none' writes nothing to either storage", () => {
    const namespace = uniqueNamespace();
    let touched = 0;
    const setItem = Storage.prototype.setItem;
    stub(Storage.prototype, 'setItem', function (this: Storage, key: string, value: string) {
      if (key.startsWith('shortlist:')) touched++;
      return setItem.call(this, key, value);
    });
    const shortlist = open(namespace, { storage: 'none' });
    shortlist.add('a');
    notesOf(shortlist).setNote('a', 'x');
    expect(shortlist.$tray.get()).to.deep.equal(['a']);
    expect(touched).to.equal(0);
    expect(localStorage.getItem(storageKey(namespace))).to.equal(null);
    expect(sessionStorage.getItem(storageKey(namespace))).to.equal(null);
    expect(storageErrors()).to.deep.equal([]);
  });

  it("'none' does not read a saved record either", () => {
    const namespace = uniqueNamespace();
    localStorage.setItem(storageKey(namespace), record({ tray: ['a'], notes: {} }));
    expect(open(namespace, { storage: 'none' }).$tray.get()).to.deep.equal([]);
  });
});
