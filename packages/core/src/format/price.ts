/**
 * A product's price as the views show it: the current price, "was" the regular price while on
 * sale, or the range of a product whose variants cost different amounts. One function, so the
 * tray's panel and the comparison say it alike.
 */
import type { Product } from '../model/types.js';
import type { Formatter } from './format.js';
import { priceMessages } from './messages-price.js';

/** `€1,099.00, was €1,299.00`, `€99.00 – €149.00`, `€49.00`; undefined without a price. */
export function formatProductPrice(format: Formatter, { price, listPrice, priceRange }: Product): string | undefined {
  format.use(priceMessages);
  if (priceRange) return `${format.price({ amount: priceRange.min, currency: priceRange.currency })} – ${format.price({ amount: priceRange.max, currency: priceRange.currency })}`;
  if (!price) return undefined;
  return listPrice ? format.t('priceWas', { price: format.price(price), listPrice: format.price(listPrice) }) : format.price(price);
}
