/** URLs from feeds and configuration: only http(s) and relative ones reach the page. */

/**
 * Allow-lists a URL from a feed: http(s) or relative, resolved against the page.
 * `javascript:`, `data:` and anything else are refused.
 */
export function readUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim(), globalThis.document?.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
