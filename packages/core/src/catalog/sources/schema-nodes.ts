/**
 * Reading schema.org nodes as pages write them, in JSON-LD or microdata (read into the same
 * shape): values that are one item or a list, text in `@value` objects or named things, HTML
 * entities left in by templates, and `{ "@id" }` references to nodes defined elsewhere on the page.
 */
import { httpUrl } from '../../model/url.js';
import { isRecord } from '../../model/values.js';
import { decodeEntities } from './entities.js';
import type { CatalogIssue } from '../../model/types.js';
import type { AttributeDefInput } from '../../model/input.js';

/** One schema.org node: `@type`, `@id` and its properties. */
export type SchemaNode = Record<string, unknown>;

/** The page being read: where issues go, its address, and its nodes by `@id`. */
export interface SchemaReader {
  /** Name used in issues: `json-ld` or `microdata`. */
  source: string;
  /** The page's address: relative links and `@id`s resolve against it. */
  base: string;
  /** Every node of the page that defines an `@id`, by that `@id` resolved against the page. */
  byId: Map<string, SchemaNode>;
  issues: CatalogIssue[];
  /** Attribute labels by key; the first name seen wins. */
  defs: Map<string, AttributeDefInput>;
}

const SCHEMA_PREFIX = /^(?:schema:|https?:\/\/(?:www\.)?schema\.org\/)/i;

/** `https://schema.org/InStock`, `https://www.schema.org/color`, `schema:Product` → the bare name. */
export const schemaName = (name: string) => name.replace(SCHEMA_PREFIX, '');

export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/** A property by its name, else in another case (`lowprice` for `lowPrice`, as some templates write it). */
export function get(node: SchemaNode, name: string): unknown {
  if (name in node) return node[name];
  const lower = name.toLowerCase();
  const key = Object.keys(node).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : node[key];
}

/** `@type` names without their `schema:` / `https://schema.org/` prefix. */
export function typesOf(node: SchemaNode): string[] {
  return list(node['@type']).map((type) => (typeof type === 'string' ? schemaName(type) : ''));
}

/** The `@id` of a node, resolved against the page (`/products/coat#product` → `https://shop.example/products/coat#product`). */
export function idOf(node: SchemaNode, reader: SchemaReader): string | undefined {
  const id = node['@id'];
  return typeof id === 'string' && id.trim() ? (httpUrl(decodeEntities(id.trim()), reader.base) ?? id.trim()) : undefined;
}

/** `{ "@id": … }` with at most a `@type`: a pointer to a node defined elsewhere. */
const isReference = (value: unknown): value is SchemaNode =>
  isRecord(value) && '@id' in value && Object.keys(value).every((key) => key === '@id' || key === '@type');

/** A node, or the node a `{ "@id" }` reference points to when the page defines it. */
export function deref(value: unknown, reader: SchemaReader): unknown {
  if (!isReference(value)) return value;
  const id = idOf(value, reader);
  return (id && reader.byId.get(id)) ?? value;
}

/** The node at `value` (the first of a list, a reference followed), if it is one. */
export function node(value: unknown, reader: SchemaReader): SchemaNode | undefined {
  const found = deref(first(value), reader);
  return isRecord(found) ? found : undefined;
}

/**
 * Plain text from a string, a number, `{ "@value" }`, a named thing (Brand) or the first of a
 * list, with HTML entities decoded.
 */
export function text(value: unknown, reader: SchemaReader): string | undefined {
  const item = deref(first(value), reader);
  if (typeof item === 'string') return decodeEntities(item).trim() || undefined;
  if (typeof item === 'number') return String(item);
  if (isRecord(item)) return text(item['@value'] ?? item.name, reader);
  return undefined;
}

/** A text value, but never an object's name: what amounts and codes are read from. */
export function literal(value: unknown, reader: SchemaReader): string | number | undefined {
  const item = first(value);
  if (isRecord(item) && '@value' in item) return literal(item['@value'], reader);
  return typeof item === 'number' ? item : typeof item === 'string' ? decodeEntities(item).trim() || undefined : undefined;
}

/** A URL from text, an `ImageObject`, or a reference whose `@id` is the URL itself; resolved against the page. */
export function url(value: unknown, reader: SchemaReader): string | undefined {
  const item = deref(first(value), reader);
  const raw = isReference(item) ? idOf(item, reader) : text(isRecord(item) ? (item.url ?? item.contentUrl) : item, reader);
  // Anything but http(s) stays as written, so that validation refuses it by what the page said.
  return raw ? (httpUrl(raw, reader.base) ?? raw) : undefined;
}

/** `Battery life`, `batteryLife`, `Bildschirmgröße`, `écran` → `battery-life`, `bildschirmgrosse`, `ecran`: one key style for every source. */
export function keyOf(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1-$2')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 64)
    .replace(/^-|-$/g, '');
}
