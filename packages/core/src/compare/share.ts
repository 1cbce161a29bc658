/**
 * Share links: one query parameter that recreates a comparison on another device. It holds
 * ids and choices only, nothing that runs, and is validated like any other untrusted input.
 *
 * Layout 1, sections separated by `:`, the ids by `,`:
 *
 *     1:sku-1,sku-2,sku-3:r0:vd:x2:s1
 *     │ └─ ids ─────────┘ │  │  │  └ shortlisted (indices into the ids, `,`-separated)
 *     version             │  │  └ eliminated (indices)
 *                         │  └ view: a(ll), d(ifferences), s(imilarities)
 *                         └ reference (index)
 *
 * Every section after the ids is optional, and a reader skips sections it does not know, so
 * adding one needs no new version; changing what a section means does. Ids keep letters,
 * digits, `-`, `_` and `.`; any other character is written as its UTF-8 bytes, `~` and two hex
 * digits each (like percent-encoding, with `~` so the value needs no escaping in a URL).
 */
import { describeValue } from '../errors.js';
import { MAX_ID_LENGTH } from '../model/limits.js';
import { SHARE_PARAM } from './declaration.js';
import type { CompareView } from './table.js';

export interface ShareState {
  ids: string[];
  /** The pinned product. */
  reference?: string;
  view?: CompareView;
  eliminated?: string[];
  shortlisted?: string[];
}

/** What is wrong with a share parameter that is present but unusable. */
export interface ShareProblem {
  error: string;
}

const VERSION = '1';
const LIMITS = { ids: 500, idLength: MAX_ID_LENGTH } as const;
const VIEWS: Record<string, CompareView> = { a: 'all', d: 'differences', s: 'similarities' };
const ESCAPED_ID = /^(?:[\w.-]|~[0-9A-F]{2})+$/;
const INDEX = /^\d{1,3}$/;

/** The parameter's value for `state`; it can go into a URL as it is. */
export function encodeShare(state: ShareState): string {
  const indexOf = (id: string | undefined) => (id === undefined ? -1 : state.ids.indexOf(id));
  const indices = (ids: readonly string[] = []) => ids.map(indexOf).filter((index) => index >= 0).join(',');
  const sections = [VERSION, state.ids.map(escapeId).join(',')];
  const reference = indexOf(state.reference);
  if (reference >= 0) sections.push(`r${reference}`);
  if (state.view) sections.push(`v${state.view[0]}`);
  const eliminated = indices(state.eliminated);
  if (eliminated) sections.push(`x${eliminated}`);
  const shortlisted = indices(state.shortlisted);
  if (shortlisted) sections.push(`s${shortlisted}`);
  return sections.join(':');
}

/**
 * Reads a parameter value. Ids are deduplicated, and a reference or mark naming no shared
 * product is dropped (so is an id marked both ways); anything malformed, over the limits
 * (500 ids of 1–`MAX_ID_LENGTH` characters) or of an unknown version is a problem.
 */
export function decodeShare(value: string): ShareState | ShareProblem {
  const [version, idList = '', ...sections] = value.split(':');
  if (version !== VERSION) return problem(`its version ${describeValue(version)} is not one this Shortlist reads (${VERSION})`);
  // The split stops one past the limit, so a huge list costs no more than the limit.
  const escaped = idList ? idList.split(',', LIMITS.ids + 1) : [];
  if (escaped.length > LIMITS.ids) return problem(`it lists more than ${LIMITS.ids} products`);
  const listed: string[] = [];
  for (const text of escaped) {
    const id = unescapeId(text);
    if (id === undefined || id.length > LIMITS.idLength) return problem(`${describeValue(text)} is not a product id of 1–${LIMITS.idLength} characters`);
    listed.push(id);
  }

  const state: ShareState = { ids: [...new Set(listed)] };
  // Positions count in the list as written, duplicates included; one out of range is dropped.
  const at = (index: string): string | undefined => listed[Number(index)];
  let eliminated = new Set<string>();
  let shortlisted = new Set<string>();
  for (const section of sections) {
    const tag = section[0];
    const body = section.slice(1);
    if (tag === 'v') {
      if (!Object.hasOwn(VIEWS, body)) return problem(`${describeValue(body)} is not a view (a, d or s)`);
      state.view = VIEWS[body];
    } else if (tag === 'r') {
      if (!INDEX.test(body)) return problem(`${describeValue(section)} is not a position`);
      const reference = at(body);
      if (reference !== undefined) state.reference = reference;
    } else if (tag === 'x' || tag === 's') {
      const indices = body.split(',', LIMITS.ids + 1);
      if (!indices.every((index) => INDEX.test(index))) return problem(`${describeValue(section)} is not a list of positions`);
      const ids = new Set(indices.map(at).filter((id) => id !== undefined));
      if (tag === 'x') eliminated = ids;
      else shortlisted = ids;
    }
  }
  const only = (ids: Set<string>, other: Set<string>) => [...ids].filter((id) => !other.has(id));
  const out = only(eliminated, shortlisted);
  const kept = only(shortlisted, eliminated);
  if (out.length > 0) state.eliminated = out;
  if (kept.length > 0) state.shortlisted = kept;
  return state;
}

/**
 * The address a share link points to: the page's canonical address (`canonical`, the `href` of
 * its `<link rel="canonical">`, when that is an http(s) URL), else the page's origin and path.
 * Nothing else of the page's own address is used: its query and fragment may hold a session,
 * a search or a campaign tag, which are not the shopper's to share without knowing.
 */
export function shareAddress(page: string | URL, canonical?: string | null): string {
  const pageUrl = resolve(page);
  if (canonical) {
    try {
      const url = new URL(canonical, pageUrl);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        url.hash = '';
        return url.href;
      }
    } catch {
      // Not a URL: the page's own address is used.
    }
  }
  return pageUrl.origin + pageUrl.pathname;
}

/**
 * `base` with the share parameter set; its other parameters (as written) and hash stay. For a
 * link to give to others, `base` is {@link shareAddress}.
 */
export function shareUrl(base: string | URL, state: ShareState): string {
  const url = resolve(base);
  url.search = [...otherParams(url), `${SHARE_PARAM}=${encodeShare(state)}`].join('&');
  return url.href;
}

/**
 * The shared state in `url`: undefined when it has no share parameter, a {@link ShareProblem}
 * when the parameter is malformed or tampered with.
 */
export function readShare(url: string | URL): ShareState | ShareProblem | undefined {
  const value = resolve(url).searchParams.get(SHARE_PARAM);
  return value === null ? undefined : decodeShare(value);
}

/** `url` without the share parameter, e.g. for `history.replaceState` once it is applied. */
export function withoutShare(url: string | URL): string {
  const resolved = resolve(url);
  resolved.search = otherParams(resolved).join('&');
  return resolved.href;
}

const problem = (what: string): ShareProblem => ({ error: `This comparison link cannot be opened: ${what}.` });

/** Relative URLs resolve against the page, when there is one. */
const resolve = (url: string | URL) => new URL(url, globalThis.location?.href);

/** The query's other parameters, byte for byte: re-serializing would re-encode them. */
const otherParams = (url: URL) => url.search.slice(1).split('&').filter((part) => part && !new URLSearchParams(part).has(SHARE_PARAM));

function escapeId(id: string): string {
  let escaped = '';
  for (const byte of new TextEncoder().encode(id)) {
    const char = String.fromCharCode(byte);
    escaped += /[\w.-]/.test(char) ? char : `~${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return escaped;
}

/** The id, or undefined when the text is not an escaped id of valid UTF-8. */
function unescapeId(text: string): string | undefined {
  if (!ESCAPED_ID.test(text)) return undefined;
  try {
    return decodeURIComponent(text.replace(/~/g, '%'));
  } catch {
    return undefined;
  }
}
