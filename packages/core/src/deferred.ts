/**
 * What an instance does once it has started, in the chunk that loads after start-up: check what
 * needs every feature declared (the centre's message overrides — a feature's are checked when
 * it is set up — and the event names given to `on`), run the catalog's lifecycle, and load
 * features' code (`Shortlist.load`).
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';
import { startCatalog, type CatalogLifecycle } from './catalog/load.js';
import { checkCentreMessages } from './config/messages.js';
import { ShortlistError } from './errors.js';
import type { ShortlistEventMap } from './events.js';
import { declaredFeatures } from './feature.js';
import { resolveProducts, type ProductSource } from './products.js';
import type { CatalogState } from './shortlist.js';

/** What start-up hands over: the instance's catalog store and its features' product sources. */
export interface AfterStart extends Omit<CatalogLifecycle, '$catalog'> {
  $catalog: WritableAtom<CatalogState>;
  $sources: ReadableAtom<readonly ProductSource[]>;
}

export function afterStart({ $catalog, $sources, ...lifecycle }: AfterStart) {
  const { config, report, signal } = lifecycle;
  checkCentreMessages(config.messages, [...declaredFeatures().keys()]).forEach(report);
  return startCatalog({ ...lifecycle, $catalog: resolveProducts($catalog, $sources, signal) });
}

/** The centre's event names; declared features add theirs. */
const CENTRE_EVENTS: readonly string[] = ['tray-change', 'item-add', 'item-remove', 'tray-full', 'catalog-ready', 'error'] satisfies Array<keyof ShortlistEventMap>;

/** Reports an event `type` that no declared feature announces: a listener of it would never run. */
export function checkEventName(type: string, report: (error: ShortlistError) => void): void {
  const known = new Set([...CENTRE_EVENTS, ...[...declaredFeatures().values()].flatMap((feature) => feature.events)]);
  if (!known.has(type)) report(new ShortlistError(`"${type}" is not an event Shortlist announces`, { code: 'command', field: 'on', expected: `one of ${[...known].join(', ')}`, found: type, docs: 'events.md' }));
}

export { loadChunk } from './chunks.js';
