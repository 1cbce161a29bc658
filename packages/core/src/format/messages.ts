/**
 * The UI copy. Retailers override any message through `config.messages`; `{name}` style
 * placeholders are filled in, and `#` in plural forms is the formatted count.
 */

/** A text, or plural forms chosen by `Intl.PluralRules`. */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

export const en = {
  compare: 'Compare',
  compareProduct: 'Compare {name}',
  trayFull: 'The compare list is full ({max} products). Remove one to add another.',
  unavailable: 'Not available to compare',
  tray: 'Compare',
  trayCount: { one: '# product to compare', other: '# products to compare' } as Message,
  trayEmpty: 'No products to compare yet',
  notSpecified: 'Not specified',
  yes: 'Yes',
  no: 'No',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, Message>;

export const de: Messages = {
  compare: 'Vergleichen',
  compareProduct: '{name} vergleichen',
  trayFull: 'Die Vergleichsliste ist voll ({max} Produkte). Entfernen Sie eines, um ein weiteres hinzuzufügen.',
  unavailable: 'Nicht vergleichbar',
  tray: 'Vergleich',
  trayCount: { one: '# Produkt im Vergleich', other: '# Produkte im Vergleich' },
  trayEmpty: 'Noch keine Produkte im Vergleich',
  notSpecified: 'Keine Angabe',
  yes: 'Ja',
  no: 'Nein',
};

/** Shipped catalogs by language subtag; anything else falls back to English. */
export const bundledMessages: Record<string, Messages> = { en, de };
