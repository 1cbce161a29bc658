/**
 * Typed events for the retailer's own code and analytics: `shortlist.on('tray-change', …)`.
 * Only what the shopper did in this browser; nothing leaves the page unless the retailer sends it.
 *
 * The centre's events are below; each feature adds its own by declaration merging
 * (`declare module '@shortlist/core' { interface ShortlistEventMap { … } }`) and names them in
 * its declaration, so `on` accepts them.
 */
import type { Catalog } from './catalog/normalize.js';
import type { ShortlistError } from './errors.js';
import { getOrInsertComputed } from './get-or-insert.js';

export interface ShortlistEventMap {
  /** The tray's items changed, here or in another tab. */
  'tray-change': { ids: readonly string[] };
  'item-add': { id: string };
  'item-remove': { id: string };
  /** An add was refused because the tray is at its maximum. */
  'tray-full': { id: string; max: number };
  /** The catalog finished loading; `issues` lists what was wrong and left out. */
  'catalog-ready': { count: number; issues: Catalog['issues'] };
  /** Something failed; the SDK keeps working. */
  error: { error: ShortlistError };
}

export type ShortlistEventType = keyof ShortlistEventMap;
export type ShortlistEvent<K extends ShortlistEventType = ShortlistEventType> = { type: K } & ShortlistEventMap[K];
export type Listener<K extends ShortlistEventType> = (event: ShortlistEvent<K>) => void;

export interface Emitter {
  /** Subscribes; returns the function that unsubscribes. */
  on<K extends ShortlistEventType>(type: K, listener: Listener<K>): () => void;
  emit<K extends ShortlistEventType>(type: K, detail: ShortlistEventMap[K]): void;
}

export function createEmitter(): Emitter {
  const listeners = new Map<string, Set<Listener<never>>>();
  return {
    on(type, listener) {
      const set = getOrInsertComputed(listeners, type, () => new Set());
      set.add(listener as Listener<never>);
      return () => set.delete(listener as Listener<never>);
    },
    emit(type, detail) {
      const event = { type, ...detail } as never;
      for (const listener of [...(listeners.get(type) ?? [])]) {
        // A failing analytics listener must not break the shopper's action or other listeners.
        try {
          listener(event);
        } catch (error) {
          console.error(error);
        }
      }
    },
  };
}
