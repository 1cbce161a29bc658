/**
 * The comparison, headless: which rows show in which groups, which cells hold the best value,
 * how strongly each row separates the products, and how each product differs from a pinned
 * one. Views render the result; nothing here formats text or touches the DOM.
 */
import type { ProductLookup } from '../products.js';
import type { AttributeDef, AttributeValue, Money, Product } from '../model/types.js';
import { own } from '../state/by-product.js';
import { getOrInsertComputed } from '../get-or-insert.js';

export type CompareView = 'all' | 'differences' | 'similarities';

export interface CompareOptions {
  /** Attribute keys to show, in this order. Default: the catalog's order, without attributes no compared product has. */
  attributes?: readonly string[];
  /** Group order; groups not listed follow in order of first appearance, attributes without a group last. */
  groups?: readonly string[];
  /** Labels by attribute key, and by group name for groups. */
  labels?: Readonly<Record<string, string>>;
  /** `differences` keeps the rows whose values differ, `similarities` the others. */
  view?: CompareView;
  /** `separation` orders the rows of each group by {@link CompareRow.separation}, most first. */
  orderBy?: 'retailer' | 'separation';
  /** Id of a compared product the others are measured against; ignored when it is not compared. */
  reference?: string;
  /** Labels of the price and rating rows of a first, summary group; no summary group without them. */
  summary?: { price: string; rating: string };
}

export interface CompareCell {
  /** Absent when the product does not specify it. */
  value?: AttributeValue;
  /** Holds the row's best value (ties are all best). */
  best: boolean;
  /** Value minus the reference's value, in base units: numbers and money in one currency only. */
  delta?: number;
  /** Whether the value equals the reference's (two missing values are equal); only with a reference. */
  sameAsReference?: boolean;
}

export interface CompareRow {
  def: AttributeDef;
  /** One per product, in the table's product order. */
  cells: CompareCell[];
  /** The values are not all equal; a missing value counts as a value of its own. */
  differs: boolean;
  /** 0..1: how strongly the row tells the products apart (see `separationOf`). */
  separation: number;
}

export interface CompareGroup {
  /** The group's name in the catalog; absent for attributes without a group and for the summary. */
  name?: string;
  label?: string;
  summary?: boolean;
  rows: CompareRow[];
}

export interface CompareTable {
  /** The compared products, in the order of the ids asked for. */
  products: Product[];
  /** Ids asked for that the catalog does not have. */
  missing: string[];
  /** Groups with at least one row. */
  groups: CompareGroup[];
  rowCount: number;
}

type Value = AttributeValue | undefined;
type Key = string | number | boolean | undefined;

/** A product's value for `key` (an own key: see `own`). */
export const attributeValue = (product: Product, key: string): Value => own(product.attributes, key);

export function compareTable(catalog: ProductLookup, ids: readonly string[], options: CompareOptions = {}): CompareTable {
  const products: Product[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const product = catalog.byId.get(id);
    if (product) products.push(product);
    else missing.push(id);
  }
  // -1 without a reference too: every id is a string.
  const reference = products.findIndex((product) => product.id === options.reference);
  const labelOf = (name: string) => own(options.labels ?? {}, name);

  const groups: CompareGroup[] = [];
  if (options.summary) {
    const { price, rating } = options.summary;
    groups.push({
      summary: true,
      rows: [
        buildRow({ key: 'price', label: price, type: 'money', better: 'lower' }, products.map((product) => product.price), reference),
        buildRow({ key: 'rating', label: rating, type: 'number', better: 'higher' }, products.map((product) => product.rating?.value), reference),
      ],
    });
  }
  for (const [name, defs] of groupDefs(selectDefs(catalog, products, options.attributes), options.groups ?? [])) {
    const rows = defs.map((def) => {
      const label = labelOf(def.key);
      return buildRow(label === undefined ? def : { ...def, label }, products.map((product) => attributeValue(product, def.key)), reference);
    });
    groups.push(name === undefined ? { rows } : { name, label: labelOf(name) ?? name, rows });
  }

  const view = options.view ?? 'all';
  let rowCount = 0;
  const shown = groups.filter((group) => {
    if (view !== 'all') group.rows = group.rows.filter((row) => row.differs === (view === 'differences'));
    // Array sort is stable: rows that separate equally keep the retailer's order.
    if (options.orderBy === 'separation') group.rows.sort((a, b) => b.separation - a.separation);
    rowCount += group.rows.length;
    return group.rows.length > 0;
  });
  return { products, missing, groups: shown, rowCount };
}

/** The definitions to show: the keys asked for, or every attribute a compared product has. */
function selectDefs(catalog: ProductLookup, products: readonly Product[], keys: readonly string[] | undefined): AttributeDef[] {
  const defs = keys ? [...new Set(keys)].flatMap((key) => catalog.attributeByKey.get(key) ?? []) : catalog.attributes;
  // A row no compared product has says nothing (a store's list spans all its categories).
  return defs.filter((def) => products.some((product) => attributeValue(product, def.key) !== undefined));
}

/** Definitions by group, in group order; an empty group name counts as none. */
function groupDefs(defs: readonly AttributeDef[], order: readonly string[]): Map<string | undefined, AttributeDef[]> {
  const groups = new Map<string | undefined, AttributeDef[]>(order.map((name) => [name, []]));
  for (const def of defs) {
    if (!def.group) continue;
    getOrInsertComputed(groups, def.group, () => []).push(def);
  }
  // The ungrouped last. Listed groups nothing belongs to, and an empty ungrouped one, are
  // dropped with the other empty groups.
  return groups.set(undefined, defs.filter((def) => !def.group));
}

/** Everything about one row, in a few linear passes over its values. */
function buildRow(def: AttributeDef, values: readonly Value[], reference: number): CompareRow {
  const amounts = measure(values);
  // Equal values get equal keys, so a row is compared with one Set instead of in pairs.
  const keys: readonly Key[] = amounts ?? values.map(valueKey);
  const distinct = new Set(keys);
  const differs = distinct.size > 1;
  const distinctPresent = distinct.size - (distinct.has(undefined) ? 1 : 0);
  const present = values.filter((value) => value !== undefined).length;
  let min = Infinity;
  let max = -Infinity;
  for (const amount of amounts ?? []) {
    if (amount === undefined) continue;
    min = Math.min(min, amount);
    max = Math.max(max, amount);
  }

  // Best needs something to beat: two values or more, not all equal (two distinct values are two values).
  let isBest: ((index: number) => boolean) | undefined;
  if (def.better && distinctPresent > 1) {
    const target = def.better === 'higher' ? max : min;
    if (amounts) isBest = (index) => amounts[index] === target;
    else if (values.every((value) => value === undefined || typeof value === 'boolean')) isBest = (index) => values[index] === (def.better === 'higher');
  }

  const referenceKey = keys[reference];
  const referenceAmount = amounts?.[reference];
  const cells = values.map((value, index): CompareCell => {
    const cell: CompareCell = value === undefined ? { best: false } : { value, best: isBest?.(index) ?? false };
    if (reference < 0) return cell;
    cell.sameAsReference = keys[index] === referenceKey;
    const amount = amounts?.[index];
    if (index !== reference && amount !== undefined && referenceAmount !== undefined) cell.delta = difference(amount, referenceAmount);
    return cell;
  });

  return { def, cells, differs, separation: differs ? separationOf(amounts, min, max, present, distinctPresent) : 0 };
}

/** `a − b`, rounded like unit conversion where fractions are involved: 1299.99 − 999.99 is 300, not 300.00000000000006. */
const difference = (a: number, b: number) => (Number.isInteger(a) && Number.isInteger(b) ? a - b : Number((a - b).toPrecision(12)));

/**
 * How strongly a row tells the products apart, from 0 (not at all) to 1:
 * - numbers, and money in one currency: the spread relative to the largest magnitude,
 *   `(max − min) / max(|max|, |min|)`, clamped to 0..1. 1 kg against 2 kg is 0.5.
 * - anything else: the share of distinct values beyond the first, `(distinct − 1) / (count − 1)`.
 *   Two products that differ score 1; 100 products split into two values score 1/99.
 * Missing values are unknowns, not evidence: they make a row differ, but only specified
 * values count here, so a row needs two of them to score above 0.
 */
function separationOf(amounts: readonly (number | undefined)[] | undefined, min: number, max: number, present: number, distinct: number): number {
  if (present < 2) return 0;
  if (!amounts) return (distinct - 1) / (present - 1);
  const scale = Math.max(Math.abs(min), Math.abs(max));
  return scale === 0 ? 0 : Math.min(1, (max - min) / scale);
}

/**
 * The values as numbers when they are measurable: numbers, or money all in one currency.
 * Undefined for any other row; a missing value stays undefined.
 */
function measure(values: readonly Value[]): Array<number | undefined> | undefined {
  let currency: string | undefined;
  const amounts: Array<number | undefined> = [];
  for (const value of values) {
    if (value === undefined || typeof value === 'number') amounts.push(value);
    else if (isMoney(value) && (currency ??= value.currency) === value.currency) amounts.push(value.amount);
    else return undefined;
  }
  return amounts;
}

/** After normalization an object value is money or a set (an array). */
export const isMoney = (value: Value): value is Money => typeof value === 'object' && !Array.isArray(value);

/**
 * A key equal for equal values that `measure` does not cover. Texts and booleans are their
 * own keys (after normalization one attribute holds one type); sets in any order are equal
 * (the catalog has already removed repeated items); money compares amount and currency.
 */
function valueKey(value: Value): Key {
  if (Array.isArray(value)) return `set:${JSON.stringify(value.length > 1 ? [...value].sort() : value)}`;
  if (isMoney(value)) return `money:${value.currency}:${value.amount}`;
  return value as Key;
}
