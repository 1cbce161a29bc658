/**
 * One value per product id (a note, a triage mark): the shape such state takes, is persisted
 * in and read back from. An absent key means "nothing set". Views create it on first use, so
 * a product page never loads it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';

export type ByProduct<V> = Readonly<Record<string, V>>;

export interface ByProductState<V> {
  readonly $values: ReadableAtom<ByProduct<V>>;
  /** Sets the value of a product; undefined removes it. The same value again changes nothing. */
  set(id: string, value: V | undefined): void;
}

const MAX_ID_LENGTH = 128;

/** `record[key]` for own keys only: ids and attribute keys such as `constructor` are valid. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

const created = new WeakMap<Shortlist, Map<string, ByProductState<unknown>>>();

/** Reads a persisted record, keeping only usable values on ids of 1–128 characters. */
export function readByProduct<V>(saved: unknown, isValue: (value: unknown) => value is V): Record<string, V> | undefined {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  return Object.fromEntries(Object.entries(saved).filter((entry): entry is [string, V] => entry[0].length > 0 && entry[0].length <= MAX_ID_LENGTH && isValue(entry[1])));
}

/** The instance's state `name`, persisted with its record; created (and restored) on first use. */
export function byProductState<V>(shortlist: Shortlist, name: string, isValue: (value: unknown) => value is V): ByProductState<V> {
  let states = created.get(shortlist);
  if (!states) created.set(shortlist, (states = new Map()));
  let state = states.get(name) as ByProductState<V> | undefined;
  if (!state) {
    const $values = atom<ByProduct<V>>({});
    shortlist.addState(name, { store: $values, read: (saved) => readByProduct(saved, isValue), empty: {} });
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
