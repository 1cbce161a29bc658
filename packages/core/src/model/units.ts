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

// Each dimension's units: symbol, how many base units one is, the `Intl.NumberFormat` unit
// identifier where Intl knows the unit (a spelling too), then the other spellings and the
// UN/CEFACT code (as in schema.org unitCode). Names are found in any case, so a spelling that
// differs from another of the unit only in case (`mL`, `kw`, `mah`) needs no entry.
const TABLE: Record<Dimension, Array<[symbol: string, factor: number, intl: string | undefined, ...names: string[]]>> = {
  mass: [
    ['mg', 0.001, 'milligram', 'MGM', 'milligrams'],
    ['g', 1, 'gram', 'GRM', 'grams', 'gr'],
    ['kg', 1000, 'kilogram', 'KGM', 'kilograms', 'kgs'],
    ['oz', 28.349523125, 'ounce', 'ONZ', 'ounces'],
    ['lb', 453.59237, 'pound', 'LBR', 'lbs', 'pounds'],
  ],
  length: [
    ['mm', 1, 'millimeter', 'MMT', 'millimetre', 'millimeters', 'millimetres'],
    ['cm', 10, 'centimeter', 'CMT', 'centimetre', 'centimeters', 'centimetres'],
    ['m', 1000, 'meter', 'MTR', 'metre', 'meters', 'metres'],
    ['km', 1_000_000, 'kilometer', 'KMT', 'kilometre'],
    ['in', 25.4, 'inch', 'INH', '"', '″', 'inches', 'zoll'],
    ['ft', 304.8, 'foot', 'FOT', 'feet'],
  ],
  volume: [
    ['ml', 1, 'milliliter', 'MLT', 'millilitre'],
    ['cl', 10, undefined, 'CLT', 'centiliter', 'centilitre'],
    ['l', 1000, 'liter', 'LTR', 'litre', 'liters', 'litres'],
  ],
  power: [
    ['W', 1, undefined, 'WTT', 'watt', 'watts'],
    ['kW', 1000, undefined, 'KWT', 'kilowatt', 'kilowatts'],
  ],
  energy: [
    ['Wh', 1, undefined, 'WHR', 'watt-hour', 'watt hours'],
    ['kWh', 1000, undefined, 'KWH', 'kilowatt-hour', 'kilowatt hours'],
  ],
  charge: [
    ['mAh', 1, undefined],
    ['Ah', 1000, undefined, 'AMH'],
  ],
  time: [
    ['ms', 0.001, 'millisecond', 'C26', 'milliseconds'],
    ['s', 1, 'second', 'SEC', 'sec', 'seconds'],
    ['min', 60, 'minute', 'MIN', 'mins', 'minutes'],
    ['h', 3600, 'hour', 'HUR', 'hr', 'hrs', 'hours', 'Std', 'Std.'],
    ['d', 86400, 'day', 'DAY', 'days', 'nights', 'Tage'],
  ],
  data: [
    ['B', 1, 'byte', 'AD', 'bytes'],
    ['KB', 1e3, 'kilobyte', '2P', 'kilobytes'],
    ['MB', 1e6, 'megabyte', '4L', 'megabytes'],
    ['GB', 1e9, 'gigabyte', 'E34', 'gigabytes'],
    ['TB', 1e12, 'terabyte', 'E35', 'terabytes'],
  ],
  frequency: [
    ['Hz', 1, undefined, 'HTZ', 'hertz'],
    ['kHz', 1e3, undefined, 'KHZ', 'kilohertz'],
    ['MHz', 1e6, undefined, 'MHZ', 'megahertz'],
    ['GHz', 1e9, undefined, 'A86', 'gigahertz'],
  ],
};

const UNITS = new Map<string, Unit>();
/** Lower-cased names, first one wins: `gb` finds `GB`, while `m` stays metres. */
const UNITS_ANY_CASE = new Map<string, Unit>();
for (const [dimension, units] of Object.entries(TABLE) as Array<[Dimension, (typeof TABLE)[Dimension]]>) {
  for (const [symbol, factor, intl, ...names] of units) {
    const unit: Unit = { symbol, dimension, factor, intl };
    for (const name of intl ? [symbol, intl, ...names] : [symbol, ...names]) {
      UNITS.set(name, unit);
      if (!UNITS_ANY_CASE.has(name.toLowerCase())) UNITS_ANY_CASE.set(name.toLowerCase(), unit);
    }
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
    // The last separator is the decimal one; the other separates thousands.
    const thousands = lastDot > lastComma ? ',' : '.';
    digits = digits.split(thousands).join('').replace(',', '.');
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
