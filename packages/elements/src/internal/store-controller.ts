/**
 * Subscribes an element to one store of the page's Shortlist instance: re-renders on change,
 * waits for the instance if it is created later, and unsubscribes on disconnect (no leaks).
 */
import { globalHandle, type Shortlist } from '@shortlist/core';
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import type { ReadableAtom } from 'nanostores';

export class StoreController<T> implements ReactiveController {
  #stopInstance?: () => void;
  #stopStore?: () => void;
  #current: T;
  readonly #host: ReactiveControllerHost;
  readonly #select: (shortlist: Shortlist) => ReadableAtom<T>;
  readonly #fallback: T;

  constructor(host: ReactiveControllerHost, select: (shortlist: Shortlist) => ReadableAtom<T>, fallback: T) {
    this.#host = host;
    this.#select = select;
    this.#fallback = fallback;
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
      this.#stopStore = undefined;
      this.#current = this.#fallback;
      if (shortlist) {
        this.#stopStore = this.#select(shortlist).subscribe((value) => {
          this.#current = value;
          this.#host.requestUpdate();
        });
      } else {
        this.#host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.#stopInstance?.();
    this.#stopStore?.();
    this.#stopInstance = this.#stopStore = undefined;
  }
}
