/**
 * Keeps the shopper's state in the browser only: one versioned record per retailer namespace,
 * shared by the tabs of the site. Each tab merges its changes into the record instead of
 * writing over it (see merge.ts), so tabs never lose each other's changes and end up showing
 * the same state. Storage that is blocked, full or unreadable never stops the shopper: state
 * carries on in memory, and one problem is reported.
 */
import type { WritableAtom } from 'nanostores';
import { changed, highest, merge, present, readEntries, sameEntries, type Entries, type KeyValue } from './merge.js';

export type StorageMode = 'local' | 'session' | 'none';

/** The record's layout version. Bump it and add a migration when the layout changes. */
export const RECORD_VERSION = 3;

interface SavedRecord {
  version: number;
  [field: string]: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/**
 * Migrations from each older layout to the next. Layout 1 (the 0.0.x previews) kept the slices
 * at the top level: `{ version: 1, tray: [...], notes: {...} }`. Layout 2 kept plain values,
 * `{ version: 2, data: { tray: [...], notes: {...} } }`: a list's items become entries in
 * their order, an object's keys entries (a value of another kind is left to be found unreadable).
 */
const MIGRATIONS: Record<number, (record: SavedRecord) => SavedRecord> = {
  1: ({ version: _version, ...data }) => ({ version: 2, data }),
  2: ({ data }) => ({
    version: 3,
    data: isObject(data)
      ? Object.fromEntries(
          Object.entries(data).map(([name, value]) => [
            name,
            Array.isArray(value)
              ? Object.fromEntries(value.flatMap((item, index) => (typeof item === 'string' ? [[item, [index + 1, true]]] : [])))
              : isObject(value)
                ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, [1, item]]))
                : value,
          ]),
        )
      : data,
  }),
};

/**
 * One piece of persisted state: its store, and how it breaks into entries, the unit in which
 * tabs merge it (see merge.ts). A slice chooses what one entry is — a tray item, a note per
 * product, later a criterion or a configured product — and so how concurrent changes combine.
 */
export interface Slice<T> {
  store: WritableAtom<T>;
  /** The state as entries: a key and a JSON value each, in order when `ordered`. */
  entries(state: T): readonly KeyValue[];
  /** The state made of entries (usable ones, in stamp order): restored, merged, or `[]` after `forget()`. */
  value(entries: readonly KeyValue[]): T;
  /** Whether a saved entry is usable; others are dropped as the record is read. */
  isEntry(key: string, value: unknown): boolean;
  /** The order of the entries is part of the state (the tray's items). */
  ordered?: boolean;
}

/**
 * What went wrong with the browser's storage. `describeStorageProblem` (storage-problem.ts,
 * loaded with the first problem) words it as a `ShortlistError`.
 */
export interface StorageProblem {
  /**
   * `blocked`: no storage at all; `unreadable`: the record (or `slice` of it) was not ours and
   * is started afresh; `older`: a layout this version cannot read, started afresh; `newer`:
   * written by a newer layout, left untouched; `full` / `refused`: a save failed; `read`:
   * reading failed.
   */
  reason: 'blocked' | 'unreadable' | 'older' | 'newer' | 'full' | 'refused' | 'read';
  mode: 'local' | 'session';
  key: string;
  /** The layout version found, for `older` and `newer`. */
  layout?: number;
  /** The slice that was unreadable, when the rest of the record was fine. */
  slice?: string;
  cause?: unknown;
}

export interface PersistOptions {
  namespace: string;
  mode: StorageMode;
  slices: Record<string, Slice<unknown>>;
  /** Called once, for the first problem. */
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

const NONE: Entries = new Map();

export function persist({ namespace, mode, slices: initial, onProblem, storage: injected }: PersistOptions): Persistence {
  const key = storageKey(namespace);
  const slices = new Map(Object.entries(initial));
  /** Each slice's entries as this tab knows them: read from the record, or changed here. */
  const known = new Map<string, Entries>();
  /** The logical clock: at or above every stamp this tab has seen. */
  let clock = 0;
  /** The clock when this tab last read or saved the record: what it knew up to there was saved. */
  let synced = 0;
  // A server rendering the page has no storage at all: there, as with `none`, state lives in memory.
  const off = mode === 'none' || (!injected && !(`${mode}Storage` in globalThis));
  let storage = off ? undefined : openStorage(mode, injected);
  let reported = false;
  let applying = false;

  const report = (reason: StorageProblem['reason'], details: Partial<StorageProblem> = {}) => {
    if (reported) return;
    reported = true;
    // Problems come only from a storage in use: without one nothing is opened, read or saved.
    onProblem({ reason, mode: mode as StorageProblem['mode'], key, ...details });
  };
  /** Reports the problem and keeps state in memory from now on. */
  const fail: typeof report = (reason, details) => {
    storage = undefined;
    report(reason, details);
  };

  if (!off && !storage) fail('blocked');

  /**
   * The record's slices as saved: null when there is no record, undefined when this tab must not
   * use it (it could not be read, or a newer Shortlist wrote it). A record that is not ours, or
   * of a layout too old to read, is reported and counts as empty: the next change replaces it.
   */
  const read = (): Record<string, unknown> | null | undefined => {
    let text: string | null;
    try {
      text = storage!.getItem(key);
    } catch (cause) {
      fail('read', { cause });
      return undefined;
    }
    if (text === null) return null;
    let record: SavedRecord;
    try {
      record = JSON.parse(text);
    } catch (cause) {
      report('unreadable', { cause });
      return {};
    }
    if (!isObject(record) || typeof record.version !== 'number') {
      report('unreadable');
      return {};
    }
    if (record.version > RECORD_VERSION) {
      // Written by a newer Shortlist: leave it untouched for that version.
      fail('newer', { layout: record.version });
      return undefined;
    }
    for (let layout = record.version; layout < RECORD_VERSION; layout = record.version) {
      const migrate = MIGRATIONS[layout];
      if (!migrate) {
        report('older', { layout });
        return {};
      }
      record = migrate(record);
    }
    if (isObject(record.data)) return record.data;
    report('unreadable');
    return {};
  };

  /** A slice as saved; each is checked on its own, so one unreadable slice costs only itself. */
  const readSlice = (name: string, slice: Slice<unknown>, saved: unknown): Entries => {
    if (saved === undefined) return NONE;
    const entries = readEntries(saved, slice.isEntry);
    if (!entries) report('unreadable', { slice: name });
    return entries ?? NONE;
  };

  /** Shows entries in a slice's store without taking it for a change made here. */
  const show = (slice: Slice<unknown>, entries: Entries) => {
    applying = true;
    try {
      slice.store.set(slice.value(present(entries)));
    } finally {
      applying = false;
    }
  };

  /**
   * Reads the record, makes this tab's `change` (its stamps above every one seen), merges the
   * two, saves what the record lacks and shows what this tab lacked. A record that has gone
   * (`forget()` in another tab) takes with it everything this tab had saved.
   */
  const sync = (change?: () => void) => {
    if (!storage) return;
    const data = read();
    if (data === undefined) return;
    const theirs = new Map([...slices].map(([name, slice]) => [name, readSlice(name, slice, data?.[name])]));
    for (const entries of theirs.values()) clock = Math.max(clock, highest(entries));
    change?.();
    const record: Record<string, unknown> = { ...data };
    let changes = false;
    for (const [name, slice] of slices) {
      const mine = known.get(name) ?? NONE;
      const saved = theirs.get(name)!;
      const merged = merge(data ? mine : new Map([...mine].filter(([, [stamp]]) => stamp > synced)), saved);
      known.set(name, merged);
      record[name] = Object.fromEntries(merged);
      changes ||= !sameEntries(merged, saved);
      if (!sameEntries(merged, mine)) show(slice, merged);
    }
    if (changes) {
      try {
        storage.setItem(key, JSON.stringify({ version: RECORD_VERSION, data: record }));
      } catch (cause) {
        fail(cause instanceof DOMException && cause.name === 'QuotaExceededError' ? 'full' : 'refused', { cause });
      }
    }
    synced = clock;
  };

  const stamp = () => ++clock;
  const listen = (name: string, slice: Slice<unknown>) =>
    slice.store.listen((state) => {
      if (!applying) sync(() => known.set(name, changed(known.get(name) ?? NONE, slice.entries(state), stamp, !!slice.ordered)));
    });

  sync();
  const unlisten = [...slices].map(([name, slice]) => listen(name, slice));

  // Another tab changed the record (or cleared storage): merge what is there now, which may be
  // newer than the event. A page back from the back/forward cache missed such events.
  // sessionStorage is per tab, so only local.
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea === storage && (event.key === key || event.key === null)) sync();
  };
  const onShow = (event: PageTransitionEvent) => event.persisted && sync();
  if (mode === 'local') {
    globalThis.addEventListener?.('storage', onStorage);
    globalThis.addEventListener?.('pageshow', onShow);
  }

  return {
    add(name, slice) {
      slices.set(name, slice);
      sync();
      unlisten.push(listen(name, slice));
    },
    where: () => (storage ? (mode as StorageProblem['mode']) : 'memory'),
    forget() {
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing more can be erased; memory is reset below.
      }
      for (const [name, slice] of slices) {
        known.set(name, NONE);
        show(slice, NONE);
      }
    },
    stop() {
      unlisten.forEach((stop) => stop());
      globalThis.removeEventListener?.('storage', onStorage);
      globalThis.removeEventListener?.('pageshow', onShow);
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
