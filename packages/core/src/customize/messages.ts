/** The customizer's message tables: added to a formatter with `use` (done by `describeReason`). */
import type { MessageTables } from '../format/messages.js';
import { customizeDe } from './messages-de.js';
import { customizeEn } from './messages-en.js';

export const customizeMessages = { en: customizeEn, de: customizeDe } satisfies MessageTables;
export type CustomizeMessageKey = keyof typeof customizeEn;
