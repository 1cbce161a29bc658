/**
 * Reads schema.org microdata (`itemscope` / `itemtype` / `itemprop`, `itemref`), as Magento's
 * Luma theme and Shopware publish it, into the node shape JSON-LD has, and the products in it
 * with the same rules as JSON-LD.
 */
import { readSchemaPage } from './schema-org.js';
import type { SchemaNode } from './schema-nodes.js';
import type { SourceResult } from './shared.js';

/** Where an element's value is, when it is not its text. */
const VALUE_ATTRIBUTE: Record<string, string> = {
  META: 'content',
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  TRACK: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
  DATA: 'value',
  METER: 'value',
  TIME: 'datetime',
};

/** Every product described by the microdata items under `root`. */
export function readMicrodata(root: ParentNode = document): SourceResult {
  const items = [...root.querySelectorAll('[itemscope]:not([itemprop])')];
  const blocks = items.map((item, index) => ({ data: itemNode(item, new Set()), path: `items[${index}]` }));
  return readSchemaPage('microdata', root, blocks, []);
}

/** An item as a node: `@type` from `itemtype`, `@id` from `itemid`, a list for a property given more than once. */
function itemNode(item: Element, seen: Set<Element>): SchemaNode {
  seen.add(item);
  const node: SchemaNode = {};
  const types = item.getAttribute('itemtype')?.trim().split(/\s+/);
  if (types) node['@type'] = types.length === 1 ? types[0] : types;
  const id = item.getAttribute('itemid');
  if (id) node['@id'] = id;
  for (const element of properties(item)) {
    // An item that holds itself (through itemref) is read once.
    if (element.hasAttribute('itemscope') && seen.has(element)) continue;
    const value = element.hasAttribute('itemscope') ? itemNode(element, seen) : valueOf(element);
    for (const name of element.getAttribute('itemprop')!.trim().split(/\s+/)) {
      const previous = node[name];
      node[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return node;
}

/** The elements that give an item its properties: under it and under the elements it `itemref`s, not inside other items. */
function properties(item: Element): Element[] {
  const found: Element[] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (child.hasAttribute('itemprop')) found.push(child);
      if (!child.hasAttribute('itemscope')) visit(child);
    }
  };
  visit(item);
  for (const id of item.getAttribute('itemref')?.trim().split(/\s+/) ?? []) {
    const referenced = item.ownerDocument.getElementById(id);
    if (!referenced) continue;
    if (referenced.hasAttribute('itemprop')) found.push(referenced);
    if (!referenced.hasAttribute('itemscope')) visit(referenced);
  }
  return found;
}

/** A property's value: a `content` attribute where the template gives one, the link or source of links and media, else the text. */
function valueOf(element: Element): string {
  const attribute = element.hasAttribute('content') ? 'content' : VALUE_ATTRIBUTE[element.tagName];
  const value = attribute ? element.getAttribute(attribute) : undefined;
  return (value ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
