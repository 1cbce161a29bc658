/** Orders compared products by one attribute, price, rating or name. */
import type { ProductLookup } from '../products.js';
import type { AttributeValue, Product } from '../model/types.js';
import { attributeValue, isMoney } from './table.js';

export type SortDirection = 'ascending' | 'descending';

/**
 * Returns the ids ordered by `key`: an attribute key, or `price`, `rating` or `name`.
 * Missing values come last in either direction, ties keep their order, and ids the catalog
 * does not have follow at the very end in their own order.
 *
 * Texts are ordered as the shopper's language orders them (`locale`, the instance's
 * `config.locale`), numbers within them by value: `Model 9` before `Model 10`. Money in
 * different currencies is ordered by currency code first, amounts within each; sets by how
 * many items they hold; `false` before `true` when ascending.
 */
export function sortByAttribute(catalog: ProductLookup, ids: readonly string[], key: string, direction: SortDirection, locale: string): string[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { numeric: true });
  const present: Array<{ id: string; value: AttributeValue }> = [];
  const unspecified: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const product = catalog.byId.get(id);
    const value = product && valueOf(product, key);
    if (value !== undefined) present.push({ id, value });
    else (product ? unspecified : unknown).push(id);
  }
  // Array sort is stable, and negating the comparison keeps ties in order in both directions.
  present.sort((a, b) => sign * compareValues(a.value, b.value, collator));
  return [...present.map(({ id }) => id), ...unspecified, ...unknown];
}

function valueOf(product: Product, key: string): AttributeValue | undefined {
  if (key === 'name') return product.name;
  if (key === 'price') return product.price;
  if (key === 'rating') return product.rating?.value;
  return attributeValue(product, key);
}

function compareValues(a: AttributeValue, b: AttributeValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length - b.length;
  if (isMoney(a) && isMoney(b)) {
    return a.currency === b.currency ? a.amount - b.amount : a.currency < b.currency ? -1 : 1;
  }
  // One attribute holds one type after normalization; anything else keeps its order.
  return 0;
}

/**
 * The ids with one moved to another place (the comparison's column order), or undefined when
 * nothing would change: the id is absent or already there. The index is clamped to the list.
 */
export function moveTo(ids: readonly string[], id: string, toIndex: number): string[] | undefined {
  const from = ids.indexOf(id);
  // `|| 0` also turns NaN (an unparsable position) into the start.
  const to = Math.min(Math.max(Math.trunc(toIndex) || 0, 0), ids.length - 1);
  if (from < 0 || from === to) return undefined;
  const next = ids.filter((item) => item !== id);
  next.splice(to, 0, id);
  return next;
}
