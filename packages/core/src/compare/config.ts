/** The `compare` section of the configuration, checked when the comparison's code loads. */
import { is, object, oneOf, type Check } from '../config/check.js';

/** What the comparison shows. */
export interface CompareConfig {
  /** Attribute keys to show, in this order. Default: every attribute the compared products have, in catalog order. */
  attributes?: string[];
  /** Group names in the order to show them; unlisted groups follow. */
  groups?: string[];
  /** Labels by attribute key or group name, replacing the catalog's. */
  labels?: Record<string, string>;
  /** `separation` orders each group's rows by how much they separate the products. Default `retailer`. */
  orderBy?: 'retailer' | 'separation';
}

declare module '../config/config.js' {
  interface ShortlistConfig {
    compare?: CompareConfig;
  }
}

const texts = is<string[]>((value) => Array.isArray(value) && value.every((text) => typeof text === 'string'), 'an array of texts');
const labels = is<Record<string, string>>(
  (value) => !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((label) => typeof label === 'string'),
  'an object of texts by key',
);

/** The usable part of `config.compare`; each bad field is reported and left out. */
export const checkCompare: Check<CompareConfig> = object({ attributes: texts, groups: texts, labels, orderBy: oneOf('retailer', 'separation') });
