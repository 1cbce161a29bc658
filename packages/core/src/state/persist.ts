/**
 * Keeps the shopper's state in the browser only: one versioned record per retailer namespace.
 * Storage that is blocked, full or unreadable never stops the shopper: state carries on in
 * memory, and one error is reported.
 */
import type { WritableAtom } from 'nanostores';
import { ShortlistError } from '../errors.js';

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

export interface PersistOptions {
  namespace: string;
  mode: StorageMode;
  slices: Record<string, Slice<unknown>>;
  onError(error: ShortlistError): void;
  /** For tests: the storage to use instead of the browser's. */
  storage?: Storage;
}

export interface Persistence {
  /** Where state is kept now: the browser storage, or memory after a failure or by choice. */
  readonly where: () => 'local' | 'session' | 'memory';
  /** Erases the saved record and resets every slice. */
  forget(): void;
  /** Stops saving and listening to other tabs. */
  stop(): void;
}

export const storageKey = (namespace: string) => `shortlist:${namespace}`;

export function persist({ namespace, mode, slices, onError, storage: injected }: PersistOptions): Persistence {
  const key = storageKey(namespace);
  let storage = mode === 'none' ? undefined : openStorage(mode, injected);
  let reported = false;
  let applying = false;

  const fail = (summary: string, cause?: unknown, expected?: string) => {
    storage = undefined;
    if (reported) return;
    reported = true;
    onError(new ShortlistError(`${summary}; the shopper's choices are kept in memory for this page`, {
      code: 'storage',
      field: 'storage',
      expected,
      docs: 'privacy.md#storage',
      cause,
    }));
  };

  if (mode !== 'none' && !storage) fail(`${mode}Storage is not available (blocked by the browser or its settings)`);

  /** Sets every slice without saving back what was just read. */
  const apply = (valueOf: (slice: Slice<unknown>, name: string) => unknown) => {
    applying = true;
    try {
      for (const [name, slice] of Object.entries(slices)) {
        const value = valueOf(slice, name);
        if (value !== undefined) slice.store.set(value);
      }
    } finally {
      applying = false;
    }
  };

  /** Applies a saved record to the stores; returns false when it must not be overwritten. */
  const restore = (text: string | null): boolean => {
    if (text === null) return true;
    let record: SavedRecord;
    try {
      record = JSON.parse(text);
      if (!record || typeof record !== 'object' || typeof record.version !== 'number') throw new TypeError('not a Shortlist record');
    } catch (cause) {
      // Unreadable: report it and start afresh; the next save replaces it.
      if (!reported) {
        reported = true;
        onError(new ShortlistError(`the saved state in ${mode}Storage "${key}" is unreadable and was reset`, { code: 'storage', field: 'storage', docs: 'privacy.md#storage', cause }));
      }
      return true;
    }
    if (record.version > RECORD_VERSION) {
      // Written by a newer Shortlist: leave it untouched for that version.
      fail(`the saved state "${key}" was written by a newer Shortlist (layout ${record.version}) and is left untouched`, undefined, `layout ${RECORD_VERSION} or older`);
      return false;
    }
    // An unknown old layout has nothing we can read: start empty rather than guess.
    while (record.version < RECORD_VERSION) record = MIGRATIONS[record.version]?.(record) ?? { version: RECORD_VERSION };
    const data = (record.data ?? {}) as Record<string, unknown>;
    apply((slice, name) => (name in data ? slice.read(data[name]) : slice.empty));
    return true;
  };

  const save = () => {
    if (applying || !storage) return;
    const data = Object.fromEntries(Object.entries(slices).map(([name, slice]) => [name, slice.store.get()]));
    try {
      storage.setItem(key, JSON.stringify({ version: RECORD_VERSION, data }));
    } catch (cause) {
      const full = cause instanceof DOMException && cause.name === 'QuotaExceededError';
      fail(`${mode}Storage ${full ? 'is full' : 'refused to save'}`, cause);
    }
  };

  if (storage) {
    try {
      if (!restore(storage.getItem(key))) storage = undefined;
    } catch (cause) {
      fail(`${mode}Storage could not be read`, cause);
    }
  }

  const unlisten = Object.values(slices).map((slice) => slice.store.listen(save));

  // Another tab changed the record: show its state here. sessionStorage is per tab, so only local.
  const onStorage = (event: StorageEvent) => {
    if (!storage || event.key !== key || event.storageArea !== storage) return;
    if (event.newValue === null) apply((slice) => slice.empty);
    else restore(event.newValue);
  };
  if (mode === 'local') globalThis.addEventListener?.('storage', onStorage);

  return {
    where: () => (storage ? (mode as 'local' | 'session') : 'memory'),
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing more can be erased; memory is reset below.
      }
      apply((slice) => slice.empty);
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
