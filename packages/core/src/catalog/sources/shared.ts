/** What the sources (feed, JSON-LD, microdata, product cards) share. */
import type { CatalogInput, ProductInput } from '../../model/input.js';
import { httpUrl } from '../../model/url.js';
import type { CatalogIssue } from '../../model/types.js';
import { defined } from '../entries.js';

/** What a source read: its products, and an issue for each thing it could not read. */
export interface SourceResult {
  input: CatalogInput;
  issues: CatalogIssue[];
}

/** A product as a source found it; `name` may be missing, which `normalizeCatalog` reports. */
export type ProductDraft = Omit<ProductInput, 'name'> & { name?: string };

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
