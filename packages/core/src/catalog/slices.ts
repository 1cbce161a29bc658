/**
 * Long work in slices: work written as a generator, whose every `yield` is a point where it may
 * pause, runs until it has taken `sliceMs`, then hands the main thread back to the browser, so
 * a large catalog never blocks the shopper's input with one long task.
 */

/** Runs `steps` to the end at once. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs `steps` to the end, pausing whenever a slice has taken `sliceMs`. */
export async function runInSlices<T>(steps: Generator<void, T>, sliceMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}

/** `scheduler.yield()` where the browser has it (keeps our place in the queue), else a task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * `steps` that end early, at their next pause, once `stale()` holds: work for a state a newer
 * one has replaced, which the newer work does again with what is already done.
 */
export function* untilStale(steps: Generator<void>, stale: () => boolean): Generator<void> {
  for (let step = steps.next(); !step.done && !stale(); step = steps.next()) yield;
}
