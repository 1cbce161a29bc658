/**
 * Formats attribute values for display. Separate from the formatter because only the
 * comparison and criteria views need it, and it brings the unit table along.
 */
import type { AttributeDef, AttributeValue, Money } from '../model/types.js';
import { fromBase, unitOf } from '../model/units.js';
import type { Formatter } from './format.js';
import { valueMessages } from './messages-values.js';

/** Formats a value in the attribute's display unit; a missing value reads "Not specified". */
export function formatAttribute(format: Formatter, def: AttributeDef, value: AttributeValue | undefined): string {
  format.use(valueMessages);
  if (value === undefined) return format.t('notSpecified');
  if (typeof value === 'boolean') return format.t(value ? 'yes' : 'no');
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return formatAmount(format, def, value as number | Money);
}

/**
 * Formats a signed difference (a value minus the reference's, in base units) in the
 * attribute's display unit: `+200 g`, `−1 h`, `+€50.00`. The minus is U+2212, which reads as
 * a minus sign rather than a hyphen; zero reads `±0 g`. The sign follows the exact difference,
 * so one below the display precision reads `+0 kg`: more, by less than shown. Pass `currency`
 * for money.
 */
export function formatDelta(format: Formatter, def: AttributeDef, delta: number, currency?: string): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '\u2212' : '±';
  const size = Math.abs(delta);
  return sign + formatAmount(format, def, currency ? { amount: size, currency } : size);
}

/** A price, or a number stored in base units shown in the attribute's unit (`1350` → `1.35 kg`). */
function formatAmount(format: Formatter, def: AttributeDef, value: number | Money): string {
  if (typeof value === 'object') return format.price(value);
  const unit = def.unit ? unitOf(def.unit) : undefined;
  if (!unit) return format.number(value);
  const amount = fromBase(value, unit);
  return unit.intl
    ? format.number(amount, { style: 'unit', unit: unit.intl, maximumFractionDigits: 2 })
    : `${format.number(amount)} ${unit.symbol}`;
}
