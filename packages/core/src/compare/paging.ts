/**
 * Which products a comparison shows when only a few columns fit (a phone shows two): the
 * pinned reference stays first, beside a window of the other products that the shopper slides.
 */
import type { Comparison } from './comparison.js';

/** Which of the other products show, counted from 1 (`first`–`last` of `count`). */
export interface Position {
  first: number;
  last: number;
  count: number;
}

/**
 * The columns of `comparison` when `columns` of them fit, showing the other products from
 * `start` (clamped so that the window is full); every product, and no position, when all fit.
 */
export function columnsShown({ keys, ref }: Comparison, columns: number | undefined, start = 0): { columns: readonly string[]; position?: Position } {
  const others = ref < 0 ? keys : keys.filter((_, index) => index !== ref);
  const room = Math.max(1, (columns ?? Infinity) - (ref < 0 ? 0 : 1));
  if (others.length <= room) return { columns: keys };
  const first = Math.max(0, Math.min(start, others.length - room));
  const shown = others.slice(first, first + room);
  return { columns: ref < 0 ? shown : [keys[ref]!, ...shown], position: { first: first + 1, last: first + room, count: others.length } };
}
