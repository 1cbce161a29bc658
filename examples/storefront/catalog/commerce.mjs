/** Prices, stock, ratings and variants: the shop side of a product, the same for every category. */
import { round } from './random.mjs';

export const CURRENCY = 'EUR';

export const money = (amount) => ({ amount: round(amount, 2), currency: CURRENCY });

/**
 * A shelf price near `amount`: rounded to `step`, ending in .00/.99 (or .95 for small steps).
 * The ending follows from the amount, so equal list prices stay equal on the shelf.
 */
export function shelfPrice(amount, step) {
  const steps = Math.max(1, Math.round(amount / step));
  const endings = step >= 50 ? [1, 0.01] : [0.05, 0.01, 1];
  return round(steps * step - endings[steps % endings.length], 2);
}

/** Mostly in stock, as in a healthy shop. */
export function pickAvailability(random) {
  return random.weighted([['in-stock', 84], ['out-of-stock', 8], ['preorder', 4], ['discontinued', 4]]);
}

/** Skewed towards good ratings and few reviews; products not yet released have none. */
export function pickRating(random, availability) {
  if (availability === 'preorder') return undefined;
  const value = round(3.1 + Math.sqrt(random.next()) * 1.8, 1);
  const count = 1 + Math.round(random.next() ** 3 * 2400);
  return { value, count };
}

/**
 * Every combination of the options' values as a variant with its own SKU. An unavailable
 * value makes the variant out of stock; a product that is not on sale passes its state on.
 */
export function enumerateVariants(random, product) {
  let combinations = [{}];
  for (const option of product.options) {
    combinations = combinations.flatMap((selection) => option.values.map((value) => ({ ...selection, [option.key]: value })));
  }
  return combinations.map((chosen) => {
    const values = Object.values(chosen);
    const delta = values.reduce((sum, value) => sum + value.priceDelta, 0);
    return {
      id: [product.id, ...values.map((value) => value.value)].join('-'),
      selection: Object.fromEntries(Object.entries(chosen).map(([key, value]) => [key, value.value])),
      price: money(product.price.amount + delta),
      availability: variantAvailability(random, product.availability, values),
    };
  });
}

function variantAvailability(random, base, values) {
  if (base !== 'in-stock') return base;
  if (values.some((value) => !value.available)) return 'out-of-stock';
  return random.chance(0.08) ? 'out-of-stock' : 'in-stock';
}

/** An option value; `value` doubles as the SKU suffix, so it is a slug. */
export const optionValue = (value, label, priceDelta = 0, available = true) => ({ value, label, priceDelta: round(priceDelta, 2), available });
