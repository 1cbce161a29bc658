/**
 * Waits, one task at a time, until `check` gives something truthy, and returns it; fails after
 * `timeout` ms naming `what`. For conditions no promise announces (another task, another
 * document, a timer of the code under test): tests wait for what they need, never for a time.
 */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export async function until<T>(check: () => T, what: string, timeout = 5000): Promise<Truthy<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value as Truthy<T>;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}
