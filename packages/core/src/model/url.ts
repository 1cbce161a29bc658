/** URLs from feeds, pages and configuration: only http(s) and relative ones reach the page. */

/** `value` resolved against `base`, if that makes an http(s) URL. */
export function httpUrl(value: string, base: string | undefined): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Allow-lists a URL from a feed: http(s) or relative, resolved against the page.
 * `javascript:`, `data:` and anything else are refused.
 */
export function readUrl(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 2048 ? httpUrl(value.trim(), globalThis.document?.baseURI) : undefined;
}
