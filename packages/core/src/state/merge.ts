/**
 * How the shopper's state merges across tabs. Each slice is saved as entries (a tray item, a
 * note, a triage mark), and every entry carries a stamp from a logical clock that only counts
 * up (no time is stored):
 *
 *     "tray": { "sku-1": [3, true], "sku-7": [5, true], "sku-2": [4] }
 *
 * `[stamp, value]` is an entry; `[stamp]` a removed one, whose stamp is that of the entry the
 * removing tab had seen. Two copies merge entry by entry: the later stamp wins, and at equal
 * stamps a removal wins. So a removal wins only over what the removing tab had seen — an
 * entry added or changed meanwhile in another tab has a later stamp and stays — and every tab
 * that merges the same copies, in any order, ends with the same state. Ordered slices (the
 * tray) are ordered by stamp.
 */

/** `[stamp, value]`, or `[stamp]` for a removed entry. Values are JSON. */
export type Entry = readonly [stamp: number, value?: unknown];
export type Entries = ReadonlyMap<string, Entry>;
export type KeyValue = readonly [key: string, value: unknown];

/**
 * Removed entries kept per slice, the latest ones: enough for any tab that is still open to
 * learn of a removal, without the record growing with every product ever removed.
 */
export const MAX_REMOVED = 200;

const isStamp = (stamp: unknown): stamp is number => Number.isSafeInteger(stamp) && (stamp as number) >= 0;
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads a slice as saved: undefined when it is not an object of entries at all; an entry that
 * is malformed, or whose key and value `isEntry` refuses, is dropped.
 */
export function readEntries(saved: unknown, isEntry: (key: string, value: unknown) => boolean): Map<string, Entry> | undefined {
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const entries = new Map<string, Entry>();
  for (const [key, entry] of Object.entries(saved)) {
    if (!Array.isArray(entry) || !isStamp(entry[0]) || entry.length > 2) continue;
    if (entry.length === 1) entries.set(key, [entry[0]]);
    else if (isEntry(key, entry[1])) entries.set(key, [entry[0], entry[1]]);
  }
  return entries;
}

/**
 * The entries after a change made in this tab, from those it had `seen` to `now` (key, value,
 * in order when `ordered`): a new or changed value takes the next stamp, a removal keeps the
 * stamp it had seen. When the stamps no longer give the order `now` has (an item moved), every
 * entry takes a new stamp, in order.
 */
export function changed(seen: Entries, now: readonly KeyValue[], stamp: () => number, ordered: boolean): Map<string, Entry> {
  const next = new Map<string, Entry>();
  for (const [key, value] of now) {
    const entry = seen.get(key);
    next.set(key, entry && entry.length > 1 && same(entry[1], value) ? entry : [stamp(), value]);
  }
  if (ordered && present(next).some(([key], index) => key !== now[index]![0])) {
    for (const [key, value] of now) next.set(key, [stamp(), value]);
  }
  for (const [key, [stamp]] of seen) if (!next.has(key)) next.set(key, [stamp]);
  return next;
}

/** Both copies merged (see the top of this file); the oldest removed entries beyond `MAX_REMOVED` are dropped. */
export function merge(mine: Entries, theirs: Entries): Map<string, Entry> {
  const merged = new Map(mine);
  for (const [key, entry] of theirs) {
    const own = merged.get(key);
    if (!own || wins(entry, own)) merged.set(key, entry);
  }
  const removed = [...merged].filter(([, entry]) => entry.length < 2).sort(([a, x], [b, y]) => (before(a, x, b, y) ? -1 : 1));
  for (const [key] of removed.slice(0, removed.length - MAX_REMOVED)) merged.delete(key);
  return merged;
}

/** Whether `entry` replaces `own`: a later stamp; at the same stamp a removal, then the greater value, so that every tab chooses alike. */
function wins([stamp, value]: Entry, [ownStamp, ownValue]: Entry): boolean {
  if (stamp !== ownStamp) return stamp > ownStamp;
  if (ownValue === undefined) return false;
  return value === undefined || JSON.stringify(value) > JSON.stringify(ownValue);
}

/** Stamp order; equal stamps (two tabs at once) in key order. */
const before = (key: string, [stamp]: Entry, otherKey: string, [otherStamp]: Entry) => stamp < otherStamp || (stamp === otherStamp && key < otherKey);

/** The entries that are not removed, in stamp order. */
export const present = (entries: Entries): KeyValue[] =>
  [...entries]
    .filter(([, entry]) => entry.length > 1)
    .sort(([a, x], [b, y]) => (before(a, x, b, y) ? -1 : 1))
    .map(([key, [, value]]) => [key, value]);

/** Whether two copies hold the same entries. */
export const sameEntries = (a: Entries, b: Entries) =>
  a.size === b.size && [...a].every(([key, [stamp, value]]) => b.get(key)?.[0] === stamp && same(b.get(key)![1], value));

/** The highest stamp. */
export const highest = (entries: Entries) => Math.max(0, ...[...entries.values()].map(([stamp]) => stamp));
