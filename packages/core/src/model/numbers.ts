/**
 * The one reader of numbers written as text. The same characters mean different numbers in
 * different places: schema.org markup always uses "." as its decimal mark, while a retailer's
 * feed and product cards follow the store's locale ("1.299,00" in Germany, "1,299.00" in the
 * US, "1’299.00" in Switzerland). Text that could be read two ways is reported, never guessed.
 */
import { getOrInsertComputed } from '../get-or-insert.js';

/**
 * Where a text number comes from, which decides what its marks mean; `{}` when nothing is
 * known (then "1,200" is twelve hundred). The locale's marks and the currency's decimals are
 * looked up only for a text that needs them: the first `Intl.NumberFormat` of a locale loads
 * its data, a long task on a slow phone.
 */
export interface NumberStyle {
  /** schema.org markup: "." is the decimal mark, nothing groups thousands. */
  schemaOrg?: boolean;
  /** The locale the source writes numbers in (`de-DE`: "1.299,00"). */
  locale?: string;
  /** For prices, their currency: its decimals (2 for EUR, 3 for KWD) tell a thousands group from three decimals. */
  currency?: string;
}

/** What a text that reads as two different numbers gives. */
export const AMBIGUOUS = 'ambiguous';
export type Ambiguous = typeof AMBIGUOUS;

export const SCHEMA_ORG: NumberStyle = { schemaOrg: true };

type Marks = { decimal?: string; group?: string };
const localeMarks = new Map<string, Marks>();
const currencyDigits = new Map<string, number | undefined>();

/** The marks `style` promises: `de-DE` → decimal ",", group ".". */
function marksOf({ schemaOrg, locale }: NumberStyle): Marks {
  if (schemaOrg) return { decimal: '.' };
  if (!locale) return {};
  return getOrInsertComputed(localeMarks, locale, () => {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    const mark = (type: string) => parts.find((part) => part.type === type)?.value;
    return { decimal: mark('decimal'), group: mark('group') };
  });
}

/** How many decimals prices in `currency` have; undefined for an unknown code (normalization reports it). */
export function fractionDigitsOf(currency: string | undefined): number | undefined {
  if (!currency) return undefined;
  if (!currencyDigits.has(currency)) {
    try {
      currencyDigits.set(currency, new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits);
    } catch {
      currencyDigits.set(currency, undefined);
    }
  }
  return currencyDigits.get(currency);
}

/**
 * Reads `1200`, `1,200`, `1.200,5`, `1’299.00`, `1 299,00`, `1.299,–`. Two different marks: the
 * last one is the decimal mark. One mark followed by exactly three digits (`1,299`, `12.500`)
 * is a thousands group or three decimals, and `style` decides; when it cannot, the text is
 * ambiguous.
 */
export function readDecimal(text: string, style: NumberStyle = {}): number | Ambiguous | undefined {
  // Spaces and apostrophes only ever group thousands.
  let digits = text.replace(/[\s'’]/g, '');
  const sign = /^[+-]/.test(digits) ? digits[0] : '';
  digits = digits.slice(sign.length);
  let decimal: string | undefined;
  // "1.299,–" and "49.-": whole amounts, written after the decimal mark.
  const whole = /[.,][-–—]$/.exec(digits);
  if (whole) {
    decimal = whole[0][0];
    digits = digits.slice(0, whole.index);
  } else {
    const marks = digits.match(/[.,]/g) ?? [];
    const last = marks.at(-1);
    if (last && marks.some((mark) => mark !== last)) decimal = last;
    else if (last && marks.length === 1) {
      const kind = singleMark(digits, last, style);
      if (kind === AMBIGUOUS) return AMBIGUOUS;
      decimal = kind === 'decimal' ? last : undefined;
    }
  }
  const [integer = '', fraction, extra] = decimal ? digits.split(decimal) : [digits];
  if (extra !== undefined || !/^(\d+([.,]\d{2,3})*)?$/.test(integer) || (fraction !== undefined && !/^\d*$/.test(fraction))) return undefined;
  const plain = integer.replace(/[.,]/g, '');
  if (!plain && !fraction) return undefined;
  return Number(`${sign}${plain || '0'}.${fraction ?? ''}0`);
}

/** Whether the only mark in `digits` is a decimal mark, a thousands group, or could be either. */
function singleMark(digits: string, mark: string, style: NumberStyle): 'decimal' | 'group' | Ambiguous {
  const [integer, fraction] = digits.split(mark) as [string, string];
  // "49,9", "14.90", "0,750": no thousands group looks like these.
  if (fraction.length !== 3 || /^0*$/.test(integer)) return 'decimal';
  const { decimal, group } = marksOf(style);
  const fractionDigits = fractionDigitsOf(style.currency);
  const threeDecimalsFit = fractionDigits === undefined || fractionDigits >= 3;
  if (mark === decimal) return threeDecimalsFit ? 'decimal' : AMBIGUOUS;
  if (mark === group) return fractionDigits === 3 ? AMBIGUOUS : 'group';
  // A mark the source does not use: a group, unless a decimal mark was promised and three decimals could fit.
  return decimal === undefined || !threeDecimalsFit ? 'group' : AMBIGUOUS;
}
