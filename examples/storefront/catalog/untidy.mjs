/**
 * Writes attribute values the way real product feeds do: some left out, measurements in
 * whatever unit the supplier used, bare numbers, "yes"/"no" for booleans, sets as a comma
 * list. The catalog normalizer has to cope with all of it, so the demo exercises it.
 */
import { round } from './random.mjs';

/** Share of values a feed simply does not have. */
export const MISSING_RATE = 0.09;

/**
 * A writer for a measured attribute: the display unit most of the time, sometimes one of
 * `alternates` (`[symbol, factor from the display unit, decimals, weight]`), sometimes bare.
 */
export function measure(digits, ...alternates) {
  return (random, value, def) => {
    if (random.chance(0.15)) return formatNumber(value, digits);
    const [symbol, factor, decimals] = random.weighted([[[def.unit, 1, digits], 1], ...alternates.map((alt) => [alt, alt[3]])]);
    return withUnit(random, formatNumber(value * factor, decimals), symbol);
  };
}

/** Storage sizes: "1 TB" above a terabyte, otherwise "512 GB"; decimal units, as drives are sold. */
export function storage(random, gigabytes) {
  if (gigabytes >= 1000 && random.chance(0.8)) return withUnit(random, gigabytes / 1000, 'TB');
  return random.chance(0.15) ? gigabytes : withUnit(random, gigabytes, 'GB');
}

/** The raw feed value for one attribute; `undefined` when the feed leaves it out. */
export function writeValue(random, def, value, writer) {
  if (value === undefined || random.chance(MISSING_RATE)) return undefined;
  if (writer) return writer(random, value, def);
  switch (def.type) {
    case 'number':
      return def.unit ? measure(2)(random, value, def) : value;
    case 'boolean':
      return random.chance(0.1) ? (value ? 'yes' : 'no') : value;
    case 'set':
      return random.chance(0.1) ? value.join(', ') : [...value];
    default:
      return value;
  }
}

/**
 * Formats a number without binary noise. Keeps at most two decimals above 1: the normalizer
 * reads "1.250" as one thousand two hundred and fifty, as a German feed would mean it.
 */
function formatNumber(value, digits) {
  return round(value, Math.abs(value) >= 1 ? Math.min(digits, 2) : digits);
}

function withUnit(random, amount, symbol) {
  if (symbol === '"') return `${amount}"`;
  return random.chance(0.05) ? `${amount}${symbol}` : `${amount} ${symbol}`;
}
