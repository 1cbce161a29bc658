/** The criteria filter's copy by language, for `Formatter.use` once the views register it. */
import type { MessageTables } from '../format/messages.js';
import { criteriaDe } from './messages-de.js';
import { criteriaEn } from './messages-en.js';

export const criteriaMessages = { en: criteriaEn, de: criteriaDe } satisfies MessageTables;
