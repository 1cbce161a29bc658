/**
 * The customizer's copy: loaded with its code, added when the feature registers (and by
 * `describeReason`, for apps that use the engine alone). Every key starts with `customize`.
 */
import type { MessagesOf, MessageTables } from '../format/messages.js';
import { customizeDe } from './messages-de.js';
import { customizeEn } from './messages-en.js';

export const customizeMessages = { en: customizeEn, de: customizeDe } satisfies MessageTables;
export type CustomizeMessageKey = keyof typeof customizeEn;

declare module '../format/messages.js' {
  interface Messages extends MessagesOf<typeof customizeMessages> {}
}
