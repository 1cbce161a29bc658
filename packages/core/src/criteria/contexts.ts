/**
 * The shopper's shopping contexts: named sets of criteria ("Business trip", "Family holiday"),
 * each for one category, and which one is active in each category. Two persisted records keyed
 * by id, so each item is replaced (and can be merged across tabs) on its own: `criteria` holds
 * the contexts by id, `criteria-active` the active context's id by category. Every change can be
 * undone while the page is open.
 */
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { isRecord } from '../model/values.js';
import type { Shortlist } from '../shortlist.js';
import type { Slice } from '../state/persist.js';
import { isSavedId } from '../state/tray.js';
import { readCriteria, type Criterion } from './criterion.js';

export interface CriteriaContext {
  name: string;
  /** The category whose products it ranks: a product's `category`, or `''` for the whole catalog. */
  category: string;
  /** The persona it was seeded from. */
  persona?: string;
  criteria: readonly Criterion[];
}

export type Contexts = Readonly<Record<string, CriteriaContext>>;
/** The active context's id by category. */
export type ActiveContexts = Readonly<Record<string, string>>;

export interface ContextsState {
  readonly $contexts: ReadableAtom<Contexts>;
  readonly $active: ReadableAtom<ActiveContexts>;
  /** How many changes can be undone. */
  readonly $undoable: ReadableAtom<number>;
  /**
   * Replaces the contexts and the active ones (undefined: unchanged). A `preview` (a slider
   * being dragged) is no step of its own: the change that ends it undoes to before it.
   */
  change(contexts: Contexts | undefined, active?: ActiveContexts, preview?: boolean): void;
  /** Goes back one change; false when there is none. */
  undo(): boolean;
}

/** Changes kept for undo. */
const HISTORY = 50;
/** The state with no entry (after "Forget my choices", and before any): compared by identity. */
const EMPTY = {};
const NAME = /^.{1,60}$/s;

/** A context read from untrusted input (a saved record, a share link); undefined when unusable. Unusable criteria are left out. */
export function readContext(value: unknown): CriteriaContext | undefined {
  if (!isRecord(value) || typeof value.name !== 'string' || !NAME.test(value.name) || typeof value.category !== 'string' || value.category.length > 64) return undefined;
  const { name, category, persona } = value;
  return { name, category, ...(typeof persona === 'string' && persona.length <= 64 && { persona }), criteria: readCriteria(value.criteria).criteria };
}

/** The next free context id: `c1`, `c2`… (local to this browser; never announced). */
export function nextId(contexts: Contexts): string {
  let count = 1;
  while (Object.hasOwn(contexts, `c${count}`)) count++;
  return `c${count}`;
}

/**
 * The contexts as persisted: one entry per context, so tabs merge context by context (a context
 * changed in one tab and another made in a second both stay). Unusable criteria are left out.
 */
const contextsSlice = (store: WritableAtom<Contexts>): Slice<Contexts> => ({
  store,
  entries: (contexts) => Object.entries(contexts),
  value: (entries) => (entries.length ? Object.fromEntries(entries.map(([id, value]) => [id, readContext(value)!])) : EMPTY),
  isEntry: (id, value) => isSavedId(id) && readContext(value) !== undefined,
});

/** The active contexts as persisted: one entry per category (`''`, the whole catalog, included). */
const activeSlice = (store: WritableAtom<ActiveContexts>): Slice<ActiveContexts> => ({
  store,
  entries: (active) => Object.entries(active),
  value: (entries) => (entries.length ? (Object.fromEntries(entries) as ActiveContexts) : EMPTY),
  isEntry: (category, id) => category.length <= 64 && isSavedId(id),
});

/** The contexts and active ones of an instance, persisted with its record. */
export function createContexts(shortlist: Shortlist): ContextsState {
  const $contexts = atom<Contexts>(EMPTY);
  const $active = atom<ActiveContexts>(EMPTY);
  const $undoable = atom(0);
  const history: Array<[Contexts, ActiveContexts]> = [];
  /** The state before a preview, while one lasts. */
  let before: [Contexts, ActiveContexts] | undefined;
  shortlist.addState('criteria', contextsSlice($contexts));
  shortlist.addState('criteria-active', activeSlice($active));
  // "Forget my choices" (or the last context removed in another tab) empties the contexts: nothing is left to undo either.
  $contexts.listen((contexts) => {
    if (contexts !== EMPTY) return;
    history.length = 0;
    before = undefined;
    $undoable.set(0);
  });
  return {
    $contexts,
    $active,
    $undoable,
    change(contexts, active, preview) {
      before ??= [$contexts.get(), $active.get()];
      if (!preview) {
        history.push(before);
        history.splice(0, history.length - HISTORY);
        before = undefined;
        $undoable.set(history.length);
      }
      if (contexts) $contexts.set(contexts);
      if (active) $active.set(active);
    },
    undo() {
      const last = before ?? history.pop();
      before = undefined;
      if (!last) return false;
      $undoable.set(history.length);
      $contexts.set(last[0]);
      $active.set(last[1]);
      return true;
    },
  };
}
