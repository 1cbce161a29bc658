/**
 * The copy of the comparison view (`<shortlist-compare>`) and of the share-link question: loaded
 * with the view, added when the feature registers. Every key starts with `compare`.
 */
import type { MessagesOf, MessageTables } from '../format/messages.js';
import { compareDe } from './messages-de.js';
import { compareEn } from './messages-en.js';

export const compareMessages = { en: compareEn, de: compareDe } satisfies MessageTables;

declare module '../format/messages.js' {
  interface Messages extends MessagesOf<typeof compareMessages> {}
}
