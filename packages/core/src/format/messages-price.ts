/** How a price on sale reads: loaded with `formatProductPrice`. */
import type { MessageTables } from './messages.js';

export const priceMessages = {
  en: { priceWas: '{price}, was {listPrice}' },
  de: { priceWas: '{price}, statt {listPrice}' },
} satisfies MessageTables;
