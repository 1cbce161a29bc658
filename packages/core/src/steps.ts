/**
 * Long work written as a generator of steps (each `yield` is a point where it may pause): run to
 * completion at once, or in slices that give the main thread back between them, so a large
 * catalog never blocks the shopper's input with one long task.
 */

/** Runs every step now and returns the result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, pausing whenever they have run for `sliceMs`; without a pause when they are few. */
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

/** Gives the main thread back: `scheduler.yield()` where the browser has it (keeps our place in the queue), else a task. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
