/**
 * The comparison as a CSV file the shopper can open in a spreadsheet: one column per product,
 * one row per fact. Feed data is neutralized so that opening the file never runs a formula.
 * Loaded on the first export (`compare-tools`).
 */
import type { Formatter } from '../../format/format.js';
import { formatAttribute } from '../../format/attribute.js';
import { own } from '../../state/by-product.js';
import type { TriageMark } from '../triage.js';
import { isMoney, type CompareTable } from '../table.js';
import { valueMessages } from '../../format/messages-values.js';

/** Labels of the rows that are not attributes; English unless the caller passes its copy. */
export interface CsvLabels {
  name: string;
  brand: string;
  price: string;
  url: string;
  note: string;
  triage: string;
  shortlisted: string;
  eliminated: string;
}

const LABELS: CsvLabels = {
  name: 'Name',
  brand: 'Brand',
  price: 'Price',
  url: 'URL',
  note: 'Note',
  triage: 'Status',
  shortlisted: 'Shortlisted',
  eliminated: 'Eliminated',
};

export interface CsvExtra {
  /** The shopper's notes by product id: adds a note row. */
  notes?: Readonly<Record<string, string>>;
  /** Triage marks by product id: adds a status row. */
  triage?: Readonly<Record<string, TriageMark>>;
  labels?: Partial<CsvLabels>;
}

/**
 * A cell and whether we wrote it from a number. Only numbers and prices formatted by `Intl`
 * are trusted as they are: that output holds digits, separators, signs, currency symbols and
 * unit names, never a formula, and a negative number must stay `-12.5`. Every other cell
 * holds text that came from somewhere else.
 */
type Field = readonly [text: string, fromNumber: boolean];

const BOM = '\uFEFF';
/** OWASP's list: a spreadsheet reads a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** RFC 4180 quotes separators, quotes and line breaks; `;` is the separator of many European Excels; edge spaces would be trimmed. */
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** `shortlist-comparison-2024-03-07.csv`, by the shopper's local date. */
export function csvFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `shortlist-comparison-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.csv`;
}

/**
 * The comparison's file (the connector's `csv()`): named for today, the table in the shopper's
 * language, with their notes and marks.
 */
export function comparisonCsv(table: CompareTable, format: Formatter, { notes, triage }: Pick<CsvExtra, 'notes' | 'triage'>): { file: string; text: string } {
  const { t } = format;
  const labels: CsvLabels = {
    name: t('compareName'),
    brand: t('compareBrand'),
    price: t('comparePrice'),
    url: t('compareLink'),
    note: t('compareNote'),
    triage: t('compareStatus'),
    shortlisted: t('compareShortlisted'),
    eliminated: t('compareEliminated'),
  };
  return { file: csvFileName(new Date()), text: toCsv(table, format, { notes, triage, labels }) };
}

/** The table as CSV text: UTF-8 BOM (Excel then reads accents right), CRLF line ends. */
export function toCsv(table: CompareTable, format: Formatter, extra: CsvExtra = {}): string {
  const labels = { ...LABELS, ...extra.labels };
  const { products } = table;
  format.use(valueMessages);
  const notSpecified = format.t('notSpecified');
  const text = (value: string | undefined): Field => [value ?? notSpecified, false];

  const rows: Array<[label: string, cells: Field[]]> = [
    [labels.name, products.map((product) => text(product.name))],
    [labels.brand, products.map((product) => text(product.brand))],
    [labels.price, products.map(({ price }): Field => (price ? [format.price(price), true] : text(undefined)))],
    [labels.url, products.map((product) => text(product.url))],
  ];
  for (const group of table.groups) {
    for (const { def, cells } of group.rows) {
      // The summary's price is the price row above.
      if (group.summary && def.key === 'price') continue;
      // Numbers and money are formatted by Intl.
      const values = cells.map(({ value }): Field => [formatAttribute(format, def, value), typeof value === 'number' || isMoney(value)]);
      rows.push([group.label ? `${group.label}: ${def.label}` : def.label, values]);
    }
  }
  const { notes, triage } = extra;
  if (notes) rows.push([labels.note, products.map(({ id }) => text(own(notes, id) ?? ''))]);
  if (triage) {
    const status = (mark: TriageMark | undefined) => (mark ? labels[mark] : '');
    rows.push([labels.triage, products.map(({ id }) => text(status(own(triage, id))))]);
  }

  return BOM + rows.map(([label, cells]) => [field([label, false]), ...cells.map(field)].join(',')).join('\r\n') + '\r\n';
}

/** One field: neutralized unless written from a number, then quoted when RFC 4180 needs it. */
function field([value, fromNumber]: Field): string {
  const safe = !fromNumber && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
