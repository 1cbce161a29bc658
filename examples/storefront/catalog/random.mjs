/**
 * A small seeded PRNG (mulberry32) with the helpers the catalog needs. Seeded so that every
 * run writes the same catalog: tests and screenshots can rely on ids, prices and values.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random = {
    next,
    /** Integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** Number in [min, max], rounded to `digits` decimals. */
    float: (min, max, digits = 1) => round(min + next() * (max - min), digits),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    /** `pairs` is `[[value, weight], …]`. */
    weighted(pairs) {
      let left = next() * pairs.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [value, weight] of pairs) if ((left -= weight) < 0) return value;
      return pairs[pairs.length - 1][0];
    },
    shuffle(items) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    /** `count` distinct items, in their original order. */
    sample(items, count) {
      const chosen = new Set(random.shuffle(items).slice(0, count));
      return items.filter((item) => chosen.has(item));
    },
  };
  return random;
}

/** Rounds to `digits` decimals; negative digits round to tens, hundreds… */
export const round = (value, digits = 0) => (digits >= 0 ? Number(value.toFixed(digits)) : Math.round(value / 10 ** -digits) * 10 ** -digits);

/** Turns a string into a seed, so each category draws from its own stream. */
export function seedFrom(text) {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0), 16777619);
  return hash >>> 0;
}
