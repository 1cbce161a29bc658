/** The tray: the ordered ids the shopper chose to compare. */
import { atom, type WritableAtom } from 'nanostores';
import { MAX_ID_LENGTH } from '../model/limits.js';
import type { Slice } from './persist.js';

/** What happens when the shopper adds to a full tray. */
export type WhenFull = 'reject' | 'replace-oldest';

export interface TrayOptions {
  max: number;
  whenFull: WhenFull;
}

/** The outcome of an add: it tells the UI what to show. */
export type AddResult = 'added' | 'present' | 'full';

export interface Tray {
  readonly $items: WritableAtom<readonly string[]>;
  add(id: string): AddResult;
  remove(id: string): boolean;
  clear(): void;
  /** Replaces all items (restoring a saved or shared tray): deduplicated and cut to the maximum. */
  set(ids: readonly string[]): void;
  isFull(): boolean;
}

/** Tray items as the tray keeps them: each id once, at most `max`. */
export const trayItems = (ids: readonly string[], max: number): string[] => [...new Set(ids)].slice(0, max);

/** A product id as state keeps it: 1–`MAX_ID_LENGTH` characters (a configured item's id is long). */
export const isSavedId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID_LENGTH;

/**
 * The tray as persisted: one entry per item, in tray order, so tabs merge item by item (see
 * merge.ts). Items added in two tabs at once can make the merged tray longer than `max`: it
 * keeps the first `max`, or the newest when the oldest give way.
 */
export function traySlice({ $items }: Tray, { max, whenFull }: TrayOptions): Slice<readonly string[]> {
  return {
    store: $items,
    ordered: true,
    entries: (ids) => ids.map((id) => [id, true]),
    value(entries) {
      const ids = entries.map(([id]) => id);
      return whenFull === 'replace-oldest' ? ids.slice(-max) : ids.slice(0, max);
    },
    isEntry: (id, value) => isSavedId(id) && value === true,
  };
}

export function createTray({ max, whenFull }: TrayOptions): Tray {
  const $items = atom<readonly string[]>([]);
  const tray: Tray = {
    $items,
    add(id) {
      const items = $items.get();
      if (items.includes(id)) return 'present';
      if (items.length < max) $items.set([...items, id]);
      else if (whenFull === 'replace-oldest') $items.set([...items.slice(items.length - max + 1), id]);
      else return 'full';
      return 'added';
    },
    remove(id) {
      const items = $items.get();
      if (!items.includes(id)) return false;
      $items.set(items.filter((item) => item !== id));
      return true;
    },
    clear() {
      if ($items.get().length > 0) $items.set([]);
    },
    set(ids) {
      const next = trayItems(ids, max);
      const items = $items.get();
      if (next.length !== items.length || next.some((id, index) => id !== items[index])) $items.set(next);
    },
    isFull: () => $items.get().length >= max && whenFull === 'reject',
  };
  return tray;
}
