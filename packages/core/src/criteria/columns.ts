/**
 * The catalog as columns: one typed array per attribute, built on first use and kept for the
 * catalog's life, so ranking reads numbers from flat arrays instead of walking product objects.
 */
import type { Catalog } from '../catalog/normalize.js';
import type { AttributeDef, AttributeValue, Money, Product } from '../model/types.js';

/**
 * Numbers in base units (`1.2 kg` and `1200 g` are both 1200), amounts of one currency, a
 * rating, or a yes/no as 1 and 0. NaN where the product does not specify it, or gives a price
 * in another currency.
 */
export interface NumberColumn {
  kind: 'number';
  values: Float64Array;
  /** Of the specified values: smallest, largest, first and third quartile; NaN when there are none. */
  min: number;
  max: number;
  q1: number;
  q3: number;
}

/**
 * Texts and sets of texts, as codes into `labels` (an enum or text value is a set of one):
 * the items of product `i` are `items[offsets[i]]` up to `items[offsets[i + 1]]`.
 */
export interface ItemsColumn {
  kind: 'items';
  offsets: Uint32Array;
  items: Uint32Array;
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

export class CatalogColumns {
  /** Products are known by their index in the catalog's order, which also breaks ties in every ranking. */
  readonly size: number;
  private readonly indexById: Map<string, number>;
  private readonly built = new Map<string, NumberColumn | ItemsColumn>();
  private readonly currencyLists = new Map<string, string[]>();

  constructor(readonly catalog: Catalog) {
    this.size = catalog.products.length;
    this.indexById = new Map(catalog.products.map((product, index) => [product.id, index]));
  }

  idOf(index: number): string {
    return this.catalog.products[index]!.id;
  }

  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /** The definition of an attribute key, `price` or `rating`; undefined when the catalog has none. */
  def(key: string): AttributeDef | undefined {
    return Object.hasOwn(OWN_FIELDS, key) ? OWN_FIELDS[key] : this.catalog.attributeByKey.get(key);
  }

  /** The currencies of a money attribute's values, the most common first. */
  currencies(key: string): readonly string[] {
    let list = this.currencyLists.get(key);
    if (!list) {
      const counts = new Map<string, number>();
      for (const product of this.catalog.products) {
        const value = valueOf(product, key);
        if (isMoney(value)) counts.set(value.currency, (counts.get(value.currency) ?? 0) + 1);
      }
      this.currencyLists.set(key, (list = [...counts].sort((a, b) => b[1] - a[1]).map(([currency]) => currency)));
    }
    return list;
  }

  /** A number, rating, yes/no or money attribute as numbers; money only in `currency`. */
  numbers(key: string, currency?: string): NumberColumn {
    return this.column(currency ? `${key}:${currency}` : key, () => {
      const values = new Float64Array(this.size).fill(NaN);
      this.catalog.products.forEach((product, index) => {
        const value = valueOf(product, key);
        if (typeof value === 'number') values[index] = value;
        else if (typeof value === 'boolean') values[index] = Number(value);
        else if (isMoney(value) && value.currency === currency) values[index] = value.amount;
      });
      return { kind: 'number', values, ...spread(values) };
    });
  }

  /** An enum, text or set attribute as item codes. */
  items(key: string): ItemsColumn {
    return this.column(key, () => {
      const offsets = new Uint32Array(this.size + 1);
      const known = new Uint8Array(this.size);
      const codes = new Map<string, number>();
      const items: number[] = [];
      this.catalog.products.forEach((product, index) => {
        const value = valueOf(product, key);
        if (typeof value === 'string' || Array.isArray(value)) {
          known[index] = 1;
          for (const label of typeof value === 'string' ? [value] : value) {
            let code = codes.get(label);
            if (code === undefined) codes.set(label, (code = codes.size));
            items.push(code);
          }
        }
        offsets[index + 1] = items.length;
      });
      return { kind: 'items', offsets, items: Uint32Array.from(items), known, labels: [...codes.keys()], codes };
    });
  }

  private column<C extends NumberColumn | ItemsColumn>(key: string, build: () => C): C {
    let column = this.built.get(key) as C | undefined;
    if (!column) this.built.set(key, (column = build()));
    return column;
  }
}

function valueOf(product: Product, key: string): AttributeValue | undefined {
  if (key === 'price') return product.price;
  if (key === 'rating') return product.rating?.value;
  // Own keys only: an attribute named `constructor` is valid.
  return Object.hasOwn(product.attributes, key) ? product.attributes[key] : undefined;
}

/** After normalization an object value is money or a set (an array). */
const isMoney = (value: AttributeValue | undefined): value is Money => typeof value === 'object' && !Array.isArray(value);

/** Range and quartiles of the specified values. */
function spread(values: Float64Array): Pick<NumberColumn, 'min' | 'max' | 'q1' | 'q3'> {
  // A typed array sorts numerically, and NaN sorts last.
  const sorted = values.slice().sort();
  const count = sorted.findIndex(Number.isNaN);
  const present = count < 0 ? sorted : sorted.subarray(0, count);
  const at = (share: number) => (present.length ? present[Math.floor(share * (present.length - 1))]! : NaN);
  return { min: at(0), max: at(1), q1: at(0.25), q3: at(0.75) };
}
