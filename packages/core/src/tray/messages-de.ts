/** The copy of the tray's panel, in German: loaded with the view. */
import type { Message } from '../format/messages.js';
import type { trayEn } from './messages-en.js';

export const trayDe: Record<keyof typeof trayEn, Message> = {
  trayPanel: 'Produkte im Vergleich',
  trayLoading: 'Wird geladen …',
  trayRemove: '{name} entfernen',
  trayClear: 'Alle entfernen',
  trayCleared: { one: '# Produkt entfernt', other: '# Produkte entfernt' },
  trayUndo: 'Rückgängig',
  trayEdit: 'Bearbeiten',
  trayCompare: { one: '# Produkt vergleichen', other: '# Produkte vergleichen' },
};
