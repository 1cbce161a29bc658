/**
 * Checks `config.messages`. Each override is checked against the tables of the code that owns
 * its key: a feature's keys start with the feature's name, so they are checked when that
 * feature is set up (`defineFeature`); every other key is the centre's, checked right after
 * start-up. A key no table has, or a value that is not a message, is reported and not used:
 * otherwise the retailer's copy would silently not show.
 */
import type { ShortlistError } from '../errors.js';
import { isMessage, startMessages, type MessageTables } from '../format/messages.js';
import { valueMessages } from '../format/messages-values.js';
import { priceMessages } from '../format/messages-price.js';
import { configError } from './check.js';

const CENTRE_TABLES = [startMessages, valueMessages, priceMessages];
const isCentreKey = (key: string) => CENTRE_TABLES.some((table) => Object.hasOwn(table.en, key));

/** The overrides of the centre's keys: those no declared feature's name starts. */
export function checkCentreMessages(overrides: Readonly<Record<string, unknown>>, features: readonly string[]): ShortlistError[] {
  return checkMessages(overrides, CENTRE_TABLES, (key) => isCentreKey(key) || !features.some((name) => key.startsWith(name)));
}

/** The overrides of a feature's keys (those starting with its name), against its tables. */
export function checkFeatureMessages(overrides: Readonly<Record<string, unknown>>, feature: string, tables: MessageTables): ShortlistError[] {
  return checkMessages(overrides, [...CENTRE_TABLES, tables], (key) => key.startsWith(feature) && !isCentreKey(key));
}

/** One error per override `owns` claims that names no message of `tables` or is not a message. */
function checkMessages(overrides: Readonly<Record<string, unknown>>, tables: readonly MessageTables[], owns: (key: string) => boolean): ShortlistError[] {
  // The English tables name every key.
  const known = new Set(tables.flatMap((table) => Object.keys(table.en)));
  return Object.entries(overrides).flatMap(([key, value]) => {
    if (!owns(key)) return [];
    if (!known.has(key)) return [configError(`messages.${key}`, `one of the message keys (${[...known].join(', ')})`, value)];
    if (!isMessage(value)) return [configError(`messages.${key}`, 'a text, or plural forms like { one, other }', value)];
    return [];
  });
}
