import { expect } from '@esm-bundle/chai';
import { atom } from 'nanostores';
import { byProductSlice, createShortlist, MAX_ID_LENGTH, storageKey, type Shortlist } from '../src/index.js';
import { triageOf, type Triage, type TriageMark } from '../src/compare/index.js';
import { readEntries } from '../src/state/merge.js';

let instances: Shortlist[] = [];
afterEach(() => {
  instances.forEach((shortlist) => shortlist.destroy());
  instances = [];
});

function start(namespace?: string): Shortlist {
  const shortlist = createShortlist({ storage: namespace ? 'local' : 'none', namespace, catalog: { jsonLd: false, cards: false } });
  instances.push(shortlist);
  return shortlist;
}

const isMark = (mark: unknown): mark is TriageMark => mark === 'shortlisted' || mark === 'eliminated';

describe('triageOf', () => {
  it('marks, re-marks and clears products', () => {
    const { $triage, mark } = triageOf(start());
    mark('a', 'shortlisted');
    mark('b', 'eliminated');
    expect($triage.get()).to.deep.equal({ a: 'shortlisted', b: 'eliminated' });
    mark('a', 'eliminated');
    expect($triage.get()).to.deep.equal({ a: 'eliminated', b: 'eliminated' });
    mark('b', undefined);
    expect($triage.get()).to.deep.equal({ a: 'eliminated' });
  });

  it('changes the store only when a mark changes', () => {
    const { $triage, mark } = triageOf(start());
    const seen: Triage[] = [];
    $triage.listen((value) => seen.push(value));
    mark('a', 'shortlisted');
    mark('a', 'shortlisted');
    mark('b', undefined);
    mark('a', undefined);
    // Ids named like Object's members are ids like any other.
    mark('constructor', undefined);
    mark('toString', 'eliminated');
    expect(seen).to.deep.equal([{ a: 'shortlisted' }, {}, { toString: 'eliminated' }]);
  });

  it('never mutates a value it handed out', () => {
    const { $triage, mark } = triageOf(start());
    mark('a', 'shortlisted');
    const before = $triage.get();
    mark('b', 'eliminated');
    mark('a', undefined);
    expect(before).to.deep.equal({ a: 'shortlisted' });
  });

  it('is one store per instance, announced as triage-change', () => {
    const shortlist = start();
    const events: unknown[] = [];
    shortlist.on('triage-change', (event) => events.push(event));
    triageOf(shortlist).mark('a', 'eliminated');
    expect(triageOf(shortlist).$triage.get()).to.deep.equal({ a: 'eliminated' });
    expect(triageOf(start()).$triage.get()).to.deep.equal({});
    expect(events).to.deep.equal([{ type: 'triage-change', id: 'a', mark: 'eliminated' }]);
  });

  it('is persisted with the record and restored when a later page asks for it', () => {
    const namespace = `triage-${Math.random().toString(36).slice(2, 10)}`;
    try {
      const first = start(namespace);
      first.add('a');
      triageOf(first).mark('a', 'shortlisted');
      first.destroy();
      const second = start(namespace);
      // Until a view asks, the marks wait in the record untouched, even across saves.
      second.add('b');
      expect(JSON.parse(localStorage.getItem(storageKey(namespace))!).data.triage).to.deep.equal({ a: [2, 'shortlisted'] });
      expect(triageOf(second).$triage.get()).to.deep.equal({ a: 'shortlisted' });
    } finally {
      localStorage.removeItem(storageKey(namespace));
    }
  });
});

describe('byProductSlice (triage marks, as saved)', () => {
  const { isEntry } = byProductSlice(atom({}), isMark);
  const read = (saved: unknown) => {
    const entries = readEntries(saved, isEntry);
    return entries && Object.fromEntries(entries);
  };

  it('keeps only known marks on ids of 1–MAX_ID_LENGTH characters (a configured item\'s id is long), and removed entries', () => {
    const saved = { a: [1, 'shortlisted'], b: [2, 'eliminated'], c: [3, 'maybe'], d: [4, 1], '': [5, 'eliminated'], ['x'.repeat(MAX_ID_LENGTH)]: [6, 'eliminated'], ['y'.repeat(MAX_ID_LENGTH + 1)]: [7, 'shortlisted'], e: [8] };
    expect(read(saved)).to.deep.equal({ a: [1, 'shortlisted'], b: [2, 'eliminated'], ['x'.repeat(MAX_ID_LENGTH)]: [6, 'eliminated'], e: [8] });
  });

  it('drops entries without a usable stamp', () => {
    expect(read({ a: 'shortlisted', b: [-1, 'eliminated'], c: [1.5, 'eliminated'], d: ['1', 'eliminated'], e: [], f: [1, 'eliminated', 'extra'], g: [2, 'shortlisted'] })).to.deep.equal({
      g: [2, 'shortlisted'],
    });
  });

  it('reads nothing from what is not an object of entries', () => {
    for (const saved of [undefined, null, 'shortlisted', 3, ['a'], true]) expect(read(saved), String(saved)).to.equal(undefined);
  });
});
