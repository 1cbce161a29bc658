/**
 * Units of measure. A value with a unit is stored in the base unit of its dimension, so
 * values written in different units compare and rank correctly (`1.2 kg` = `1200 g`).
 */
import { AMBIGUOUS, readDecimal, type Ambiguous, type NumberStyle } from './numbers.js';

export type Dimension =
  | 'mass'
  | 'length'
  | 'area'
  | 'volume'
  | 'power'
  | 'energy'
  | 'charge'
  | 'voltage'
  | 'current'
  | 'torque'
  | 'pressure'
  | 'speed'
  | 'rotational speed'
  | 'time'
  | 'data'
  | 'frequency'
  | 'temperature'
  | 'temperature in °F'
  | 'sound level'
  | 'luminous flux'
  | 'illuminance'
  | 'share'
  | 'count';

export interface Unit {
  /** Canonical symbol, as shown to shoppers (`kg`, `GB`, `in`). */
  symbol: string;
  /** One of {@link Dimension}, or `quantity in <symbol>` for a unit Shortlist cannot convert. */
  dimension: string;
  /** How many base units one of this unit is. */
  factor: number;
  /** `Intl.NumberFormat` unit identifier, where Intl knows the unit (a sanctioned simple unit). */
  intl?: string;
}

// Each dimension's units: symbol, how many base units one is, the `Intl.NumberFormat` unit
// identifier where Intl has it among its sanctioned units (a spelling too), then the other
// spellings and the UN/CEFACT code (as in schema.org unitCode). Names are found in any case, so
// a spelling that differs from another of the unit only in case (`mL`, `kw`, `mah`) needs no entry.
// Temperatures have no factor between them (°F is not a multiple of °C), so °F stands alone.
const TABLE: Record<Dimension, Array<[symbol: string, factor: number, intl: string | undefined, ...names: string[]]>> = {
  mass: [
    ['mg', 0.001, undefined, 'MGM', 'milligram', 'milligrams'],
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
  area: [
    ['cm²', 100, undefined, 'CMK', 'cm2'],
    ['m²', 1_000_000, undefined, 'MTK', 'm2', 'sqm', 'qm'],
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
  voltage: [
    ['mV', 0.001, undefined, '2Z', 'millivolt'],
    ['V', 1, undefined, 'VLT', 'volt', 'volts'],
    ['kV', 1000, undefined, 'KVT', 'kilovolt'],
  ],
  current: [
    ['mA', 0.001, undefined, '4K', 'milliampere'],
    ['A', 1, undefined, 'AMP', 'ampere', 'amps'],
  ],
  torque: [['Nm', 1, undefined, 'NU', 'N·m', 'newton metre', 'newton meter']],
  pressure: [
    ['Pa', 1, undefined, 'PAL', 'pascal'],
    ['kPa', 1000, undefined, 'KPA', 'kilopascal'],
    ['bar', 100_000, undefined, 'BAR'],
  ],
  speed: [
    ['m/s', 1, 'meter-per-second', 'MTS'],
    ['km/h', 1 / 3.6, 'kilometer-per-hour', 'KMH', 'kmh', 'kph'],
  ],
  'rotational speed': [['rpm', 1, undefined, 'RPM', 'U/min', '1/min']],
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
  temperature: [['°C', 1, 'celsius', 'CEL', '℃', 'degC']],
  'temperature in °F': [['°F', 1, 'fahrenheit', 'FAH', '℉', 'degF']],
  'sound level': [['dB', 1, undefined, '2N', 'decibel', 'dB(A)']],
  'luminous flux': [['lm', 1, undefined, 'LUM', 'lumen', 'lumens']],
  illuminance: [['lx', 1, undefined, 'LUX']],
  share: [['%', 1, 'percent', 'P1', 'Prozent']],
  count: [['pcs', 1, undefined, 'C62', 'H87', 'EA', 'pieces', 'pc', 'Stück', 'Stk']],
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

const QUANTITY = /^([+-]?\d[\d\s.,'’]*)\s*([^\d\s].*)?$/;

/** Every unit of the table, once each. */
export const knownUnits = (): Unit[] => [...new Set(UNITS.values())];

/**
 * The unit named `name`; else one Shortlist cannot convert but keeps (`cd`, `lx/W`): values in
 * it compare with each other and show with its name. Only for units stated apart from the
 * number (schema.org `unitCode`/`unitText`, the retailer's schema), so that free text such as
 * "3 parsecs" is not taken for a quantity.
 */
export function unitOf(name: string): Unit | undefined {
  const symbol = name.trim();
  return findUnit(symbol) ?? (/^\D\S{0,15}$/.test(symbol) ? { symbol, dimension: `quantity in ${symbol}`, factor: 1 } : undefined);
}

/** Reads a number as people write it (`1200`, `1,200`, `1.200,5`, `1,5`, `1 200`); see {@link readDecimal}. */
export function parseNumber(text: string, style?: NumberStyle): number | undefined {
  const number = readDecimal(text, style);
  return typeof number === 'number' ? number : undefined;
}

/**
 * Parses `"1.2 kg"`, `'15.6"'`, `{ value: 1.2, unit: "KGM" }`, or a bare number read in
 * `defaultUnit`. Returns undefined when the input is not a quantity.
 */
export function parseQuantity(input: unknown, defaultUnit?: string): Quantity | undefined {
  const quantity = readQuantity(input, defaultUnit);
  return quantity === AMBIGUOUS ? undefined : quantity;
}

/** {@link parseQuantity} for numbers written in `style`, where "1,250 kg" may be ambiguous. */
export function readQuantity(input: unknown, defaultUnit?: string, style?: NumberStyle): Quantity | Ambiguous | undefined {
  if (input && typeof input === 'object' && 'value' in input) {
    const { value, unit } = input as { value: unknown; unit?: unknown };
    return readQuantity(value, typeof unit === 'string' ? unit : defaultUnit, style);
  }
  const stated = defaultUnit === undefined ? undefined : unitOf(defaultUnit);
  let amount: number | Ambiguous | undefined;
  let unit = stated;
  if (typeof input === 'number') {
    amount = input;
  } else if (typeof input === 'string') {
    const match = QUANTITY.exec(input.trim());
    if (!match) return undefined;
    amount = readDecimal(match[1]!, style);
    // A unit written in the text must be one Shortlist knows.
    if (match[2]) unit = findUnit(match[2]);
  }
  if (!unit || amount === undefined || (typeof amount === 'number' && !Number.isFinite(amount))) return undefined;
  return amount === AMBIGUOUS ? AMBIGUOUS : { base: roundNoise(amount * unit.factor), unit };
}

/** Rounds away binary noise such as 1.2000000000000002. */
const roundNoise = (value: number) => Number(value.toPrecision(12));

/** Converts a value stored in base units to `unit`. */
export function fromBase(base: number, unit: Unit): number {
  return roundNoise(base / unit.factor);
}
