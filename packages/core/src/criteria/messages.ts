/** The criteria filter's copy by language: added when the feature registers. Every key starts with `criteria`. */
import type { MessagesOf, MessageTables } from '../format/messages.js';
import { criteriaDe } from './messages-de.js';
import { criteriaEn } from './messages-en.js';

export const criteriaMessages = { en: criteriaEn, de: criteriaDe } satisfies MessageTables;

declare module '../format/messages.js' {
  interface Messages extends MessagesOf<typeof criteriaMessages> {}
}
