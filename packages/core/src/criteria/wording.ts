/**
 * The criteria in words, for every view that shows them (the filter, fit badges, the tray, the
 * comparison): a criterion ("Weight: at most 1.5 kg"), why a product meets it or not ("Weight:
 * 1.7 kg, 0.2 kg over your 1.5 kg"), a fit badge. Numbers are formatted in the shopper's locale
 * with their unit or currency. (A relax suggestion's words are the filter's: `filter/relax.ts`.)
 */
import { formatAttribute } from '../format/attribute.js';
import type { Formatter } from '../format/format.js';
import type { AttributeDef, AttributeValue } from '../model/types.js';
import { findUnit } from '../model/units.js';
import type { FitStatus } from './combine.js';
import { inBase } from './compile.js';
import type { Criterion } from './criterion.js';
import type { Explanation } from './explain.js';

const STATUS_KEYS = {
  great: 'criteriaStatusGreat',
  good: 'criteriaStatusGood',
  weak: 'criteriaStatusWeak',
  fails: 'criteriaStatusFails',
  unknown: 'criteriaStatusUnknown',
} as const;

/** The attribute's label; price and rating in the shopper's language. */
export const labelOf = ({ t }: Formatter, def: AttributeDef): string =>
  def.key === 'price' ? t('criteriaPrice') : def.key === 'rating' ? t('criteriaRating') : def.label;

/** A value as a criterion or an explanation gives it: a number in `unit` (or an amount of `currency`), a text, items, yes or no. */
export function valueText(format: Formatter, def: AttributeDef, value: number | string | boolean | readonly string[] | undefined, unit?: string, currency?: string): string {
  // Without a unit, a criterion's numbers are in the attribute's display unit.
  const measure = unit ?? def.unit;
  let shown: AttributeValue | undefined = value;
  if (typeof value === 'number') shown = currency ? { amount: value, currency } : inBase(value, measure ? findUnit(measure) : undefined);
  return formatAttribute(format, { ...def, unit: measure }, shown);
}

/** "Weight: at most 1.5 kg", "Ports: with USB-C, HDMI", "Touchscreen: Yes". */
export function criterionText(format: Formatter, def: AttributeDef, criterion: Criterion): string {
  const label = labelOf(format, def);
  const { unit, currency } = criterion as { unit?: string; currency?: string };
  const number = (value: number) => valueText(format, def, value, unit, currency);
  switch (criterion.operator) {
    case 'at-most':
    case 'at-least':
      return format.t(criterion.operator === 'at-most' ? 'criteriaAtMost' : 'criteriaAtLeast', { label, value: number(criterion.value) });
    case 'between':
      return format.t('criteriaBetween', { label, min: number(criterion.min), max: number(criterion.max) });
    case 'equals':
      return format.t('criteriaIs', { label, values: typeof criterion.value === 'number' ? number(criterion.value) : valueText(format, def, criterion.value) });
    default: {
      // `has` without values: a yes/no that is yes.
      const { operator, values = [true] } = criterion;
      return format.t(operator === 'none-of' ? 'criteriaIsNot' : operator === 'has' && criterion.values ? 'criteriaHas' : 'criteriaIs', {
        label,
        values: values.map((value) => valueText(format, def, value)).join(', '),
      });
    }
  }
}

/** Why a product meets a criterion or not: met, missed by how much, or not specified. */
export function explanationText(format: Formatter, def: AttributeDef, criterion: Criterion, explanation: Explanation): string {
  const label = labelOf(format, def);
  const { outcome, unit, currency, direction, items } = explanation;
  if (outcome === 'unknown') return format.t('criteriaUnknown', { label });
  const amount = (value: number | undefined) => valueText(format, def, value, unit, currency);
  const value = typeof explanation.value === 'number' ? amount(explanation.value) : valueText(format, def, explanation.value);
  if (outcome === 'met') return format.t('criteriaMet', { label, value });
  if (direction) return format.t(direction === 'over' ? 'criteriaOver' : 'criteriaUnder', { label, value, target: amount(explanation.target), difference: amount(explanation.difference) });
  // A set missing items asked for; anything else (none-of included: `value` shows the unwanted items) is not what was asked.
  if (items && criterion.operator === 'has') return format.t('criteriaLacks', { label, items: items.join(', ') });
  return format.t('criteriaOther', { label, value });
}

/** "Great fit · 86/100". */
export const badgeText = (format: Formatter, status: Exclude<FitStatus, 'unrated'>, score = 0): string =>
  format.t('criteriaBadge', { status: format.t(STATUS_KEYS[status]), score });
