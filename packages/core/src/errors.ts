/**
 * Every error Shortlist reports says what is wrong, where, what was expected and what was
 * found, and links to the docs page that explains the field.
 */

/** Where the docs live; error messages link to pages below it. */
export const DOCS_URL = 'https://github.com/shortlist-sdk/shortlist/blob/main/docs/';

/** The kinds of error, each with what it means. A feature adds its own by declaration merging. */
export interface ErrorCodes {
  /** The configuration object is wrong. */
  config: true;
  /** A product or attribute is wrong; the rest of the catalog still loads. */
  catalog: true;
  /** The catalog feed could not be fetched or parsed. */
  feed: true;
  /** The browser's storage is blocked, full or holds unreadable data. */
  storage: true;
  /** A call Shortlist cannot carry out: an unknown command or event name. */
  command: true;
  /** The code of a part of Shortlist could not be loaded (offline, blocked, not found). */
  load: true;
}

export type ErrorCode = keyof ErrorCodes;

export interface ErrorDetails {
  code: ErrorCode;
  /** Dotted path of the field (`tray.max`, `products[3].price`). */
  field?: string;
  expected?: string;
  found?: unknown;
  /** Docs page (relative to {@link DOCS_URL}) with an optional anchor. */
  docs?: string;
  cause?: unknown;
}

/** Describes a found value briefly and safely: type plus a truncated preview. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') {
    const preview = value.length > 40 ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
    return JSON.stringify(preview);
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export class ShortlistError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly expected?: string;
  readonly found?: unknown;
  readonly docsUrl?: string;

  constructor(summary: string, details: ErrorDetails) {
    const parts = [summary];
    if (details.expected !== undefined) parts.push(`expected ${details.expected}`);
    if ('found' in details) parts.push(`found ${describeValue(details.found)}`);
    const docsUrl = details.docs ? DOCS_URL + details.docs : undefined;
    super(`Shortlist: ${parts.join('; ')}.${docsUrl ? ` See ${docsUrl}` : ''}`, { cause: details.cause });
    this.name = 'ShortlistError';
    this.code = details.code;
    this.field = details.field;
    this.expected = details.expected;
    this.found = details.found;
    this.docsUrl = docsUrl;
  }
}
