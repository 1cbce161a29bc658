/** Building catalog entries, for the sources and normalization alike. */
import { describeValue } from '../errors.js';
import type { CatalogIssue } from '../model/types.js';

/** Reports a bad field of the entry being read: its name, what was expected, what was found. */
export type Report = (field: string, expected: string, found: unknown) => void;

/**
 * A `CatalogIssue` whose message names the subject, the field, what was expected and what was
 * found. The message may name the field relative to the subject (`shownField`): `price` of
 * `product "p1"`, where the issue's `field` is the whole path `products[0].price`.
 */
export function catalogIssue(
  source: string,
  field: string,
  expected: string,
  value: unknown,
  subject: string,
  productId?: string,
  shownField = field,
): CatalogIssue {
  const found = describeValue(value);
  return defined({
    source,
    productId,
    field,
    expected,
    found,
    message: `Shortlist: ${subject}: ${shownField ? `${shownField} ` : ''}should be ${expected}, found ${found}.`,
  });
}

/** `T` without its absent fields: a field that may be `undefined` becomes optional. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops absent fields so a product lists only what the page actually had. */
export function defined<T extends object>(fields: T): Defined<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Defined<T>;
}
