/**
 * Reasons and problems in words, through the message tables (so retailers can reword them and
 * every shipped language has them). A formatter from `createFormatter` fits `Translator`.
 */
import type { MessageTables } from '../format/messages.js';
import type { OptionClause, ProductOption } from '../model/types.js';
import type { Configurator, SelectionProblem } from './configurator.js';
import { type CustomizeMessageKey, customizeMessages } from './messages.js';
import type { Choice, Reason } from './reasons.js';
import type { SelectionValue } from './selection.js';

/** What describing needs of a formatter. */
export interface Translator {
  readonly locale: string;
  t(key: string, values?: Record<string, string | number>): string;
  number(value: number): string;
  use(tables: MessageTables): void;
}

/** "Not available in Colour: Red", "Requires Memory: 32 GB or 64 GB", "Sold out". */
export function describeReason(reason: Reason, configurator: Configurator, format: Translator): string {
  const words = wordsFor(configurator, format);
  switch (reason.kind) {
    case 'sold-out':
      return words.t('customizeSoldOut');
    case 'never':
      return words.t('customizeNever');
    case 'requires':
      return words.t('customizeRequires', { choices: words.list(reason.clauses.map(words.clause), 'conjunction') });
    case 'only-with':
      return words.t('customizeOnlyWith', { choices: words.list(reason.clauses.map(words.clause), 'conjunction') });
    default: {
      const key = ({ 'not-with': 'customizeNotWith', 'not-available-in': 'customizeNotAvailableIn', 'sold-out-in': 'customizeSoldOutIn', conflict: 'customizeConflict' } as const)[reason.kind];
      return reason.choices.length > 0 ? words.t(key, { choices: words.list(reason.choices.map(words.choice), 'conjunction') }) : words.t('customizeNever');
    }
  }
}

/** "Choose Size", "Engraving: at most 20 characters", "Memory: Requires CPU: Core i9". */
export function describeProblem(problem: SelectionProblem, configurator: Configurator, format: Translator): string {
  const words = wordsFor(configurator, format);
  switch (problem.kind) {
    case 'unconfigurable':
      return words.t('customizeUnconfigurable');
    case 'sold-out':
      return words.t('customizeSoldOutConfiguration');
    case 'too-long':
      return words.t('customizeSelectionTooLong', { length: format.number(problem.length), max: format.number(problem.max) });
    case 'missing':
      return words.t(words.option(problem.key)?.kind === 'text' ? 'customizeMissingText' : 'customizeMissing', { option: words.label(problem.key) });
    case 'impossible':
      return words.t('customizeImpossible', { option: words.label(problem.key), reason: describeReason(problem.reason, configurator, format) });
  }
  const option = words.label(problem.key);
  const wrong = problem.problem;
  switch (wrong.kind) {
    case 'off-grid':
      return words.t('customizeOffGrid', { option, min: format.number(wrong.min), max: format.number(wrong.max), step: format.number(wrong.step) });
    case 'too-long':
      return words.t('customizeTooLong', { option, count: wrong.max });
    case 'characters':
      return words.t('customizeCharacters', { option, characters: [...wrong.characters].map(visible).join(' ') });
    default:
      return words.t('customizeUnknownValue', { option });
  }
}

/** A character as a shopper can see it: invisible ones (controls, bidi marks) by their code. */
const visible = (char: string) => (/[\p{C}\p{Z}]/u.test(char) && char !== ' ' ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `“${char}”`);

/** A chosen value in words: a list value's label, a number with its unit, a text as it is. */
export function describeChoice(option: ProductOption | undefined, value: SelectionValue, format: Translator): string {
  if (typeof value === 'number') return `${format.number(value)}${option?.kind === 'number' && option.unit ? ` ${option.unit}` : ''}`;
  return (option && 'values' in option ? option.values.find((entry) => entry.value === value)?.label : undefined) ?? value;
}

/** By locale and type: an `Intl.ListFormat` is costly to make, and reasons are worded for many values at each change. */
const listFormats: Record<string, Intl.ListFormat> = {};
const listFormat = (locale: string, type: Intl.ListFormatType) => (listFormats[locale + type] ??= new Intl.ListFormat(locale, { type }));

/** Loads the locale's list data, which reasons in words need: the first list format made takes milliseconds, the others are then quick. */
export const prepareLists = (format: Translator) => listFormat(format.locale, 'conjunction');

function wordsFor(configurator: Configurator, format: Translator) {
  format.use(customizeMessages);
  const t = (key: CustomizeMessageKey, values?: Record<string, string | number>) => format.t(key, values);
  const option = (key: string): ProductOption | undefined => configurator.options.find((candidate) => candidate.key === key);
  const label = (key: string) => option(key)?.label ?? key;
  const list = (items: string[], type: Intl.ListFormatType) => listFormat(format.locale, type).format(items);
  const choice = ({ key, value }: Choice) => t('customizeChoice', { option: label(key), value: describeChoice(option(key), value, format) });
  const clause = ({ key, values }: OptionClause) => t('customizeChoice', { option: label(key), value: list(values.map((value) => describeChoice(option(key), value, format)), 'disjunction') });
  return { t, option, label, list, choice, clause };
}
