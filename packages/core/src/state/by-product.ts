/**
 * One value per product id (a note, a triage mark): the shape such state takes, is persisted
 * in and read back from. An absent key means "nothing set". Views create it on first use, so
 * a product page never loads it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';
import type { Slice } from './persist.js';
import { isSavedId } from './tray.js';

export type ByProduct<V> = Readonly<Record<string, V>>;

export interface ByProductState<V> {
  readonly $values: ReadableAtom<ByProduct<V>>;
  /** Sets the value of a product; undefined removes it. The same value again changes nothing. */
  set(id: string, value: V | undefined): void;
}

/** `record[key]` for own keys only: ids and attribute keys such as `constructor` are valid. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const created = new WeakMap<Shortlist, Map<string, ByProductState<unknown>>>();

/**
 * Values by product as persisted: one entry per product, so tabs merge product by product
 * (see merge.ts): a note written in one tab and a note on another product written in another
 * both stay; two tabs changing the same note keep the later change.
 */
export function byProductSlice<V>(store: Slice<ByProduct<V>>['store'], isValue: (value: unknown) => value is V): Slice<ByProduct<V>> {
  return {
    store,
    entries: (values) => Object.entries(values),
    value: (entries) => Object.fromEntries(entries) as ByProduct<V>,
    isEntry: (id, value) => isSavedId(id) && isValue(value),
  };
}

/** The instance's state `name`, persisted with its record; created (and restored) on first use. */
export function byProductState<V>(shortlist: Shortlist, name: string, isValue: (value: unknown) => value is V): ByProductState<V> {
  let states = created.get(shortlist);
  if (!states) created.set(shortlist, (states = new Map()));
  let state = states.get(name) as ByProductState<V> | undefined;
  if (!state) {
    const $values = atom<ByProduct<V>>({});
    shortlist.addState(name, byProductSlice($values, isValue));
    state = {
      $values,
      set(id, value) {
        const values = $values.get();
        if (own(values, id) === value) return;
        const { [id]: _previous, ...others } = values;
        $values.set(value === undefined ? others : { ...others, [id]: value });
      },
    };
    states.set(name, state as ByProductState<unknown>);
  }
  return state;
}
