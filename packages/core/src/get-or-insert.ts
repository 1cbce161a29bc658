/** What `getOrInsertComputed` needs of a map: `Map` and `WeakMap` both fit. */
interface KeyedValues<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value `map` holds for `key`, computed and stored on first use: the TC39 proposal
 * `Map.prototype.getOrInsertComputed`, until browsers ship it. Values are never undefined.
 */
export function getOrInsertComputed<K, V>(map: KeyedValues<K, V>, key: K, compute: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = compute(key)));
  return value;
}
