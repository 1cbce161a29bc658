/** The computed comparison the view renders, and the small lookups its parts share. */
import { compareTable, type Catalog, type CompareGroup, type CompareOptions, type CompareTable } from '@shortlist/core';

export interface Comparison {
  ids: readonly string[];
  catalog: Catalog;
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

/** `record[key]` for own keys only: product ids such as `constructor` are valid. */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** A stable key per group: its name, or one of two names no retailer group can have. */
export const groupKey = (group: CompareGroup) => (group.summary ? '\u0000summary' : (group.name ?? '\u0000other'));

/** The comparison table, without the summary's rating row when no compared product has a rating: it would only say "Not specified". */
export function summarizedTable(catalog: Catalog, ids: readonly string[], options: CompareOptions): CompareTable {
  const table = compareTable(catalog, ids, options);
  const summary = table.groups[0];
  if (summary?.summary) {
    const rows = summary.rows.filter((row) => row.def.key !== 'rating' || row.cells.some((cell) => cell.value !== undefined));
    table.rowCount -= summary.rows.length - rows.length;
    summary.rows = rows;
  }
  return table;
}

/** `previous` when it compares the same products the same way; otherwise a new comparison (never for a view switch). */
export function compareAgain(previous: Comparison | undefined, catalog: Catalog, ids: readonly string[], options: CompareOptions): Comparison {
  const { reference } = options;
  const separation = options.orderBy === 'separation';
  if (
    previous?.catalog === catalog &&
    previous.reference === reference &&
    previous.separation === separation &&
    previous.ids.length === ids.length &&
    previous.ids.every((id, index) => id === ids[index])
  ) {
    return previous;
  }
  const table = summarizedTable(catalog, ids, options);
  const keys = table.products.map((product) => product.id);
  let differing = 0;
  for (const group of table.groups) for (const row of group.rows) if (row.differs) differing++;
  return { ids, catalog, reference, separation, table, keys, ref: reference === undefined ? -1 : keys.indexOf(reference), differing };
}
