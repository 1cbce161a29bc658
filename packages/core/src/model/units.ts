/**
 * Units of measure. A value with a unit is stored in the base unit of its dimension, so
 * values written in different units compare and rank correctly (`1.2 kg` = `1200 g`).
 */

export type Dimension =
  | 'mass'
  | 'length'
  | 'volume'
  | 'power'
  | 'energy'
  | 'charge'
  | 'time'
  | 'data'
  | 'frequency';

export interface Unit {
  /** Canonical symbol, as shown to shoppers (`kg`, `GB`, `in`). */
  symbol: string;
  dimension: Dimension;
  /** How many base units one of this unit is. */
  factor: number;
  /** `Intl.NumberFormat` unit identifier, where Intl knows the unit. */
  intl?: string;
}

// [symbol, dimension, factor, Intl unit, other spellings and UN/CEFACT codes (as in schema.org unitCode)]
const TABLE: Array<[string, Dimension, number, string | undefined, string[]]> = [
  ['mg', 'mass', 0.001, 'milligram', ['MGM', 'milligram', 'milligrams']],
  ['g', 'mass', 1, 'gram', ['GRM', 'gram', 'grams', 'gr']],
  ['kg', 'mass', 1000, 'kilogram', ['KGM', 'kilogram', 'kilograms', 'kgs']],
  ['oz', 'mass', 28.349523125, 'ounce', ['ONZ', 'ounce', 'ounces']],
  ['lb', 'mass', 453.59237, 'pound', ['LBR', 'lbs', 'pound', 'pounds']],
  ['mm', 'length', 1, 'millimeter', ['MMT', 'millimeter', 'millimetre', 'millimeters', 'millimetres']],
  ['cm', 'length', 10, 'centimeter', ['CMT', 'centimeter', 'centimetre', 'centimeters', 'centimetres']],
  ['m', 'length', 1000, 'meter', ['MTR', 'meter', 'metre', 'meters', 'metres']],
  ['km', 'length', 1_000_000, 'kilometer', ['KMT', 'kilometer', 'kilometre']],
  ['in', 'length', 25.4, 'inch', ['INH', '"', '″', 'inch', 'inches', 'zoll', 'Zoll']],
  ['ft', 'length', 304.8, 'foot', ['FOT', 'foot', 'feet']],
  ['ml', 'volume', 1, 'milliliter', ['MLT', 'mL', 'milliliter', 'millilitre']],
  ['cl', 'volume', 10, undefined, ['CLT', 'centiliter', 'centilitre']],
  ['l', 'volume', 1000, 'liter', ['LTR', 'L', 'liter', 'litre', 'liters', 'litres']],
  ['W', 'power', 1, undefined, ['WTT', 'w', 'watt', 'watts']],
  ['kW', 'power', 1000, undefined, ['KWT', 'kw', 'kilowatt', 'kilowatts']],
  ['Wh', 'energy', 1, undefined, ['WHR', 'wh', 'watt-hour', 'watt hours']],
  ['kWh', 'energy', 1000, undefined, ['KWH', 'kwh', 'kilowatt-hour', 'kilowatt hours']],
  ['mAh', 'charge', 1, undefined, ['mah', 'MAH']],
  ['Ah', 'charge', 1000, undefined, ['AMH', 'ah']],
  ['ms', 'time', 0.001, 'millisecond', ['C26', 'millisecond', 'milliseconds']],
  ['s', 'time', 1, 'second', ['SEC', 'sec', 'second', 'seconds']],
  ['min', 'time', 60, 'minute', ['MIN', 'mins', 'minute', 'minutes']],
  ['h', 'time', 3600, 'hour', ['HUR', 'hr', 'hrs', 'hour', 'hours', 'Std', 'Std.']],
  ['d', 'time', 86400, 'day', ['DAY', 'day', 'days', 'nights', 'Tage']],
  ['B', 'data', 1, 'byte', ['AD', 'byte', 'bytes']],
  ['KB', 'data', 1e3, 'kilobyte', ['2P', 'kB', 'kilobyte', 'kilobytes']],
  ['MB', 'data', 1e6, 'megabyte', ['4L', 'megabyte', 'megabytes']],
  ['GB', 'data', 1e9, 'gigabyte', ['E34', 'gigabyte', 'gigabytes']],
  ['TB', 'data', 1e12, 'terabyte', ['E35', 'terabyte', 'terabytes']],
  ['Hz', 'frequency', 1, undefined, ['HTZ', 'hz', 'hertz']],
  ['kHz', 'frequency', 1e3, undefined, ['KHZ', 'khz', 'kilohertz']],
  ['MHz', 'frequency', 1e6, undefined, ['MHZ', 'mhz', 'megahertz']],
  ['GHz', 'frequency', 1e9, undefined, ['A86', 'ghz', 'gigahertz']],
];

const UNITS = new Map<string, Unit>();
/** Lower-cased names, first one wins: `gb` finds `GB`, while `m` stays metres. */
const UNITS_ANY_CASE = new Map<string, Unit>();
for (const [symbol, dimension, factor, intl, aliases] of TABLE) {
  const unit: Unit = { symbol, dimension, factor, intl };
  for (const name of [symbol, ...aliases]) {
    UNITS.set(name, unit);
    if (!UNITS_ANY_CASE.has(name.toLowerCase())) UNITS_ANY_CASE.set(name.toLowerCase(), unit);
  }
}

/**
 * Finds a unit by symbol, spelling or UN/CEFACT code. The exact case wins (`MB` is not `mb`
 * where both exist); otherwise any case is accepted (`16 gb`).
 */
export function findUnit(name: string): Unit | undefined {
  const trimmed = name.trim();
  return UNITS.get(trimmed) ?? UNITS_ANY_CASE.get(trimmed.toLowerCase());
}

/** A number with its unit, as parsed from input. */
export interface Quantity {
  /** In the base unit of `unit.dimension`. */
  base: number;
  unit: Unit;
}

const QUANTITY = /^([+-]?\d[\d\s.,']*)\s*([^\d\s].*)?$/;

/**
 * Reads a decimal number as people write it: `1200`, `1,200`, `1.200,5`, `1,5`, `1 200`.
 * A single separator followed by exactly three digits is a thousands separator.
 */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.replace(/[\s']/g, '');
  const sign = /^[+-]/.test(trimmed) ? trimmed[0] : '';
  let digits = trimmed.slice(sign.length);
  const lastDot = digits.lastIndexOf('.');
  const lastComma = digits.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    digits = digits.split(decimal === '.' ? ',' : '.').join('').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = digits.split(separator);
    const thousands = parts.length > 2 || (parts[1]?.length === 3 && parts[0] !== '0');
    digits = thousands ? parts.join('') : parts.join('.');
  }
  if (!/^\d+(\.\d+)?$/.test(digits)) return undefined;
  return Number(sign + digits);
}

/**
 * Parses `"1.2 kg"`, `'15.6"'`, `{ value: 1.2, unit: "KGM" }`, or a bare number read in
 * `defaultUnit`. Returns undefined when the input is not a quantity.
 */
export function parseQuantity(input: unknown, defaultUnit?: string): Quantity | undefined {
  let amount: number | undefined;
  let unitName: string | undefined;
  if (typeof input === 'number') {
    amount = input;
  } else if (typeof input === 'string') {
    const match = QUANTITY.exec(input.trim());
    if (!match) return undefined;
    amount = parseNumber(match[1]!);
    unitName = match[2];
  } else if (input && typeof input === 'object' && 'value' in input) {
    const { value, unit } = input as { value: unknown; unit?: unknown };
    return parseQuantity(value, typeof unit === 'string' ? unit : defaultUnit);
  }
  if (amount === undefined || !Number.isFinite(amount)) return undefined;
  const unit = findUnit(unitName ?? defaultUnit ?? '');
  if (!unit) return undefined;
  return { base: roundNoise(amount * unit.factor), unit };
}

/** Rounds away binary noise such as 1.2000000000000002. */
const roundNoise = (value: number) => Number(value.toPrecision(12));

/** Converts a value stored in base units to `unit`. */
export function fromBase(base: number, unit: Unit): number {
  return roundNoise(base / unit.factor);
}
