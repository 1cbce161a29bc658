/** The `criteria` section of the configuration, checked when the criteria's code loads. */
import { array, configError, is, object, type Check } from '../config/check.js';
import { KEY } from '../catalog/product.js';
import { readUrl } from '../model/url.js';
import { isRecord } from '../model/values.js';
import { readCriteria, type Criterion } from './criterion.js';

/** A shopping context the brand offers ("Business traveller"): the shopper picks it, and edits its criteria freely. */
export interface Persona {
  /** Names it in events and keeps its context apart from others: letters, digits, `-`, `_`, `.`. */
  key: string;
  name: string;
  description?: string;
  /** A short text shown before the name, such as an emoji (decoration: screen readers skip it). */
  icon?: string;
  /** An image shown before the name instead (http, https or relative URL). */
  image?: string;
  /** Its presets: criteria with their requirement and importance. */
  criteria: Criterion[];
}

export interface CriteriaConfig {
  /** The brand's personas by category key (`""` for elements without a category), in the order to show them. */
  personas?: Record<string, Persona[]>;
  /** The attributes shoppers may add as criteria, by category key, in this order. Default: every attribute the category's products have, price and rating first. */
  attributes?: Record<string, string[]>;
}

declare module '../config/config.js' {
  interface ShortlistConfig {
    criteria?: CriteriaConfig;
  }
}

/** A persona's key. (Attribute keys are the catalog's: `KEY`.) */
const PERSONA_KEY = /^[\w.-]{1,64}$/;

/** A text matching `pattern`. (The centre's `text` check lives in the first load: using `is` keeps that file as it is.) */
const matching = (pattern: RegExp, expected: string) => is<string>((value) => typeof value === 'string' && pattern.test(value), expected);

/** Criteria from the configuration: the usable ones; each one left out is reported by its field. */
const criteriaList: Check<Criterion[]> = (value, field, report) => {
  const { criteria, problems } = readCriteria(value);
  // The problems name `criteria[2].unit`: the same place under this field.
  for (const problem of problems) report?.(configError(field + problem.field!.slice('criteria'.length), problem.expected!, problem.found));
  return criteria;
};

const persona = object({
  key: matching(PERSONA_KEY, 'letters, digits, "-", "_" or "." (at most 64)'),
  name: matching(/^.{1,60}$/, 'a text of 1–60 characters'),
  description: matching(/^.{1,300}$/s, 'a text of 1–300 characters'),
  icon: matching(/^.{1,8}$/u, 'a short text such as an emoji (at most 8 characters)'),
  image: (value, field) => {
    const url = readUrl(value);
    if (url === undefined) throw configError(field, 'an image URL (http, https or relative)', value);
    return url;
  },
  criteria: criteriaList,
});

const personas: Check<Persona[]> = (value, field, report) =>
  array(value, field).flatMap((entry, index) => {
    const path = `${field}[${index}]`;
    const checked = persona(entry, path, report);
    if (checked.key && checked.name) return [{ criteria: [], ...checked } as Persona];
    report?.(configError(path, 'a persona with a key and a name', entry));
    return [];
  });

const keys = (value: unknown, field: string) => array(value, field).map((entry, index) => matching(KEY, 'an attribute key')(entry, `${field}[${index}]`));

/** A check of each value of an object keyed by category. */
const byCategory =
  <T>(check: Check<T>): Check<Record<string, T>> =>
  (value, field, report) => {
    if (!isRecord(value)) throw configError(field, 'an object by category key', value);
    return Object.fromEntries(Object.entries(value).map(([category, entry]) => [category, check(entry, `${field}.${category}`, report)]));
  };

/** The usable part of `config.criteria`; each bad field is reported and left out. */
export const checkCriteria: Check<CriteriaConfig> = object({ personas: byCategory(personas), attributes: byCategory(keys) });
