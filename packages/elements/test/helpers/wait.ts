/** Polls `read` every 20 ms until it returns something other than undefined (at most `timeout` ms). */
export async function waitFor<T>(read: () => T | undefined, what: string, timeout = 10000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until `check` returns something truthy. */
export const until = (check: () => unknown, what: string, timeout?: number) => waitFor(() => (check() ? true : undefined), what, timeout);
