/**
 * What a field of option data should have been, in words: the reader (read-options.ts) names it
 * as data — `['text', 200]` — and these words load with the checks, when a problem is reported.
 */
import { KEY_EXPECTED } from '../../catalog/product.js';

export const EXPECTED = {
  option: () => 'an option object',
  key: () => KEY_EXPECTED,
  'unique-key': () => 'a key no other option of the product uses',
  kind: (kinds: string) => `one of ${kinds}`,
  text: (max: number) => `a non-empty text of at most ${max} characters`,
  boolean: () => 'true or false',
  amount: () => 'an amount such as 180 or "-20", or a percentage such as "10%"',
  percent: () => 'a percentage such as 10 or "10%"',
  colour: () => 'a colour such as "#1d4ed8" or "#fff"',
  url: () => 'an http(s) or relative URL',
  allowed: () => 'characters and ranges such as "A-Za-z0-9 .-"',
  'max-length': (max: number) => `a whole number from 1 to ${max}`,
  number: (magnitude: number) => `a number from -${magnitude} to ${magnitude}`,
  max: (min: number) => `a number above min (${min})`,
  step: (min: number, max: number, points: number) => `a number above 0 that divides ${min}–${max} into at most ${points} steps`,
  default: (min: number, max: number, step: number) => `a number from ${min} to ${max} in steps of ${step}`,
  values: (max: number) => `a list of 1 to ${max} values`,
  'unique-value': () => 'a value not listed before in this option',
  rule: () => 'a rule object',
  consequence: () => 'exactly one of requires, onlyWith, excludes',
  condition: () => 'an object naming at least one option',
  'option-key': (keys: string) => `one of the product's options (${keys || 'none'})`,
  'list-option': (key: string, kind: string) => `an option with values (${key} is a ${kind}: its own limits check it)`,
  'option-values': (key: string, values: string) => `values of ${key} (${values}), or { "not": … }`,
  'some-value': (key: string) => `values that leave at least one value of ${key}`,
  /** A variant's selection (the figure is the variant's id, for the summary). */
  variant: (_id: string) => 'an option of the product and one of its values',
} satisfies Record<string, (...figures: never[]) => string>;

/** What a field should have been, as data: its kind of expectation and the figures that go in its words. */
export type Expected = { [K in keyof typeof EXPECTED]: [K, ...Parameters<(typeof EXPECTED)[K]>] }[keyof typeof EXPECTED];

/** The words of an expectation. */
export const expectedWords = ([kind, ...figures]: Expected) => (EXPECTED[kind] as (...values: unknown[]) => string)(...figures);
