/**
 * Subscribes an element to one store of the page's Shortlist instance: re-renders on change,
 * waits for the instance if it is created later, and unsubscribes on disconnect (no leaks).
 */
import { globalHandle, type Shortlist } from '@shortlist/core';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { atom, type ReadableAtom } from 'nanostores';

export class StoreController<T> implements ReactiveController {
  #stopInstance?: () => void;
  #stopStore?: () => void;
  #current: T;
  readonly #host: ReactiveControllerHost;
  readonly #select: (shortlist: Shortlist) => ReadableAtom<T>;
  /** The store read until the instance exists: it holds the fallback, and never changes. */
  readonly #fallback: ReadableAtom<T>;

  constructor(host: ReactiveControllerHost, select: (shortlist: Shortlist) => ReadableAtom<T>, fallback: T) {
    this.#host = host;
    this.#select = select;
    this.#fallback = atom(fallback);
    this.#current = fallback;
    host.addController(this);
  }

  /** The store's value, or the fallback until the instance exists. */
  get value(): T {
    return this.#current;
  }

  hostConnected(): void {
    this.#stopInstance = globalHandle().$instance.subscribe((shortlist) => {
      this.#stopStore?.();
      // Subscribing calls back at once: the value is current and an update is requested.
      this.#stopStore = (shortlist ? this.#select(shortlist) : this.#fallback).subscribe((value) => {
        this.#current = value;
        this.#host.requestUpdate();
      });
    });
  }

  hostDisconnected(): void {
    this.#stopInstance?.();
    this.#stopStore?.();
    this.#stopInstance = this.#stopStore = undefined;
  }
}
