/**
 * Selections: what the shopper chose, by option key. Checked against the options, kept in one
 * canonical form, written as a short URL-safe text, and read back from untrusted input.
 *
 * The text is the option keys and values in the options' order, each followed by its value,
 * separated by `.`:
 *
 *     color.Black_2FWhite.size.42.engraving.Anna
 *
 * Letters, digits and `-` stand for themselves; every other character is written as its UTF-8
 * bytes, `_` and two hex digits each (`/` → `_2F`, space → `_20`), so the text needs no escaping
 * in a URL, never holds `~` (which joins it to a product id, see {@link configuredId}), and one
 * selection has exactly one text.
 */
import type { ProductOption } from '../model/types.js';
import { snapToGrid } from './read-options.js';
import { canonicalText, type TextProblem, textProblem } from './text.js';

/** A list option's value (its `value`), a text ('' for none), or a number. */
export type SelectionValue = string | number;
export type Selection = Readonly<Record<string, SelectionValue>>;

/** What is wrong with one value of a selection. */
export type ValueProblem =
  /** Not one of a list option's values, or not even of the option's type. */
  | { kind: 'unknown-value' }
  | { kind: 'off-grid'; min: number; max: number; step: number }
  | TextProblem;

/** Longest selection text accepted (a long engraving in a script of multi-byte characters may exceed it). */
export const SELECTION_MAX_LENGTH = 500;
/** Longest configured-item id: a product id (at most 128 characters), `~`, a selection text. */
export const CONFIGURED_ID_MAX_LENGTH = 128 + 1 + SELECTION_MAX_LENGTH;
/** Joins a product id and a selection text into a configured item's id. */
export const ID_SEPARATOR = '~';

/** Reads one value for `option`: the canonical value, or what is wrong with it. */
export function readSelectionValue(option: ProductOption, raw: unknown): { value: SelectionValue } | { problem: ValueProblem } {
  const type = option.kind === 'number' ? 'number' : option.kind === 'text' ? 'string' : undefined;
  if (type ? typeof raw !== type : typeof raw !== 'string' && typeof raw !== 'number') return { problem: { kind: 'unknown-value' } };
  if (option.kind === 'text') {
    const text = canonicalText(raw as string);
    const problem = textProblem(option, text);
    return problem ? { problem } : { value: text };
  }
  if (option.kind === 'number') {
    const value = snapToGrid(option, raw as number);
    return value === undefined ? { problem: { kind: 'off-grid', min: option.min, max: option.max, step: option.step } } : { value };
  }
  const value = String(raw);
  return option.values.some((entry) => entry.value === value) ? { value } : { problem: { kind: 'unknown-value' } };
}

export interface CheckedSelection {
  /** The canonical selection: valid values only, in the options' order; numbers always (their default when not chosen), texts only when filled in. */
  selection: Selection;
  /** Values that are not valid for their option, by key. */
  invalid: Array<{ key: string; found: unknown; problem: ValueProblem }>;
}

/** Checks a selection against the options. Keys of no option are ignored. */
export function checkSelection(options: readonly ProductOption[], selection: Readonly<Record<string, unknown>>): CheckedSelection {
  const canonical: Record<string, SelectionValue> = {};
  const invalid: CheckedSelection['invalid'] = [];
  for (const option of options) {
    const raw = Object.hasOwn(selection, option.key) ? selection[option.key] : undefined;
    if (raw === undefined || raw === null) {
      if (option.kind === 'number') canonical[option.key] = option.default;
      continue;
    }
    const read = readSelectionValue(option, raw);
    if ('problem' in read) invalid.push({ key: option.key, found: raw, problem: read.problem });
    else if (read.value !== '') canonical[option.key] = read.value;
  }
  return { selection: canonical, invalid };
}

/** The selection's text. Pass a canonical selection (see {@link checkSelection}) to get the one text it has. */
export function encodeSelection(options: readonly ProductOption[], selection: Selection): string {
  return options.flatMap((option) => (Object.hasOwn(selection, option.key) ? [escape(option.key), escape(String(selection[option.key]))] : [])).join('.');
}

/**
 * Why a selection text cannot be read, as data — `['repeated', 'size']` — for developers and
 * logs: `describeSelectionText` (check/) words it.
 */
export type SelectionTextProblem =
  | ['too-long', length: number]
  | ['malformed' | 'not-pairs', text: string]
  | ['unknown-option' | 'repeated', key: string]
  | ['not-a-number' | 'invalid', found: unknown, key: string];

const TOKEN = '(?:[A-Za-z0-9-]|_[0-9A-F]{2})+';
const TEXT = new RegExp(`^(?:${TOKEN}(?:\\.${TOKEN})*)?$`);
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a selection text from untrusted input (a link, a stored tray): the canonical selection,
 * or what is wrong. Over {@link SELECTION_MAX_LENGTH} characters, malformed, an unknown or
 * repeated option, or an invalid value: refused as a whole.
 */
export function decodeSelection(options: readonly ProductOption[], text: string): Selection | { problem: SelectionTextProblem } {
  if (text.length > SELECTION_MAX_LENGTH) return { problem: ['too-long', text.length] };
  if (!TEXT.test(text)) return { problem: ['malformed', text] };
  const tokens = text ? text.split('.').map(unescape) : [];
  if (tokens.length % 2 !== 0 || tokens.includes(undefined)) return { problem: ['not-pairs', text] };
  const raw: Record<string, unknown> = {};
  for (let index = 0; index < tokens.length; index += 2) {
    const key = tokens[index]!;
    const option = options.find((candidate) => candidate.key === key);
    if (!option) return { problem: ['unknown-option', key] };
    if (Object.hasOwn(raw, key)) return { problem: ['repeated', key] };
    const value = tokens[index + 1]!;
    if (option.kind === 'number' && !NUMBER.test(value)) return { problem: ['not-a-number', value, key] };
    raw[key] = option.kind === 'number' ? Number(value) : value;
  }
  const { selection, invalid } = checkSelection(options, raw);
  const [first] = invalid;
  return first ? { problem: ['invalid', first.found, first.key] } : selection;
}

/**
 * A configured item's id: the product's id, `~`, the selection's text. Stable: the same product
 * and (canonical) selection always give the same id.
 */
export function configuredId(productId: string, options: readonly ProductOption[], selection: Selection): string {
  return `${productId}${ID_SEPARATOR}${encodeSelection(options, selection)}`;
}

/** The product id and selection text of a configured item's id; undefined for any other id. */
export function parseConfiguredId(id: string): { productId: string; selection: string } | undefined {
  const at = id.lastIndexOf(ID_SEPARATOR);
  return at > 0 ? { productId: id.slice(0, at), selection: id.slice(at + 1) } : undefined;
}

const PLAIN = /^[A-Za-z0-9-]*$/;
const utf8 = new TextEncoder();

/** Letters, digits and `-` as they are (most keys and values are only that), every other byte as `_` and two hex digits. */
const escape = (text: string) =>
  PLAIN.test(text) ? text : Array.from(utf8.encode(text), (byte) => (PLAIN.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `_${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** The text of an escaped token; undefined when its bytes are not UTF-8. */
function unescape(token: string): string | undefined {
  try {
    return decodeURIComponent(token.replace(/_/g, '%'));
  } catch {
    return undefined;
  }
}
