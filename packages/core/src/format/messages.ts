/**
 * The UI copy, in tables by language subtag. The start-up table below holds what the compare
 * button and the tray bar say; the rest comes with the code that shows it and is added with
 * `Formatter.use` (`messages-values.ts` with `formatAttribute`, `messages-price.ts` with
 * `formatProductPrice`, each feature's tables when the feature registers), so a product page
 * never downloads the comparison's copy. Retailers override any message through
 * `config.messages`; `{name}` placeholders are filled in, `#` in plural forms is the count.
 */
import type { valueMessages } from './messages-values.js';
import type { priceMessages } from './messages-price.js';

/** A text, or plural forms chosen by `Intl.PluralRules`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

/** Message tables by language subtag (`en`, `de`); English is the fallback for every key. */
export type MessageTables<K extends string = string> = { en: Record<K, Message> } & Record<string, Partial<Record<K, Message>>>;

export const startMessages = {
  en: {
    compare: 'Compare',
    compareProduct: 'Compare {name}',
    trayFull: 'The compare list is full ({max} products). Remove one to add another.',
    unavailable: 'Not available to compare',
    tray: 'Compare',
    trayCount: { one: '# product to compare', other: '# products to compare' } as Message,
    trayEmpty: 'No products to compare yet',
    loadFailed: 'This part of the page could not be loaded.',
    loadRetry: 'Try again',
  },
  de: {
    compare: 'Vergleichen',
    compareProduct: '{name} vergleichen',
    trayFull: 'Die Vergleichsliste ist voll ({max} Produkte). Entfernen Sie eines, um ein weiteres hinzuzufügen.',
    unavailable: 'Nicht vergleichbar',
    tray: 'Vergleich',
    trayCount: { one: '# Produkt im Vergleich', other: '# Produkte im Vergleich' },
    trayEmpty: 'Noch keine Produkte im Vergleich',
    loadFailed: 'Dieser Teil der Seite konnte nicht geladen werden.',
    loadRetry: 'Erneut versuchen',
  },
} satisfies MessageTables;

/** The messages of a set of tables, by key. */
export type MessagesOf<T extends { en: object }> = Record<keyof T['en'] & string, Message>;

/**
 * Every message, by key: what `config.messages` may override. The centre's tables are here;
 * each feature adds its own by declaration merging (`interface Messages extends MessagesOf<…> {}`).
 */
export interface Messages extends MessagesOf<typeof startMessages>, MessagesOf<typeof valueMessages>, MessagesOf<typeof priceMessages> {}
export type MessageKey = keyof Messages & string;

/** Whether a value can be used as a message: a text, or plural forms with at least `other`. */
export const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' || (!!value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string');
