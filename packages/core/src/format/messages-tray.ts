/** The copy of the tray's panel: loaded with the panel, added with `Formatter.use`. */
import type { MessageTables } from './messages.js';
import { trayDe } from './messages-tray-de.js';
import { trayEn } from './messages-tray-en.js';

export const trayMessages = { en: trayEn, de: trayDe } satisfies MessageTables;
