/**
 * Small checkers for configuration values. Each error names the field, what was expected,
 * what was found, and the docs anchor, so a retailer can fix a typo from the console alone.
 */
import { ShortlistError } from '../errors.js';

/**
 * Checks one value; throws a `ShortlistError` naming the field. Objects given `report` are
 * lenient: a bad field is reported and left out, so one typo never discards the others.
 */
export type Check<T> = (value: unknown, field: string, report?: (error: ShortlistError) => void) => T;

export function configError(field: string, expected: string, found: unknown): ShortlistError {
  const anchor = field.split(/[.[]/)[0]!.toLowerCase();
  return new ShortlistError(`configuration field "${field}" is invalid`, { code: 'config', field, expected, found, docs: `configuration.md#${anchor}` });
}

/** A checker from a test and the description of what passes it. */
export const is =
  <T>(test: (value: unknown) => boolean, expected: string): Check<T> =>
  (value, field) => {
    if (test(value)) return value as T;
    throw configError(field, expected, value);
  };

export const oneOf = <T extends string>(...choices: T[]) =>
  is<T>((value) => choices.includes(value as T), `one of ${choices.map((choice) => `"${choice}"`).join(', ')}`);

export const integer = (min: number, max: number) =>
  is<number>((value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max, `a whole number from ${min} to ${max}`);

export const text = (pattern: RegExp, expected: string) => is<string>((value) => typeof value === 'string' && pattern.test(value), expected);

export const type = <T>(name: 'boolean' | 'function' | 'object', expected: string) => is<T>((value) => typeof value === name, expected);

export const array = is<unknown[]>(Array.isArray, 'an array');

/** A plain object: neither null nor an array. */
export const plainObject = is<Record<string, unknown>>((value) => !!value && typeof value === 'object' && !Array.isArray(value), 'an object');

export type Shape = Record<string, Check<unknown>>;
type Checked<S extends Shape> = { [K in keyof S]?: ReturnType<S[K]> };

/**
 * Checks a plain object against a shape. Unknown fields are errors too, listing the known
 * ones: `tray.maxx` is a typo, not something to ignore silently.
 */
export function object<S extends Shape>(shape: S): Check<Checked<S>> {
  return (value, field, report) => {
    const result: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(plainObject(value, field || 'config'))) {
      const path = field ? `${field}.${key}` : key;
      try {
        const check = Object.hasOwn(shape, key) ? shape[key] : undefined;
        if (!check) throw configError(path, `one of the fields ${Object.keys(shape).join(', ')}`, entry);
        if (entry !== undefined) result[key] = check(entry, path, report);
      } catch (error) {
        if (!report) throw error;
        report(error as ShortlistError);
      }
    }
    return result as Checked<S>;
  };
}
