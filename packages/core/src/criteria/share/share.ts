/**
 * Criteria in a link: shared with a comparison (`?shortlist-criteria=…`), they arrive on another
 * device as contexts of their own. The feature's part `criteria-share`, loaded when a link is
 * made or read. The value is `1.` (the layout's version) and the contexts as
 * JSON in UTF-8, base64url-encoded (letters, digits, `-` and `_`: nothing to escape in a URL).
 * It is untrusted input: at most 4,000 characters and 10 contexts, each read like a saved one
 * (`readContext`: names, categories and criteria checked, unusable criteria left out).
 */
import type { Shortlist } from '../../shortlist.js';
import { nextId, readContext, type ContextsState, type CriteriaContext } from '../contexts.js';
import { CRITERIA_PARAM } from '../declaration.js';

const VALUE = /^1\.([\w-]{1,4000})$/;

export function encodeCriteria(contexts: readonly CriteriaContext[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(contexts));
  return `1.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The contexts of a link's value; undefined when it is malformed, too long or of another version. */
export function decodeCriteria(value: string): CriteriaContext[] | undefined {
  const [, encoded] = VALUE.exec(value) ?? [];
  if (!encoded) return undefined;
  try {
    const bytes = Uint8Array.from(atob(encoded.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const list: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    return Array.isArray(list) && list.length <= 10 ? list.flatMap((entry) => readContext(entry) ?? []) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `url` with the criteria parameter set to `contexts`, or (with none) removed; its other
 * parameters stay as they are written, and so does its hash.
 */
export function withCriteria(url: string, contexts?: readonly CriteriaContext[]): string {
  const resolved = new URL(url, globalThis.location?.href);
  const others = resolved.search.slice(1).split('&').filter((part) => part && !part.startsWith(`${CRITERIA_PARAM}=`));
  resolved.search = [...others, ...(contexts ? [`${CRITERIA_PARAM}=${encodeCriteria(contexts)}`] : [])].join('&');
  return resolved.href;
}

/** Adds shared contexts as the shopper's own, each made active in its category (Undo takes them back). */
export function adoptContexts(shortlist: Shortlist, { $contexts, $active, change }: ContextsState, shared: readonly CriteriaContext[]): void {
  const contexts = { ...$contexts.get() };
  const active = { ...$active.get() };
  for (const context of shared) {
    const id = nextId(contexts);
    contexts[id] = context;
    active[context.category] = id;
  }
  change(contexts, active);
  for (const { category } of shared) {
    const count = Object.values(contexts).filter((context) => context.category === category).length;
    shortlist.announce('context-change', { change: 'create', category, count });
  }
}
