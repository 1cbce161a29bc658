/** How attribute values read when there is no value to show: loaded with `formatAttribute`. */
import type { MessageTables } from './messages.js';

export const valueMessages = {
  en: { notSpecified: 'Not specified', yes: 'Yes', no: 'No' },
  de: { notSpecified: 'Keine Angabe', yes: 'Ja', no: 'Nein' },
} satisfies MessageTables;
