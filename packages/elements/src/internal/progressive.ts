/**
 * Renders a large view over several tasks, so that no task grows with its size: the host
 * renders a first part, then asks for each next step after the browser has painted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Progressive implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #scheduled = false;
  #pending?: { done: Promise<void>; resolve(): void };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Settles once the host calls `finish()`: undefined while nothing is left to render. */
  get done(): Promise<void> | undefined {
    return this.#pending?.done;
  }

  /** Runs `step` after the next frame (without frames, as on a hidden page, soon anyway), then updates the host; once per frame however often it is asked. */
  schedule(step: () => void): void {
    if (!this.#pending) {
      let resolve!: () => void;
      const done = new Promise<void>((settle) => (resolve = settle));
      this.#pending = { done, resolve };
    }
    if (this.#scheduled) return;
    this.#scheduled = true;
    let started = false;
    const run = () => {
      if (started) return;
      started = true;
      setTimeout(() => {
        this.#scheduled = false;
        // Disconnected meanwhile: nothing to render.
        if (!this.#pending) return;
        step();
        this.#host.requestUpdate();
      });
    };
    requestAnimationFrame(run);
    setTimeout(run, 100);
  }

  /** Resolves as `update()` (the host's own `updateComplete`) once the steps asked meanwhile are rendered too: so `updateComplete` means "all there". */
  async complete(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    while (this.done) {
      await this.done;
      result = await update();
    }
    return result;
  }

  /** Everything is rendered (or nothing will be): settles `done`. */
  finish(): void {
    this.#pending?.resolve();
    this.#pending = undefined;
  }

  hostDisconnected(): void {
    this.finish();
  }
}
