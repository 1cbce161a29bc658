/** Helpers the page sources (JSON-LD, product cards) share, and normalization too. */
import { describeValue } from '../../errors.js';
import type { CatalogInput, ProductInput } from '../../model/input.js';
import { httpUrl } from '../../model/url.js';
import type { CatalogIssue } from '../../model/types.js';

/** What a page source read: its products, and an issue for each thing it could not read. */
export interface PageSourceResult {
  input: CatalogInput;
  issues: CatalogIssue[];
}

/** A product as a source found it; `name` may be missing, which `normalizeCatalog` reports. */
export type ProductDraft = Omit<ProductInput, 'name'> & { name?: string };

/**
 * A `CatalogIssue` whose message names the subject, the field, what was expected and what was
 * found. The message may name the field relative to the subject (`shownField`): `price` of
 * `product "p1"`, where the issue's `field` is the whole path `products[0].price`.
 */
export function catalogIssue(
  source: string,
  field: string,
  expected: string,
  value: unknown,
  subject: string,
  productId?: string,
  shownField = field,
): CatalogIssue {
  const found = describeValue(value);
  return defined({
    source,
    productId,
    field,
    expected,
    found,
    message: `Shortlist: ${subject}: ${shownField ? `${shownField} ` : ''}should be ${expected}, found ${found}.`,
  });
}

/**
 * The same product shown twice (two carousels, two scripts) becomes one product:
 * the first occurrence wins field by field, later ones only fill gaps.
 */
export function addProduct(products: Map<string, ProductDraft>, product: ProductDraft): void {
  const key = String(product.id);
  const first = products.get(key);
  if (!first) {
    products.set(key, product);
    return;
  }
  const attributes = first.attributes || product.attributes ? { ...product.attributes, ...first.attributes } : undefined;
  products.set(key, defined({ ...product, ...first, attributes }));
}

/**
 * Makes relative http(s) links absolute. Anything else (`javascript:`, `data:`…) stays
 * exactly as written so URL validation can refuse it by what the page said.
 */
export function resolveUrl(raw: string | null | undefined, base: string): string | undefined {
  return raw ? (httpUrl(raw, base) ?? raw) : undefined;
}

/** `T` without its absent fields: a field that may be `undefined` becomes optional. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops absent fields so a product lists only what the page actually had. */
export function defined<T extends object>(fields: T): Defined<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Defined<T>;
}
