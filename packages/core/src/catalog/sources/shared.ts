/** Helpers the page sources (JSON-LD, product cards) share. */
import { describeValue } from '../../errors.js';
import type { ProductInput } from '../../model/input.js';
import type { CatalogIssue } from '../../model/types.js';

/** A product as a source found it; `name` may be missing, which `normalizeCatalog` reports. */
export type ProductDraft = Omit<ProductInput, 'name'> & { name?: string };

/** A `CatalogIssue` whose message names the subject, the field, what was expected and what was found. */
export function sourceIssue(
  source: string,
  field: string,
  expected: string,
  value: unknown,
  subject: string,
  productId?: string,
): CatalogIssue {
  const found = describeValue(value);
  return defined({
    source,
    productId,
    field,
    expected,
    found,
    message: `Shortlist: ${subject}: ${field} should be ${expected}, found ${found}.`,
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
  if (!raw) return undefined;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : raw;
  } catch {
    return raw;
  }
}

/** Drops absent fields so a product lists only what the page actually had. */
export function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
