/**
 * The one vocabulary of Shortlist: what a product, an attribute and a value are,
 * once the catalog has been normalized. Raw input shapes live in `input.ts`.
 */
import type { OptionInput, RuleInput } from './input.js';

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

/**
 * How an option is chosen. `choice`, `size` and `material` pick one of a list of values (they
 * differ only in how a customizer shows them: swatches, size buttons, a list); `text` is free
 * text such as an engraving; `number` is a setting in a range, such as a firmness from 0 to 100.
 */
export type OptionKind = 'choice' | 'size' | 'material' | 'text' | 'number';

/** What choosing a value adds to the price: a fixed amount and/or a percentage of the base price. */
export interface PriceDelta {
  /** Added to the base price in the product's currency (may be negative). */
  priceDelta?: number;
  /** Percent of the base price (the variant's price, else the product's) added (may be negative). */
  pricePercent?: number;
}

/** One value of a list option, e.g. `32 GB` of `memory`. */
export interface OptionValue extends PriceDelta {
  value: string;
  label: string;
  /** False when the value is sold out whatever else is chosen. */
  available: boolean;
  /** A swatch colour: `#rgb` or `#rrggbb`. */
  swatch?: string;
  /** A swatch image (http(s) or relative URL). */
  image?: string;
  /** An image layered over the product's preview when the value is chosen. */
  layer?: string;
}

interface OptionBase {
  key: string;
  label: string;
}

/** An option whose value is one of a list. */
export interface ListOption extends OptionBase {
  kind: 'choice' | 'size' | 'material';
  values: OptionValue[];
}

/** Free text, e.g. an engraving. Empty text means "none", unless the option is required. */
export interface TextOption extends OptionBase, PriceDelta {
  kind: 'text';
  maxLength: number;
  /** Allowed characters, single ones and ranges: `A-Za-z0-9 .&-`. Absent: any printable character. */
  allowed?: string;
  required: boolean;
}

/** A number in a range on a step grid, e.g. a firmness from 0 to 100 in steps of 5. */
export interface NumberOption extends OptionBase {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  /** The value before the shopper changes it: on the grid, from `min` to `max`. */
  default: number;
  /** Shown after the number (`cm`, `%`). */
  unit?: string;
}

/**
 * Something the shopper chooses when configuring a product (colour, size, an engraving, a
 * firmness…), as the customizer reads it from `Product.options`.
 */
export type ProductOption = ListOption | TextOption | NumberOption;

/** One clause of a rule's condition: the list option `key` takes one of `values`. */
export interface OptionClause {
  key: string;
  values: string[];
}

/**
 * A rule between list options, as the customizer reads it from `Product.rules`. Every clause of
 * `if` must hold for the rule to apply (no `if`: it always applies). Then, for `requires` and
 * `only-with`, every clause of `then` must hold; for `excludes`, no clause of `then` may hold.
 * (Numbers and texts are checked on their own: their range and step, their length and characters.)
 */
export interface OptionRule {
  kind: 'requires' | 'only-with' | 'excludes';
  if: OptionClause[];
  then: OptionClause[];
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
  /**
   * The product's options and the rules between them, as the catalog gave them: the customizer
   * reads and checks them when the product is configured, so their checks load only with it.
   */
  options?: readonly OptionInput[];
  rules?: readonly RuleInput[];
  variants?: Variant[];
  /** Where the shopper changes this item (a configured item: its product page with its options); the tray and the comparison link to it as "Edit". */
  editUrl?: string;
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
