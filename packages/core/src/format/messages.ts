/**
 * The UI copy, in tables by language subtag. The start-up table below holds what the compare
 * button and the tray bar say; the rest comes with the code that shows it and is added with
 * `Formatter.use` (`messages-values.ts` with `formatAttribute`, `messages-price.ts` with
 * `formatProductPrice`, `messages-tray.ts` with the
 * tray's panel, `messages-compare.ts` with the comparison), so a product page never downloads
 * the comparison's copy. Retailers override any message through
 * `config.messages`; `{name}` placeholders are filled in, `#` in plural forms is the count.
 */
import type { valueMessages } from './messages-values.js';
import type { priceMessages } from './messages-price.js';
import type { compareMessages } from './messages-compare.js';
import type { trayMessages } from './messages-tray.js';

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
  },
  de: {
    compare: 'Vergleichen',
    compareProduct: '{name} vergleichen',
    trayFull: 'Die Vergleichsliste ist voll ({max} Produkte). Entfernen Sie eines, um ein weiteres hinzuzufügen.',
    unavailable: 'Nicht vergleichbar',
    tray: 'Vergleich',
    trayCount: { one: '# Produkt im Vergleich', other: '# Produkte im Vergleich' },
    trayEmpty: 'Noch keine Produkte im Vergleich',
  },
} satisfies MessageTables;

type KeysOf<T extends { en: object }> = keyof T['en'] & string;
/** Every message key of every table: what `config.messages` may override. */
export type MessageKey =
  | KeysOf<typeof startMessages>
  | KeysOf<typeof valueMessages>
  | KeysOf<typeof priceMessages>
  | KeysOf<typeof trayMessages>
  | KeysOf<typeof compareMessages>;
export type Messages = Record<MessageKey, Message>;

/** Whether a value can be used as a message: a text, or plural forms with at least `other`. */
export const isMessage = (value: unknown): value is Message =>
  typeof value === 'string' || (!!value && typeof value === 'object' && typeof (value as { other?: unknown }).other === 'string');
