/**
 * The comparison of a list of products, memoized: the table, its columns and the counts a view
 * shows. Computed again only when the products, the reference or the row order change, never
 * for a view switch (views hide rows by `CompareRow.differs`).
 */
import type { ProductLookup } from '../products.js';
import { compareTable, type CompareGroup, type CompareOptions, type CompareTable } from './table.js';

export interface Comparison {
  ids: readonly string[];
  products: ProductLookup;
  reference: string | undefined;
  separation: boolean;
  table: CompareTable;
  /** Product ids in column order: the keys of every row's cells. */
  keys: string[];
  /** Column of the reference, or -1. */
  ref: number;
  /** How many rows differ. */
  differing: number;
}

/** A stable key per group: its name, or one of two names no retailer group can have. */
export const groupKey = (group: CompareGroup) => (group.summary ? '\u0000summary' : (group.name ?? '\u0000other'));

/** The comparison table, without the summary's rating row when no compared product has a rating: it would only say "Not specified". */
export function summarizedTable(products: ProductLookup, ids: readonly string[], options: CompareOptions): CompareTable {
  const table = compareTable(products, ids, options);
  const summary = table.groups[0];
  if (summary?.summary) {
    const rows = summary.rows.filter((row) => row.def.key !== 'rating' || row.cells.some((cell) => cell.value !== undefined));
    table.rowCount -= summary.rows.length - rows.length;
    summary.rows = rows;
  }
  return table;
}

/** `previous` when it compares the same products the same way; otherwise a new comparison. */
export function compareAgain(previous: Comparison | undefined, products: ProductLookup, ids: readonly string[], options: CompareOptions): Comparison {
  const { reference } = options;
  const separation = options.orderBy === 'separation';
  if (
    previous?.products === products &&
    previous.reference === reference &&
    previous.separation === separation &&
    previous.ids.length === ids.length &&
    previous.ids.every((id, index) => id === ids[index])
  ) {
    return previous;
  }
  const table = summarizedTable(products, ids, options);
  const keys = table.products.map((product) => product.id);
  let differing = 0;
  for (const group of table.groups) for (const row of group.rows) if (row.differs) differing++;
  return { ids, products, reference, separation, table, keys, ref: reference === undefined ? -1 : keys.indexOf(reference), differing };
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
