/**
 * The `compare` part of the configuration, checked after start-up (see `deferred.ts`): start-up
 * itself never needs it.
 */
import { is, object, oneOf, type Check } from '../config/check.js';
import type { CompareConfig } from '../config/config.js';
import type { ShortlistError } from '../errors.js';

const texts = is<string[]>((value) => Array.isArray(value) && value.every((text) => typeof text === 'string'), 'an array of texts');
const labels = is<Record<string, string>>(
  (value) => !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((label) => typeof label === 'string'),
  'an object of texts by key',
);
const checkCompare: Check<CompareConfig> = object({ attributes: texts, groups: texts, labels, orderBy: oneOf('retailer', 'separation') });

/** The usable part of `config.compare`; each bad field is passed to `report` and left out. */
export function resolveCompareConfig(config: unknown, report: (error: ShortlistError) => void): CompareConfig {
  return checkCompare(config, 'compare', report);
}
