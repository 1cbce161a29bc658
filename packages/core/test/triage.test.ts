import { expect } from '@esm-bundle/chai';
import { createShortlist, MAX_ID_LENGTH, readByProduct, storageKey, type Shortlist } from '../src/index.js';
import { triageOf, type Triage, type TriageMark } from '../src/compare/index.js';

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
      expect(JSON.parse(localStorage.getItem(storageKey(namespace))!).data.triage).to.deep.equal({ a: 'shortlisted' });
      expect(triageOf(second).$triage.get()).to.deep.equal({ a: 'shortlisted' });
    } finally {
      localStorage.removeItem(storageKey(namespace));
    }
  });
});

describe('readByProduct (triage marks)', () => {
  it('keeps only known marks on ids of 1–MAX_ID_LENGTH characters (a configured item\'s id is long)', () => {
    const saved = { a: 'shortlisted', b: 'eliminated', c: 'maybe', d: 1, '': 'eliminated', ['x'.repeat(MAX_ID_LENGTH)]: 'eliminated', ['y'.repeat(MAX_ID_LENGTH + 1)]: 'shortlisted' };
    expect(readByProduct(saved, isMark)).to.deep.equal({ a: 'shortlisted', b: 'eliminated', ['x'.repeat(MAX_ID_LENGTH)]: 'eliminated' });
  });

  it('reads nothing from what is not a record', () => {
    for (const saved of [undefined, null, 'shortlisted', 3, ['a'], true]) expect(readByProduct(saved, isMark), String(saved)).to.equal(undefined);
  });
});
