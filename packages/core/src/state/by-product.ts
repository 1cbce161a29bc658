/**
 * One value per product id (a note, a triage mark): the shape such state takes, is persisted
 * in and read back from. An absent key means "nothing set". A feature makes one in its setup
 * and adds its slice to the instance, so a product page never loads it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Slice } from './persist.js';
import { isSavedId } from './tray.js';

export type ByProduct<V> = Readonly<Record<string, V>>;

export interface ByProductState<V> {
  readonly $values: ReadableAtom<ByProduct<V>>;
  /** Sets the value of a product; undefined removes it. The same value again changes nothing. */
  set(id: string, value: V | undefined): void;
  /** Persists it: give it to `Shortlist.addState`. */
  readonly slice: Slice<ByProduct<V>>;
}

/** `record[key]` for own keys only: ids and attribute keys such as `constructor` are valid. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

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

/** A value per product, empty until restored from the shopper's record. */
export function byProductState<V>(isValue: (value: unknown) => value is V): ByProductState<V> {
  const $values = atom<ByProduct<V>>({});
  return {
    $values,
    set(id, value) {
      const values = $values.get();
      if (own(values, id) === value) return;
      const { [id]: _previous, ...others } = values;
      $values.set(value === undefined ? others : { ...others, [id]: value });
    },
    slice: byProductSlice($values, isValue),
  };
}
