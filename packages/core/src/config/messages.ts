/**
 * Checks `config.messages` against every message table. Loaded after start-up (it needs the
 * views' tables for their keys); the formatter already skips overrides that are not messages.
 */
import type { ShortlistError } from '../errors.js';
import { compareEn } from '../format/messages-compare-en.js';
import { trayEn } from '../format/messages-tray-en.js';
import { isMessage, startMessages } from '../format/messages.js';
import { valueMessages } from '../format/messages-values.js';
import { priceMessages } from '../format/messages-price.js';
import { configError } from './check.js';

// The English tables name every key; the other languages load with their views.
const KNOWN = new Set([startMessages.en, valueMessages.en, priceMessages.en, trayEn, compareEn].flatMap((table) => Object.keys(table)));

/** One error per override that names no message or is not a message. */
export function checkMessages(overrides: Readonly<Record<string, unknown>>): ShortlistError[] {
  return Object.entries(overrides).flatMap(([key, value]) => {
    if (!KNOWN.has(key)) return [configError(`messages.${key}`, `one of the message keys (${[...KNOWN].join(', ')})`, value)];
    if (!isMessage(value)) return [configError(`messages.${key}`, 'a text, or plural forms like { one, other }', value)];
    return [];
  });
}
