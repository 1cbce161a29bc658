/**
 * Formats attribute values for display. Separate from the formatter because only the
 * comparison and criteria views need it, and it brings the unit table along.
 */
import type { AttributeDef, AttributeValue, Money } from '../model/types.js';
import { findUnit, fromBase } from '../model/units.js';
import type { Formatter } from './format.js';

/** Formats a value in the attribute's display unit; a missing value reads "Not specified". */
export function formatAttribute(format: Formatter, def: AttributeDef, value: AttributeValue | undefined): string {
  if (value === undefined) return format.t('notSpecified');
  if (typeof value === 'boolean') return format.t(value ? 'yes' : 'no');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return format.price(value as Money);
  const unit = def.unit ? findUnit(def.unit) : undefined;
  if (!unit) return format.number(value as number);
  const amount = fromBase(value as number, unit);
  return unit.intl
    ? format.number(amount, { style: 'unit', unit: unit.intl, maximumFractionDigits: 2 })
    : `${format.number(amount)} ${unit.symbol}`;
}
