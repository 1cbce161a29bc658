/** Locale-aware formatting through `Intl`: prices, numbers, counts and copy. */
import type { Money } from '../model/types.js';
import { isMessage, startMessages, type MessageKey, type Messages, type MessageTables } from './messages.js';
import { getOrInsertComputed } from '../get-or-insert.js';

export interface Formatter {
  readonly locale: string;
  /** A message with `{placeholders}` filled in; `count` picks the plural form. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** Adds a view's message tables (its chunk brings them); adding the same tables again does nothing. */
  use(tables: MessageTables): void;
  price(money: Money): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /**
   * Loads the locale's number data in a task of its own, and resolves then: the first
   * `Intl.NumberFormat` of a page takes 0.1–0.2 s at 4× CPU, better spent before a view's first
   * render than in it.
   */
  loadNumbers(): Promise<void>;
}

/**
 * The numbering system the locale writes numbers in (`latn` for 0–9), asked of Intl.Locale:
 * about half the cost of the first `Intl.NumberFormat`, which loads the locale's number data
 * (a long task at start-up on a slow phone). Browsers whose Intl.Locale cannot tell ask a
 * NumberFormat.
 */
function numberingSystem(locale: string): string {
  const info = new Intl.Locale(locale) as Intl.Locale & { getNumberingSystems?(): string[]; numberingSystems?: string[] };
  return info.numberingSystem ?? info.getNumberingSystems?.()[0] ?? info.numberingSystems?.[0] ?? new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
}

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
  const cached = (key: string, options: Intl.NumberFormatOptions) => getOrInsertComputed(cache, key, () => new Intl.NumberFormat(locale, options));
  /** Numbers without options: at most two decimals. */
  const plainFormat = () => cached('', { maximumFractionDigits: 2 });
  // In Latin digits a whole number below 1000 reads exactly like `String(n)`: showing the tray's
  // count then needs no NumberFormat. Asked once, when the first number is shown.
  let latinDigits: boolean | undefined;
  const plain = (value: number) =>
    Number.isInteger(value) && Math.abs(value) < 1000 && (latinDigits ??= numberingSystem(locale) === 'latn') ? String(value) : plainFormat().format(value);

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
    loadNumbers: () => new Promise((resolve) => setTimeout(() => resolve(void plainFormat()))),
  };
}
