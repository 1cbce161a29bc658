/**
 * What an instance does once it has started, in the chunk that loads after start-up: run the
 * catalog's lifecycle, and check the message overrides (their keys come from every view's
 * table). Until then the formatter uses only the overrides that are messages.
 */
import { startCatalog, type CatalogLifecycle } from './catalog/load.js';
import { checkMessages } from './config/messages.js';

export function afterStart(lifecycle: CatalogLifecycle) {
  checkMessages(lifecycle.config.messages).forEach(lifecycle.report);
  return startCatalog(lifecycle);
}
