/**
 * The catalog as columns: one typed array per attribute, built on first use and kept for the
 * catalog's life, so ranking reads numbers from flat arrays instead of walking product objects.
 */
import type { Catalog } from '../catalog/normalize.js';
import type { AttributeDef, AttributeValue, Money, Product } from '../model/types.js';
import { runAtOnce } from '../catalog/slices.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/**
 * Numbers in base units (`1.2 kg` and `1200 g` are both 1200), amounts of one currency, a
 * rating, or a yes/no as 1 and 0. NaN where the product does not specify it, or gives a price
 * in another currency. Each distinct value is kept once, in 64 bits (never rounded, so a
 * comparison with a bound reads what the catalog says), and each product holds the index of its
 * own in the smallest unsigned integers that fit: 10,000 laptops have a few screen sizes, a
 * few dozen ratings and some thousand prices, so a column takes 1–2 bytes a product rather
 * than 8 (10 when every value differs). Read a product's value with {@link valueOf}.
 */
export interface NumberColumn {
  kind: 'number';
  /** Each value once, ascending; NaN last when some product has none. */
  distinct: Float64Array;
  /** Per product, the index of its value in `distinct`. */
  codes: Uint8Array | Uint16Array | Uint32Array;
  /** Of the specified values: smallest, largest, first and third quartile; NaN when there are none. */
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/**
 * Texts and sets of texts, as codes into `labels` (an enum or text value is a set of one):
 * the items of product `i` are `items[offsets[i]]` up to `items[offsets[i + 1]]`, in the
 * smallest unsigned integers that hold every code (8 bits for up to 256 labels).
 */
export interface ItemsColumn {
  kind: 'items';
  offsets: Uint32Array;
  items: Uint8Array | Uint16Array | Uint32Array;
  /** 1 where the product specifies the attribute: an empty set is a value, a missing one is not. */
  known: Uint8Array;
  labels: string[];
  codes: Map<string, number>;
}

/** `price` and `rating` are the product's own fields; they read like attributes. */
const OWN_FIELDS: Record<string, AttributeDef> = {
  price: { key: 'price', label: 'Price', type: 'money', better: 'lower' },
  rating: { key: 'rating', label: 'Rating', type: 'number', better: 'higher' },
};

/** The definition of an attribute key, `price` or `rating` (what criteria name); undefined when the catalog has none. */
export const attributeDef = (catalog: Pick<Catalog, 'attributeByKey'>, key: string): AttributeDef | undefined =>
  Object.hasOwn(OWN_FIELDS, key) ? OWN_FIELDS[key] : catalog.attributeByKey.get(key);

/** Products read between two pauses when columns are read in steps (`prepare`). */
const STEP = 500;

export class CatalogColumns {
  /** Products are known by their index in the catalog's order, which also breaks ties in every ranking. */
  readonly size: number;
  /** Made on the first `indexOf`: 10,000 ids cost about 0.4 MB, which a ranking alone never needs. */
  private indexById?: Map<string, number>;
  private readonly built = new Map<string, NumberColumn | ItemsColumn>();
  private readonly currencyLists = new Map<string, string[]>();
  private presentDefs?: AttributeDef[];

  constructor(readonly catalog: Catalog) {
    this.size = catalog.products.length;
  }

  idOf(index: number): string {
    return this.catalog.products[index]!.id;
  }

  indexOf(id: string): number | undefined {
    return (this.indexById ??= new Map(this.catalog.products.map((product, index) => [product.id, index]))).get(id);
  }

  /** The definition of an attribute key, `price` or `rating`; undefined when the catalog has none. */
  def(key: string): AttributeDef | undefined {
    return attributeDef(this.catalog, key);
  }

  /** The attributes its products have, price and rating first, then in the catalog's order: what criteria can name here. */
  present(): readonly AttributeDef[] {
    return runAtOnce(this.presentSteps());
  }

  /** `present` in steps of a few hundred products (see `prepare`). */
  *presentSteps(): Generator<void, readonly AttributeDef[]> {
    if (!this.presentDefs) {
      const keys = new Set<string>();
      const { products } = this.catalog;
      for (let index = 0; index < this.size; index++) {
        if (index % STEP === 0) yield;
        const product = products[index]!;
        for (const key in product.attributes) keys.add(key);
        if (product.price) keys.add('price');
        if (product.rating) keys.add('rating');
      }
      this.presentDefs = [OWN_FIELDS.price!, OWN_FIELDS.rating!, ...this.catalog.attributes].filter(({ key }) => keys.has(key));
    }
    return this.presentDefs;
  }

  /** The currencies of a money attribute's values, the most common first. */
  currencies(key: string): readonly string[] {
    return runAtOnce(this.currencySteps(key));
  }

  /** A number, rating, yes/no or money attribute as numbers; money only in `currency`. */
  numbers(key: string, currency?: string): NumberColumn {
    return runAtOnce(this.numberSteps(key, currency));
  }

  /** An enum, text or set attribute as item codes. */
  items(key: string): ItemsColumn {
    return runAtOnce(this.itemSteps(key));
  }

  /**
   * Reads the column an attribute's criteria use (a price's in its most common currency), in
   * steps of a few hundred products: run it in slices before the first ranking of a large
   * catalog, and no task grows with the catalog. A column already read costs nothing.
   */
  *prepare(key: string): Generator<void> {
    const type = this.def(key)?.type;
    if (type === 'money') yield* this.numberSteps(key, (yield* this.currencySteps(key))[0]);
    else if (type === 'number' || type === 'boolean') yield* this.numberSteps(key);
    else if (type) yield* this.itemSteps(key);
  }

  private *currencySteps(key: string): Generator<void, readonly string[]> {
    let list = this.currencyLists.get(key);
    if (!list) {
      const counts = new Map<string, number>();
      yield* this.each(key, (value) => {
        if (isMoney(value)) counts.set(value.currency, (counts.get(value.currency) ?? 0) + 1);
      });
      this.currencyLists.set(key, (list = [...counts].sort((a, b) => b[1] - a[1]).map(([currency]) => currency)));
    }
    return list;
  }

  private *numberSteps(key: string, currency?: string): Generator<void, NumberColumn> {
    return yield* this.column(currency ? `${key}:${currency}` : key, function* (this: CatalogColumns) {
      const values = new Float64Array(this.size).fill(NaN);
      yield* this.each(key, (value, index) => {
        if (typeof value === 'number') values[index] = value;
        else if (typeof value === 'boolean') values[index] = Number(value);
        else if (isMoney(value) && value.currency === currency) values[index] = value.amount;
      });
      // A typed array sorts numerically, and NaN sorts last.
      const sorted = values.slice().sort();
      const distinct = sorted.filter((value, index) => index === 0 || !Object.is(value, sorted[index - 1]));
      const codes = new (unsignedArrayFor(distinct.length))(this.size);
      for (let index = 0; index < this.size; index++) {
        if (index % STEP === 0) yield;
        codes[index] = indexOfSorted(distinct, values[index]!);
      }
      return { kind: 'number', distinct, codes, ...spread(sorted) } as const;
    });
  }

  private *itemSteps(key: string): Generator<void, ItemsColumn> {
    return yield* this.column(key, function* (this: CatalogColumns) {
      const offsets = new Uint32Array(this.size + 1);
      const known = new Uint8Array(this.size);
      const codes = new Map<string, number>();
      // Made once, not per item: this runs for every item of every product.
      const nextCode = () => codes.size;
      const items: number[] = [];
      yield* this.each(key, (value, index) => {
        if (typeof value === 'string' || Array.isArray(value)) {
          known[index] = 1;
          for (const label of typeof value === 'string' ? [value] : value) {
            items.push(getOrInsertComputed(codes, label, nextCode));
          }
        }
        offsets[index + 1] = items.length;
      });
      return { kind: 'items', offsets, items: unsignedArrayFor(codes.size).from(items), known, labels: [...codes.keys()], codes } as const;
    });
  }

  /** Calls `visit` with each product's value of `key`, pausing every `STEP` products. */
  private *each(key: string, visit: (value: AttributeValue | undefined, index: number) => void): Generator<void> {
    const { products } = this.catalog;
    for (let index = 0; index < this.size; index++) {
      if (index % STEP === 0) yield;
      visit(productValue(products[index]!, key), index);
    }
  }

  private *column<C extends NumberColumn | ItemsColumn>(key: string, build: (this: CatalogColumns) => Generator<void, C>): Generator<void, C> {
    let column = this.built.get(key) as C | undefined;
    if (!column) this.built.set(key, (column = yield* build.call(this)));
    return column;
  }
}

/** A product's value of an attribute key, `price` or `rating`. */
export function productValue(product: Product, key: string): AttributeValue | undefined {
  if (key === 'price') return product.price;
  if (key === 'rating') return product.rating?.value;
  // Own keys only: an attribute named `constructor` is valid.
  return Object.hasOwn(product.attributes, key) ? product.attributes[key] : undefined;
}

/** After normalization an object value is money or a set (an array). */
const isMoney = (value: AttributeValue | undefined): value is Money => typeof value === 'object' && !Array.isArray(value);

/** A product's value in a number column (NaN: not specified). */
export const valueOf = (column: NumberColumn, product: number): number => column.distinct[column.codes[product]!]!;

/** The smallest unsigned integer array whose items can index `count` things. */
const unsignedArrayFor = (count: number) => (count <= 2 ** 8 ? Uint8Array : count <= 2 ** 16 ? Uint16Array : Uint32Array);

/** Where `value` is in `sorted` (ascending, NaN last, each value once; `value` is one of them). */
function indexOfSorted(sorted: Float64Array, value: number): number {
  if (Number.isNaN(value)) return sorted.length - 1;
  let [low, high] = [0, sorted.length - 1];
  while (low < high) {
    const middle = (low + high) >>> 1;
    // NaN at the end compares false: it is above every number.
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  // +0 sorts after −0: both may be there.
  return Object.is(sorted[low], value) ? low : low + 1;
}

/** Range and quartiles of the specified values, from all values sorted (NaN last). */
function spread(sorted: Float64Array): Pick<NumberColumn, 'min' | 'max' | 'q1' | 'q3'> {
  const count = sorted.findIndex(Number.isNaN);
  const present = count < 0 ? sorted : sorted.subarray(0, count);
  const at = (share: number) => (present.length ? present[Math.floor(share * (present.length - 1))]! : NaN);
  return { min: at(0), max: at(1), q1: at(0.25), q3: at(0.75) };
}
