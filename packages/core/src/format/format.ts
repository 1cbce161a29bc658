/** Locale-aware formatting through `Intl`: prices, numbers, counts and copy. */
import type { Money } from '../model/types.js';
import { bundledMessages, en, type Message, type MessageKey, type Messages } from './messages.js';

export interface Formatter {
  readonly locale: string;
  /** A message with `{placeholders}` filled in; `count` picks the plural form. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  price(money: Money): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

export function createFormatter(locale: string, overrides: Partial<Messages> = {}): Formatter {
  const messages: Messages = { ...en, ...bundledMessages[locale.split('-')[0]!.toLowerCase()], ...overrides };
  // Intl objects are made on first use: making one is costly (locale data loads), and a page
  // that shows no plural message never needs PluralRules.
  let plurals: Intl.PluralRules | undefined;
  const cache = new Map<string, Intl.NumberFormat>();
  const cached = (key: string, options: Intl.NumberFormatOptions) => {
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  const numbers = () => cached('', { maximumFractionDigits: 2 });

  const formatter: Formatter = {
    locale,
    t(key, values = {}) {
      const message: Message = messages[key];
      const count = typeof values.count === 'number' ? values.count : undefined;
      const template = typeof message === 'string' ? message : (message[count === undefined ? 'other' : (plurals ??= new Intl.PluralRules(locale)).select(count)] ?? message.other);
      return template
        .replace(/#/g, count === undefined ? '#' : numbers().format(count))
        .replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
    },
    price: ({ amount, currency }) => cached(currency, { style: 'currency', currency }).format(amount),
    number: (value, options) => (options ? cached(JSON.stringify(options), options) : numbers()).format(value),
  };
  return formatter;
}
