/**
 * What a new criterion on an attribute starts as ("make this a criterion", from a product page,
 * the comparison or the filter).
 */
import type { AttributeDef, Product } from '../model/types.js';
import { findUnit } from '../model/units.js';
import { productValue } from './columns.js';
import { inUnit } from './compile.js';
import type { Criterion } from './criterion.js';
import type { Ranking } from './ranking.js';

/**
 * A new criterion on an attribute, a nice-to-have of normal importance: like `product`'s value
 * when given (at most its weight, at least its battery life, its brand), else from the catalog
 * (a range over every value, to narrow; the most common choice). Undefined when nothing is
 * known to start from.
 */
export function criterionFor(def: AttributeDef, product?: Product, ranking?: Ranking): Criterion | undefined {
  const base = { attribute: def.key, requirement: 'nice', importance: 'normal' } as const;
  const value = product && productValue(product, def.key);
  if (def.type === 'number' || def.type === 'money') {
    const { amount, currency } = typeof value === 'number' ? { amount: inUnit(value, def.unit ? findUnit(def.unit) : undefined) } : ((value ?? {}) as { amount?: number; currency?: string });
    if (def.key === 'rating') return { ...base, operator: 'at-least', value: Math.min(4.5, Math.max(3, Math.floor((amount ?? 4) * 2) / 2)) };
    const range = amount === undefined ? ranking?.distribution(def.key) : { min: amount, max: amount, currency };
    if (!range || Number.isNaN(range.min)) return undefined;
    const measured = { ...base, ...(range.currency && { currency: range.currency }) };
    if (amount !== undefined && def.better) return { ...measured, operator: def.better === 'higher' ? 'at-least' : 'at-most', value: amount };
    return { ...measured, operator: 'between', min: range.min, max: range.max };
  }
  if (def.type === 'boolean') return { ...base, operator: 'equals', value: value !== false };
  const common = ranking?.facets(def.key)?.sort((a, b) => b.count - a.count)[0];
  const values = typeof value === 'string' ? [value] : ((value as string[] | undefined) ?? (common ? [common.value as string] : []));
  return values.length ? { ...base, operator: def.type === 'set' ? 'has' : 'one-of', values } : undefined;
}
