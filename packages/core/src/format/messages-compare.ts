/**
 * The copy of the comparison view (`<shortlist-compare>`) and of the share-link question:
 * loaded with the view, added with `Formatter.use`. Every key starts with `compare` (or is
 * `comparison`) so it never collides with the start-up or tray tables.
 */
import type { MessageTables } from './messages.js';
import { compareDe } from './messages-compare-de.js';
import { compareEn } from './messages-compare-en.js';

export const compareMessages = { en: compareEn, de: compareDe } satisfies MessageTables;
