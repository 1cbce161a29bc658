/**
 * The copy of the tray's panel, in English: the fallback of every language, and the list of keys
 * `config.messages` may override.
 */
import type { Message } from '../format/messages.js';

export const trayEn = {
  trayPanel: 'Products to compare',
  trayLoading: 'Loading…',
  trayRemove: 'Remove {name}',
  trayClear: 'Clear all',
  trayCleared: { one: 'Cleared # product', other: 'Cleared # products' } as Message,
  trayUndo: 'Undo',
  trayEdit: 'Edit',
  trayCompare: { one: 'Compare # product', other: 'Compare # products' } as Message,
} satisfies Record<string, Message>;
