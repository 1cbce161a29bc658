/**
 * Keeps the shopper's state in the browser only: one versioned record per retailer namespace.
 * Storage that is blocked, full or unreadable never stops the shopper: state carries on in
 * memory, and one problem is reported.
 */
import type { WritableAtom } from 'nanostores';

export type StorageMode = 'local' | 'session' | 'none';

/** The record's layout version. Bump it and add a migration when the layout changes. */
export const RECORD_VERSION = 2;

interface SavedRecord {
  version: number;
  [field: string]: unknown;
}

/**
 * Migrations from each older layout to the next. Version 1 (the 0.0.x previews) stored the
 * slices at the top level: `{ version: 1, tray: [...], notes: {...} }`.
 */
const MIGRATIONS: Record<number, (record: SavedRecord) => SavedRecord> = {
  1: ({ version: _version, ...data }) => ({ version: 2, data }),
};

/** One piece of persisted state: its store, and how to read it back safely. */
export interface Slice<T> {
  store: WritableAtom<T>;
  /** Returns the value to restore, or undefined when the saved value is unusable. */
  read(saved: unknown): T | undefined;
  /** The value after `forget()`. */
  empty: T;
}

/**
 * What went wrong with the browser's storage. `describeStorageProblem` (storage-problem.ts,
 * loaded with the first problem) words it as a `ShortlistError`.
 */
export interface StorageProblem {
  /** `blocked`: no storage at all; `unreadable`: the record was not ours and was reset; `newer`: written by a newer layout, left untouched; `full` / `refused`: a save failed; `read`: reading failed. */
  reason: 'blocked' | 'unreadable' | 'newer' | 'full' | 'refused' | 'read';
  mode: 'local' | 'session';
  key: string;
  /** The layout version found, for `newer`. */
  layout?: number;
  cause?: unknown;
}

export interface PersistOptions {
  namespace: string;
  mode: StorageMode;
  slices: Record<string, Slice<unknown>>;
  /** Called once, for the first problem: after it, state stays in memory. */
  onProblem(problem: StorageProblem): void;
  /** For tests: the storage to use instead of the browser's. */
  storage?: Storage;
}

export interface Persistence {
  /**
   * Adds a slice after start-up (a view's state, loaded with the view): it is restored from the
   * record at once and saved with it from then on. Until then its saved value is kept as it was.
   */
  add(name: string, slice: Slice<unknown>): void;
  /** Where state is kept now: the browser storage, or memory after a failure or by choice. */
  readonly where: () => 'local' | 'session' | 'memory';
  /** Erases the saved record and resets every slice. */
  forget(): void;
  /** Stops saving and listening to other tabs. */
  stop(): void;
}

export const storageKey = (namespace: string) => `shortlist:${namespace}`;

export function persist({ namespace, mode, slices: initial, onProblem, storage: injected }: PersistOptions): Persistence {
  const key = storageKey(namespace);
  const slices = { ...initial };
  /** The record's data as last read or saved: slices not added yet keep their saved value. */
  let data: Record<string, unknown> = {};
  let storage = mode === 'none' ? undefined : openStorage(mode, injected);
  let reported = false;
  let applying = false;

  const report = (reason: StorageProblem['reason'], details: Partial<StorageProblem> = {}) => {
    if (reported) return;
    reported = true;
    // Problems come only from a storage in use: with `none` nothing is opened, read or saved.
    onProblem({ reason, mode: mode as StorageProblem['mode'], key, ...details });
  };
  /** Reports the problem and keeps state in memory from now on. */
  const fail: typeof report = (reason, details) => {
    storage = undefined;
    report(reason, details);
  };

  if (mode !== 'none' && !storage) fail('blocked');

  /** Sets the slices from `data` (or empties them) without saving back what was just read. */
  const apply = (entries: Array<[string, Slice<unknown>]>) => {
    applying = true;
    try {
      for (const [name, slice] of entries) {
        const value = name in data ? slice.read(data[name]) : slice.empty;
        if (value !== undefined) slice.store.set(value);
      }
    } finally {
      applying = false;
    }
  };
  const applyAll = () => apply(Object.entries(slices));

  /** Applies a saved record to the stores; returns false when it must not be overwritten. */
  const restore = (text: string | null): boolean => {
    if (text === null) return true;
    let record: SavedRecord;
    try {
      record = JSON.parse(text);
      if (!record || typeof record !== 'object' || typeof record.version !== 'number') throw new TypeError('not a Shortlist record');
    } catch (cause) {
      // Unreadable: report it and start afresh; the next save replaces it.
      report('unreadable', { cause });
      return true;
    }
    if (record.version > RECORD_VERSION) {
      // Written by a newer Shortlist: leave it untouched for that version.
      fail('newer', { layout: record.version });
      return false;
    }
    // An unknown old layout has nothing we can read: start empty rather than guess.
    while (record.version < RECORD_VERSION) record = MIGRATIONS[record.version]?.(record) ?? { version: RECORD_VERSION };
    data = (record.data ?? {}) as Record<string, unknown>;
    applyAll();
    return true;
  };

  const save = () => {
    if (applying || !storage) return;
    data = { ...data, ...Object.fromEntries(Object.entries(slices).map(([name, slice]) => [name, slice.store.get()])) };
    try {
      storage.setItem(key, JSON.stringify({ version: RECORD_VERSION, data }));
    } catch (cause) {
      fail(cause instanceof DOMException && cause.name === 'QuotaExceededError' ? 'full' : 'refused', { cause });
    }
  };

  if (storage) {
    try {
      if (!restore(storage.getItem(key))) storage = undefined;
    } catch (cause) {
      fail('read', { cause });
    }
  }

  const unlisten = Object.values(slices).map((slice) => slice.store.listen(save));

  // Another tab changed the record: show its state here. sessionStorage is per tab, so only local.
  const onStorage = (event: StorageEvent) => {
    if (!storage || event.key !== key || event.storageArea !== storage) return;
    if (event.newValue !== null) restore(event.newValue);
    else {
      data = {};
      applyAll();
    }
  };
  if (mode === 'local') globalThis.addEventListener?.('storage', onStorage);

  return {
    add(name, slice) {
      slices[name] = slice;
      apply([[name, slice]]);
      unlisten.push(slice.store.listen(save));
    },
    where: () => (storage ? (mode as StorageProblem['mode']) : 'memory'),
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing more can be erased; memory is reset below.
      }
      data = {};
      applyAll();
    },
    stop() {
      unlisten.forEach((stop) => stop());
      globalThis.removeEventListener?.('storage', onStorage);
    },
  };
}

/** Opens the storage and proves it usable: Safari's private mode and blocked cookies throw here. */
function openStorage(mode: 'local' | 'session', injected?: Storage): Storage | undefined {
  try {
    const storage = injected ?? (mode === 'local' ? globalThis.localStorage : globalThis.sessionStorage);
    storage.getItem('shortlist:probe');
    return storage;
  } catch {
    return undefined;
  }
}
