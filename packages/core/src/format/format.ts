/** Locale-aware formatting through `Intl`: prices, numbers, counts and copy. */
import type { Money } from '../model/types.js';
import { isMessage, startMessages, type MessageKey, type Messages, type MessageTables } from './messages.js';

export interface Formatter {
  readonly locale: string;
  /** A message with `{placeholders}` filled in; `count` picks the plural form. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Adds a view's message tables (its chunk brings them); adding the same tables again does nothing. */
  use(tables: MessageTables): void;
  price(money: Money): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * Locales whose default digits are not Latin (CLDR defaults, or a `-u-nu-` choice): their
 * numbers always go through Intl. Elsewhere a whole number below 1000 reads exactly like
 * `String(n)`, which spares a page the first `Intl.NumberFormat` (ICU loads its locale data:
 * a long task at start-up on a slow phone) just to show the tray's count.
 */
const OTHER_DIGITS = /^(ar|fa|ps|ckb|sd|ks|lrc|mzn|bn|as|mni|mr|ne|sa|my|dz|sat)(-|$)|^ur-IN|-Arab\b|-u-(.+-)?nu-/i;

export function createFormatter(locale: string, overrides: Partial<Messages> = {}): Formatter {
  const language = locale.split('-')[0]!.toLowerCase();
  const used = new Set<MessageTables>();
  const messages: Partial<Messages> = {};
  // Overrides that are not messages were reported when the configuration was checked; skip them.
  const overriding = Object.fromEntries(Object.entries(overrides).filter(([, message]) => isMessage(message)));
  const use = (tables: MessageTables) => {
    if (used.has(tables)) return;
    used.add(tables);
    Object.assign(messages, tables.en, tables[language], overriding);
  };
  use(startMessages);

  // Intl objects are made on first use: making one is costly (locale data loads), and a page
  // that shows no plural message never needs PluralRules.
  let plurals: Intl.PluralRules | undefined;
  const cache = new Map<string, Intl.NumberFormat>();
  const cached = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  const latinDigits = !OTHER_DIGITS.test(locale);
  const plain = (value: number) =>
    latinDigits && Number.isInteger(value) && Math.abs(value) < 1000 ? String(value) : cached('', { maximumFractionDigits: 2 }).format(value);

  return {
    locale,
    t(key, values = {}) {
      // A key whose table is not loaded yet shows as itself rather than breaking the view.
      const message = messages[key] ?? key;
      const count = typeof values.count === 'number' ? values.count : undefined;
      const template = typeof message === 'string' ? message : (message[count === undefined ? 'other' : (plurals ??= new Intl.PluralRules(locale)).select(count)] ?? message.other);
      return template
        .replace(/#/g, count === undefined ? '#' : plain(count))
        .replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
    },
    use,
    price: ({ amount, currency }) => cached(currency, { style: 'currency', currency }).format(amount),
    number: (value, options) => (options ? cached(JSON.stringify(options), options).format(value) : plain(value)),
  };
}
