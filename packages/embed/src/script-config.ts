/**
 * Configuration from the script tag's `data-*` attributes, so the common case needs no
 * JavaScript: `<script type="module" src="shortlist.js" data-catalog="/products.json">`.
 */
import type { ShortlistConfig } from '@shortlist/core';

/** The script element that loaded this module, if it is in the page. */
export function findOwnScript(moduleUrl: string): HTMLScriptElement | undefined {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === moduleUrl);
}

const asText = (value: string) => value;
const asNumber = (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value);
const asFlag = (value: string) => (value === 'false' ? false : value === 'true' || value === '' ? true : value);

/** Each `data-*` attribute (as a `dataset` key), the field it sets, and how its text is read. */
const ATTRIBUTES: Array<[dataKey: string, field: string, read: (value: string) => unknown]> = [
  ['namespace', 'namespace', asText],
  ['locale', 'locale', asText],
  ['currency', 'currency', asText],
  ['storage', 'storage', asText],
  ['trayMax', 'tray.max', asNumber],
  ['trayWhenFull', 'tray.whenFull', asText],
  ['trayPosition', 'tray.position', asText],
  ['catalog', 'catalog.url', asText],
  ['jsonLd', 'catalog.jsonLd', asFlag],
  ['microdata', 'catalog.microdata', asFlag],
  ['cards', 'catalog.cards', asFlag],
];

/**
 * Reads `data-*` into a configuration. Values are passed on as written (numbers and
 * booleans converted) so that validation reports a bad attribute by its field name.
 */
export function readScriptConfig(script: HTMLElement | undefined): ShortlistConfig {
  const data = script?.dataset ?? {};
  const layers = ATTRIBUTES.filter(([dataKey]) => data[dataKey] !== undefined).map(([dataKey, field, read]) => {
    const [first, second] = field.split('.') as [string, string?];
    const value = read(data[dataKey]!);
    return { [first]: second ? { [second]: value } : value };
  });
  return mergeConfig(...layers);
}

/** Merges configurations field by field, one level deep (`tray`, `catalog`). */
export function mergeConfig(...configs: ShortlistConfig[]): ShortlistConfig {
  const merged: Record<string, unknown> = {};
  for (const config of configs) {
    for (const [key, value] of Object.entries(config ?? {})) {
      const previous = merged[key];
      merged[key] = isPlainObject(value) ? { ...(isPlainObject(previous) ? previous : {}), ...value } : value;
    }
  }
  return merged as ShortlistConfig;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
