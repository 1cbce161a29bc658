/**
 * JSON.parse in steps, for feeds. One JSON.parse of a feed of ten thousand products is a long
 * task (several megabytes: 100 ms and more on a fast laptop, and the page does not answer
 * meanwhile). Here an array or object larger than {@link PIECE} characters is parsed child by
 * child, each child of at most that size by JSON.parse itself, with a `yield` after each
 * (see slices.ts). A text value longer than that is absurd in a catalog: it is refused unread,
 * before anything copies, trims or compares it.
 */

/** The largest value parsed in one piece, and the longest text read (characters of JSON). */
export const PIECE = 65_536;

/** Called with each refused text: its path (`products[12].attributes.note`) and the text as written. */
export type Refuse = (path: string, written: string) => void;

/** Parses `text` as JSON.parse does, in steps; throws a SyntaxError where it is not JSON. */
export function* parseJsonSteps(text: string, refuse: Refuse): Generator<void, unknown> {
  const cursor = { text, at: 0 };
  const value = yield* readValue(cursor, '', refuse);
  skipSpace(cursor);
  if (cursor.at < text.length) throw new SyntaxError(`Unexpected text at position ${cursor.at}`);
  return value;
}

interface Cursor {
  text: string;
  at: number;
}

function* readValue(cursor: Cursor, path: string, refuse: Refuse): Generator<void, unknown> {
  skipSpace(cursor);
  const { text, at: start } = cursor;
  const end = endOfValue(text, start, PIECE);
  if (end >= 0) {
    cursor.at = end;
    return JSON.parse(text.slice(start, end));
  }
  if (text[start] === '[') return yield* readArray(cursor, path, refuse);
  if (text[start] === '{') return yield* readObject(cursor, path, refuse);
  // A text (or a number) longer than any catalog field: skipped unread.
  cursor.at = endOfValue(text, start, Infinity);
  if (cursor.at < 0) throw new SyntaxError(`Unterminated value at position ${start}`);
  refuse(path, text.slice(start, cursor.at));
  return undefined;
}

function* readArray(cursor: Cursor, path: string, refuse: Refuse): Generator<void, unknown[]> {
  const items: unknown[] = [];
  cursor.at++;
  if (next(cursor, ']')) return items;
  do {
    items.push(yield* readValue(cursor, `${path}[${items.length}]`, refuse));
    yield;
  } while (next(cursor, ','));
  expect(cursor, ']');
  return items;
}

function* readObject(cursor: Cursor, path: string, refuse: Refuse): Generator<void, Record<string, unknown>> {
  const object: Record<string, unknown> = {};
  cursor.at++;
  if (next(cursor, '}')) return object;
  do {
    skipSpace(cursor);
    const end = cursor.text[cursor.at] === '"' ? endOfValue(cursor.text, cursor.at, PIECE) : -1;
    if (end < 0) throw new SyntaxError(`Expected a property name at position ${cursor.at}`);
    const key = JSON.parse(cursor.text.slice(cursor.at, end)) as string;
    cursor.at = end;
    expect(cursor, ':');
    const value = yield* readValue(cursor, path ? `${path}.${key}` : key, refuse);
    // As JSON.parse does: an own property even when the key is "__proto__"; a refused text is absent.
    if (value !== undefined) Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
    yield;
  } while (next(cursor, ','));
  expect(cursor, '}');
  return object;
}

function skipSpace(cursor: Cursor) {
  while (/\s/.test(cursor.text[cursor.at] ?? '')) cursor.at++;
}

/** Steps over `char` if it comes next. */
function next(cursor: Cursor, char: string): boolean {
  skipSpace(cursor);
  if (cursor.text[cursor.at] !== char) return false;
  cursor.at++;
  return true;
}

function expect(cursor: Cursor, char: string) {
  if (!next(cursor, char)) throw new SyntaxError(`Expected "${char}" at position ${cursor.at}`);
}

/**
 * Where the value starting at `start` ends, or -1 when it does not end within `limit`
 * characters. Only tells where: JSON.parse checks the value itself.
 */
function endOfValue(text: string, start: number, limit: number): number {
  const stop = Math.min(text.length, start + limit);
  let depth = 0;
  for (let i = start; i < stop; i++) {
    const char = text[i]!;
    if (char === '"') {
      i = closingQuote(text, i, stop);
      if (i < 0) return -1;
      if (depth === 0) return i + 1;
    } else if (char === '{' || char === '[') depth++;
    else if (depth === 0) {
      // The end of a number, `true`, `false` or `null`.
      if (char === ',' || char === '}' || char === ']' || char <= ' ') return i;
    } else if ((char === '}' || char === ']') && --depth === 0) return i + 1;
  }
  return depth === 0 && stop === text.length ? stop : -1;
}

/** The index of the quote that closes the text opened at `open`, or -1 before `stop`. */
function closingQuote(text: string, open: number, stop: number): number {
  for (let quote = text.indexOf('"', open + 1); quote >= 0 && quote < stop; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text[quote - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}
