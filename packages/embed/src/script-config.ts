/**
 * Configuration from the script tag's `data-*` attributes, so the common case needs no
 * JavaScript: `<script type="module" src="shortlist.js" data-catalog="/products.json">`.
 */
import type { ShortlistConfig } from '@shortlist/core';

/** The script element that loaded this module, if it is in the page. */
export function findOwnScript(moduleUrl: string): HTMLScriptElement | undefined {
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => script.src === moduleUrl);
}

/**
 * Reads `data-*` into a configuration. Values are passed on as written (numbers and
 * booleans converted) so that validation reports a bad attribute by its field name.
 */
export function readScriptConfig(script: HTMLElement | undefined): ShortlistConfig {
  const data = script?.dataset ?? {};
  const number = (value: string) => (value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value);
  const flag = (value: string) => (value === 'false' ? false : value === 'true' || value === '' ? true : value);
  const config: Record<string, unknown> = {};
  const tray: Record<string, unknown> = {};
  const catalog: Record<string, unknown> = {};
  if (data.namespace !== undefined) config.namespace = data.namespace;
  if (data.locale !== undefined) config.locale = data.locale;
  if (data.currency !== undefined) config.currency = data.currency;
  if (data.storage !== undefined) config.storage = data.storage;
  if (data.trayMax !== undefined) tray.max = number(data.trayMax);
  if (data.trayWhenFull !== undefined) tray.whenFull = data.trayWhenFull;
  if (data.catalog !== undefined) catalog.url = data.catalog;
  if (data.jsonLd !== undefined) catalog.jsonLd = flag(data.jsonLd);
  if (data.cards !== undefined) catalog.cards = flag(data.cards);
  if (Object.keys(tray).length) config.tray = tray;
  if (Object.keys(catalog).length) config.catalog = catalog;
  return config as ShortlistConfig;
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
