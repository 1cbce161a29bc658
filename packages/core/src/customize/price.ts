/**
 * The price of a configuration: the base price — the chosen variant's own price, else the
 * product's — plus the price of each chosen value (a fixed amount and/or a percentage of the
 * base; percentages never compound). A variant's price already includes the values it selects,
 * so only the other options add theirs.
 */
import type { Money, PriceDelta, Product, ProductOption, Variant } from '../model/types.js';
import type { Selection } from './selection.js';
import { fractionDigitsOf } from '../model/numbers.js';

export function priceOf(product: Product, options: readonly ProductOption[], selection: Selection, variant: Variant | undefined): Money | undefined {
  const base = variant?.price ?? product.price;
  if (!base) return undefined;
  let amount = base.amount;
  for (const option of options) {
    if (!Object.hasOwn(selection, option.key) || (variant && Object.hasOwn(variant.selection, option.key))) continue;
    amount += deltaOf(chargeOf(option, selection[option.key]!), base);
  }
  return { amount: roundToCurrency(amount, base.currency), currency: base.currency };
}

/** What choosing `value` adds to a base price, rounded to the currency's minor unit (0 for nothing). */
export function deltaOf(charge: PriceDelta | undefined, base: Money): number {
  if (!charge) return 0;
  return roundToCurrency((charge.priceDelta ?? 0) + (base.amount * (charge.pricePercent ?? 0)) / 100, base.currency);
}

/** The price entry that applies to a chosen value: the value's own, a filled-in text's, none for numbers. */
export function chargeOf(option: ProductOption, value: string | number): PriceDelta | undefined {
  if (option.kind === 'text') return value === '' ? undefined : option;
  return option.kind === 'number' ? undefined : option.values.find((entry) => entry.value === value);
}

/** Rounds to the currency's minor unit: cents for EUR, none for JPY (cents for a code Intl does not know). */
function roundToCurrency(amount: number, currency: string): number {
  const units = 10 ** (fractionDigitsOf(currency) ?? 2);
  return Math.round(amount * units) / units;
}
