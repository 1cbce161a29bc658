/**
 * The one vocabulary of Shortlist: what a product, an attribute and a value are,
 * once the catalog has been normalized. Raw input shapes live in `input.ts`.
 */

/** The kinds of value an attribute can hold. */
export type AttributeType = 'number' | 'boolean' | 'enum' | 'set' | 'text' | 'money';

/** Which direction of a number is better for the shopper; absent when neither is. */
export type Better = 'higher' | 'lower';

/** How one attribute is named, typed, measured and grouped. */
export interface AttributeDef {
  key: string;
  label: string;
  type: AttributeType;
  /** Display unit of a `number` attribute (`kg`, `h`, `in`…); values are stored in the unit's base. */
  unit?: string;
  better?: Better;
  /** Heading under which the attribute is shown (`Display`, `Battery`…). */
  group?: string;
}

/**
 * A price: an amount in a currency (ISO 4217). Prices in Shortlist's model:
 * - `price`, what the shopper pays now: the sale price when on sale, the lowest price when the
 *   product's variants or offers cost different amounts;
 * - `listPrice`, the regular (strike-through) price, only while on sale, so always above `price`;
 * - `priceRange`, lowest and highest price of a product whose variants or offers differ.
 * A missing price is absent, never 0, and every price has its currency.
 */
export interface Money {
  amount: number;
  currency: string;
}

/** The lowest and highest price of a product whose variants or offers cost different amounts (`min` < `max`). */
export interface PriceRange {
  min: number;
  max: number;
  currency: string;
}

/**
 * A normalized attribute value. Numbers with a unit are stored in the base unit of their
 * dimension (grams, millimetres, seconds…), so `1.2 kg` and `1200 g` are both `1200`.
 * A missing value is simply absent from `Product.attributes`: "not specified", never 0 or "".
 */
export type AttributeValue = number | boolean | string | readonly string[] | Money;

/** Stock state, following schema.org's `ItemAvailability` names. */
export type Availability =
  | 'in-stock'
  | 'out-of-stock'
  | 'preorder'
  | 'backorder'
  | 'limited'
  | 'discontinued'
  | 'unknown';

export interface Rating {
  /** 0–5 */
  value: number;
  count?: number;
}

/** One choice of a product option, e.g. `16 GB` of `memory`. */
export interface OptionValue {
  value: string;
  label: string;
  /** Price added to the base price when chosen (may be negative). */
  priceDelta?: number;
  available: boolean;
}

/** Something the shopper chooses when configuring a product (size, colour, memory…). */
export interface ProductOption {
  key: string;
  label: string;
  values: OptionValue[];
}

/**
 * A purchasable combination of option values, with its own id (SKU). `selection` is empty when
 * the store names its variants without saying which options they are (offers with own SKUs).
 */
export interface Variant {
  id: string;
  /** What the store calls it (`Coat – M, red`). */
  name?: string;
  selection: Record<string, string>;
  price?: Money;
  /** The regular price while this variant is on sale. */
  listPrice?: Money;
  availability?: Availability;
  url?: string;
  image?: string;
}

export interface Product {
  id: string;
  name: string;
  url?: string;
  image?: string;
  brand?: string;
  /** GTIN-8, -12, -13 or -14 as text, with its leading zeros. */
  gtin?: string;
  price?: Money;
  /** The regular price while the product is on sale (see {@link Money}). */
  listPrice?: Money;
  priceRange?: PriceRange;
  rating?: Rating;
  /** With variants: the best of theirs (in stock when any variant is). */
  availability: Availability;
  category?: string;
  attributes: Record<string, AttributeValue>;
  options?: ProductOption[];
  variants?: Variant[];
}

/**
 * Something wrong in the catalog input. The product or field it names was left out;
 * everything else loaded.
 */
export interface CatalogIssue {
  /** Which source found it: `inline`, `feed`, `json-ld` or `dom`. */
  source: string;
  /** Id of the product, when it has one. */
  productId?: string;
  /** Dotted path of the field (`products[3].price`, `attributes.weight`). */
  field: string;
  expected: string;
  found: string;
  message: string;
}
