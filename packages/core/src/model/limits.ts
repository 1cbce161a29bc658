/**
 * The longest id the shopper's state keeps (tray, notes, marks, share links). Catalog ids are
 * shorter (see normalize.ts), but a configured item's id carries its selection, and a reload
 * must never drop an item the shopper chose.
 */
export const MAX_ID_LENGTH = 1024;
