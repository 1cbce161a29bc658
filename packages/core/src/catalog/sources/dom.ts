/**
 * Reads products from the store's own product cards, marked up with `data-shortlist-*`
 * attributes. It only extracts and shapes data: `normalizeCatalog` validates it later.
 */
import { CLEAR_NUMBER } from '../../model/attributes.js';
import { AMBIGUOUS } from '../../model/numbers.js';
import type { CatalogIssue } from '../../model/types.js';
import { readAmount } from '../../model/values.js';
import { catalogIssue, defined } from '../entries.js';
import { addProduct, resolveUrl, type ProductDraft, type SourceResult } from './shared.js';

const ATTRIBUTE_PREFIX = 'data-shortlist-attr-';

/**
 * One product per element matching `selector`, e.g.
 * `<article data-shortlist-product="sku-1" data-shortlist-price="1299" data-shortlist-attr-weight="1.2 kg">`.
 * Prices and ratings are read in the retailer's `locale` ("1.299,00" in `de-DE`), when given.
 */
export function readProductCards(root: ParentNode = document, selector = '[data-shortlist-product]', locale?: string): SourceResult {
  const products = new Map<string, ProductDraft>();
  const issues: CatalogIssue[] = [];

  root.querySelectorAll(selector).forEach((card, index) => {
    const data = (name: string) => card.getAttribute(`data-shortlist-${name}`)?.trim() || undefined;
    const where = `cards[${index}]`;
    const id = data('product');
    if (id === undefined) {
      const found = card.getAttribute('data-shortlist-product') ?? undefined;
      const subject = `Product card ${index + 1} (${selector}) was skipped`;
      issues.push(catalogIssue('dom', `${where}.data-shortlist-product`, 'a product id', found, subject));
      return;
    }
    const currency = data('currency');
    const number = (name: string) => {
      const raw = data(name);
      const value = readAmount(raw, { locale, currency: name === 'price' ? currency : undefined });
      if (raw !== undefined && typeof value !== 'number') {
        issues.push(catalogIssue('dom', `${where}.data-shortlist-${name}`, value === AMBIGUOUS ? CLEAR_NUMBER : 'a number', raw, `Product card "${id}"`, id));
      }
      return typeof value === 'number' ? value : undefined;
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
        currency,
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
