/**
 * Fetches the retailer's JSON catalog feed. Every failure is a `ShortlistError` that names
 * the URL, so an integrator sees at once which feed broke and why. A large feed is decoded
 * as it arrives and parsed in slices: no step of it is a long task.
 */
import { ShortlistError, type ErrorDetails } from '../../errors.js';
import type { CatalogInput } from '../../model/input.js';
import type { CatalogIssue } from '../../model/types.js';
import { httpUrl } from '../../model/url.js';
import { runInSlices } from '../slices.js';
import { parseJsonSteps, PIECE } from './json-slices.js';
import { catalogIssue } from '../entries.js';
import type { SourceResult } from './shared.js';

export interface FeedOptions {
  /** Milliseconds each attempt may take, body included. Default 8000. */
  timeout?: number;
  /** Further attempts after a network error, a timeout or an HTTP 5xx. Default 1. */
  retries?: number;
  /** Milliseconds to wait before a retry. Default 300. */
  retryDelay?: number;
  /** Cancels the load: it rejects at once with the signal's reason and is not retried. */
  signal?: AbortSignal;
  /** Turns a feed of another shape into a catalog or a bare product array. */
  map?: (json: unknown) => CatalogInput | unknown[];
  /** The `fetch` to use; tests inject a fake. */
  fetch?: typeof fetch;
}

/** A failed attempt, and whether trying again may help. */
interface Failure {
  error: ShortlistError;
  retry: boolean;
}

/** A failure of the feed: it names `catalog.url` and links to the feed's docs. */
export function feedError(summary: string, details?: Pick<ErrorDetails, 'expected' | 'found' | 'cause'>): ShortlistError {
  return new ShortlistError(summary, { code: 'feed', field: 'catalog.url', docs: 'catalog.md#feed', ...details });
}

/**
 * Loads `{ products, attributes?, currency? }` or a bare product array from `url`. A text
 * longer than any catalog field (64 KB) is left out, with an issue.
 */
export async function fetchFeed(url: string, options: FeedOptions = {}): Promise<SourceResult> {
  const { timeout = 8000, retries = 1, retryDelay = 300, signal, map } = options;
  const href = feedUrl(url);

  for (let attempt = 0; ; attempt++) {
    const result = await request(href, options.fetch ?? fetch, timeout, signal);
    if (typeof result === 'string') {
      const issues: CatalogIssue[] = [];
      const json = await parseJson(result, href, (path, written) =>
        issues.push(catalogIssue('feed', path, `a text of at most ${PIECE} characters`, written, 'the catalog feed')),
      );
      return { input: toCatalog(json, href, map), issues };
    }
    if (!result.retry || attempt >= retries) throw result.error;
    await sleep(retryDelay, signal);
  }
}

/** Relative URLs resolve against the page; only http(s) may be fetched. */
function feedUrl(url: string): string {
  const href = httpUrl(url, document.baseURI);
  if (href) return href;
  throw feedError('the catalog feed URL is not allowed', { expected: 'an http(s) or relative URL', found: url });
}

/**
 * One attempt with its own timeout, body included. Resolves to the body text or a failure;
 * rejects only when the caller aborts, with the caller's reason.
 */
async function request(
  href: string,
  fetchFn: typeof fetch,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<string | Failure> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort);
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetchFn(href, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (response.ok) return await readText(response);
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      error: feedError(`the catalog feed ${href} answered ${status}`, { expected: 'a successful (2xx) response', found: status }),
      retry: response.status >= 500,
    };
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    const error = controller.signal.aborted
      ? feedError(`the catalog feed ${href} did not answer within ${timeout} ms`, { cause })
      : feedError(`the catalog feed ${href} could not be reached`, { cause });
    return { error, retry: true };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/**
 * The body as text, decoded chunk by chunk as it arrives: `response.text()` decodes a large
 * body in one long task.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    parts.push(decoder.decode(value, { stream: !done }));
    if (done) return parts.join('');
  }
}

async function parseJson(body: string, href: string, refuse: (path: string, written: string) => void): Promise<unknown> {
  try {
    return await runInSlices(parseJsonSteps(body, refuse));
  } catch (cause) {
    throw feedError(`the catalog feed ${href} is not JSON`, { expected: 'JSON', found: body.trim(), cause });
  }
}

function toCatalog(json: unknown, href: string, map: FeedOptions['map']): CatalogInput {
  let data = json;
  if (map) {
    try {
      data = map(json);
    } catch (cause) {
      throw feedError(`catalog.map threw on the feed ${href}`, { cause });
    }
  }
  if (Array.isArray(data)) return { products: data };
  if (typeof data === 'object' && data !== null && Array.isArray((data as CatalogInput).products)) return data as CatalogInput;
  throw feedError(`the catalog feed ${href}${map ? ' (after catalog.map)' : ''} has the wrong shape`, {
    expected: '{ products: [...] } or an array of products',
    found: data,
  });
}

/** Waits before a retry; the caller's abort ends the wait at once. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}
