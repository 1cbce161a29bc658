/**
 * What a retailer may hand to Shortlist, from any catalog source, before normalization.
 * Everything is loosely typed on purpose: `normalizeCatalog` checks it and reports what is wrong.
 */
import type { AttributeType, Better } from './types.js';

export interface ProductInput {
  id: string | number;
  name: string;
  url?: string;
  image?: string;
  brand?: string;
  /** GTIN-8, -12, -13 or -14; a number is padded with its leading zeros. */
  gtin?: string | number;
  /** `1299`, `"1299.00"`, `"1.299,00"` (in the catalog's locale), or `{ amount, currency }`; a bare amount uses `currency` or the catalog's. */
  price?: PriceInput;
  /** The regular price, while `price` is a sale price. */
  listPrice?: PriceInput;
  /** Lowest and highest price; worked out from the variants when absent. */
  priceRange?: { min: number | string; max: number | string; currency?: string };
  currency?: string;
  rating?: number | { value: number; count?: number };
  /** `in-stock`, `InStock` or `https://schema.org/InStock` — any of schema.org's names. */
  availability?: string;
  category?: string;
  /** `number`, `boolean`, `"1.2 kg"`, `["wifi", "bluetooth"]`, `{ value: 1.2, unit: "kg" }`… */
  attributes?: Record<string, unknown>;
  options?: OptionInput[];
  variants?: VariantInput[];
}

export type PriceInput = number | string | { amount: number | string; currency?: string };

export interface OptionInput {
  key: string;
  label?: string;
  values: Array<string | { value: string; label?: string; priceDelta?: number; available?: boolean }>;
}

export interface VariantInput {
  id: string | number;
  name?: string;
  selection: Record<string, string>;
  price?: PriceInput;
  listPrice?: PriceInput;
  availability?: string;
  url?: string;
  image?: string;
}

export interface AttributeDefInput {
  key: string;
  label?: string;
  type?: AttributeType;
  unit?: string;
  better?: Better;
  group?: string;
}

/** What every catalog source produces: raw products plus an optional attribute schema. */
export interface CatalogInput {
  products: unknown[];
  attributes?: AttributeDefInput[];
  /** Currency of bare price amounts. */
  currency?: string;
}
