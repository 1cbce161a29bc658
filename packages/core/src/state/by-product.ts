/**
 * One value per product id (a note, a triage mark): the shape such state takes, is persisted
 * in and read back from. An absent key means "nothing set". A feature makes one in its setup
 * and adds its slice to the instance, so a product page never loads it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { MAX_ID_LENGTH } from '../model/limits.js';
import type { Slice } from './persist.js';

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

/** Reads a persisted record, keeping only usable values on ids of 1–`MAX_ID_LENGTH` characters. */
export function readByProduct<V>(saved: unknown, isValue: (value: unknown) => value is V): Record<string, V> | undefined {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  return Object.fromEntries(Object.entries(saved).filter((entry): entry is [string, V] => entry[0].length > 0 && entry[0].length <= MAX_ID_LENGTH && isValue(entry[1])));
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
    slice: { store: $values, read: (saved) => readByProduct(saved, isValue), empty: {} },
  };
}
