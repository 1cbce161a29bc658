/**
 * Reads products from the store's own product cards, marked up with `data-shortlist-*`
 * attributes. It only extracts and shapes data: `normalizeCatalog` validates it later.
 * The small helpers below are shared with the JSON-LD source.
 */
import { describeValue } from '../../errors.js';
import type { CatalogInput, ProductInput } from '../../model/input.js';
import type { CatalogIssue } from '../../model/types.js';
import { parseNumber } from '../../model/units.js';

/** A product as a source found it; `name` may be missing, which `normalizeCatalog` reports. */
export type ProductDraft = Omit<ProductInput, 'name'> & { name?: string };

const ATTRIBUTE_PREFIX = 'data-shortlist-attr-';

/**
 * One product per element matching `selector`, e.g.
 * `<article data-shortlist-product="sku-1" data-shortlist-price="1299" data-shortlist-attr-weight="1.2 kg">`.
 */
export function readProductCards(
  root: ParentNode = document,
  selector = '[data-shortlist-product]',
): { input: CatalogInput; issues: CatalogIssue[] } {
  const products = new Map<string, ProductDraft>();
  const issues: CatalogIssue[] = [];

  root.querySelectorAll(selector).forEach((card, index) => {
    const data = (name: string) => card.getAttribute(`data-shortlist-${name}`)?.trim() || undefined;
    const where = `cards[${index}]`;
    const id = data('product');
    if (id === undefined) {
      const found = card.getAttribute('data-shortlist-product') ?? undefined;
      const subject = `Product card ${index + 1} (${selector}) was skipped`;
      issues.push(sourceIssue('dom', `${where}.data-shortlist-product`, 'a product id', found, subject));
      return;
    }
    const number = (name: string) => {
      const raw = data(name);
      const value = readNumber(raw);
      if (raw !== undefined && value === undefined) {
        issues.push(sourceIssue('dom', `${where}.data-shortlist-${name}`, 'a number', raw, `Product card "${id}"`, id));
      }
      return value;
    };
    // Only the element's own attributes: `dataset` would camelCase the attribute keys.
    const attributes = [...card.attributes]
      .filter((attr) => attr.name.startsWith(ATTRIBUTE_PREFIX) && attr.name.length > ATTRIBUTE_PREFIX.length)
      .map((attr) => [attr.name.slice(ATTRIBUTE_PREFIX.length), attr.value] as const);

    addProduct(
      products,
      defined({
        id,
        name: data('name') ?? (card.querySelector('[data-shortlist-name]')?.textContent?.trim() || undefined),
        price: number('price'),
        currency: data('currency'),
        brand: data('brand'),
        url: resolveUrl(data('url') ?? card.querySelector('a[href]')?.getAttribute('href'), card.baseURI),
        image: resolveUrl(data('image') ?? card.querySelector('img[src]')?.getAttribute('src'), card.baseURI),
        category: data('category'),
        availability: data('availability'),
        rating: number('rating'),
        // fromEntries defines own properties, so a key like `__proto__` stays plain data.
        attributes: attributes.length > 0 ? Object.fromEntries(attributes) : undefined,
      }),
    );
  });

  return { input: { products: [...products.values()] }, issues };
}

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

/**
 * A number from a number or from text such as `"$1,299.00"` or `"1.299,00 €"`: symbols and
 * letters go, the separators are read the one way the whole SDK reads them.
 */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return typeof value === 'string' ? parseNumber(value.replace(/[^\d.,+-]/g, '')) : undefined;
}

/** Drops absent fields so a product lists only what the page actually had. */
export function defined<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}
