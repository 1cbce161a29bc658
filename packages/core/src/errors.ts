/**
 * Every error Shortlist reports says what is wrong, where, what was expected and what was
 * found, and links to the docs page that explains the field.
 */

/** Where the docs live; error messages link to pages below it. */
export const DOCS_URL = 'https://github.com/shortlist-sdk/shortlist/blob/main/docs/';

export type ErrorCode =
  | 'config' // the configuration object is wrong
  | 'catalog' // a product or attribute is wrong; the rest of the catalog still loads
  | 'feed' // the catalog feed could not be fetched or parsed
  | 'storage' // the browser's storage is blocked, full or holds unreadable data
  | 'criteria' // a shopper's criterion is malformed or does not fit the catalog
  | 'command'; // the script-tag command queue got a call it does not know

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
