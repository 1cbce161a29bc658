/** The copy of the tray's panel: loaded with the panel, added when the feature registers. Every key starts with `tray`. */
import type { MessagesOf, MessageTables } from '../format/messages.js';
import { trayDe } from './messages-de.js';
import { trayEn } from './messages-en.js';

export const trayMessages = { en: trayEn, de: trayDe } satisfies MessageTables;

declare module '../format/messages.js' {
  interface Messages extends MessagesOf<typeof trayMessages> {}
}
