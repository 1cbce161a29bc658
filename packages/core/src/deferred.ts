/**
 * What an instance does once it has started, in the chunk that loads after start-up: check the
 * parts of the configuration only views use (the message overrides, whose keys come from every
 * view's table, and `compare`), then run the catalog's lifecycle. Until then the formatter uses
 * only the overrides that are messages; the comparison needs the whole catalog, so it never
 * reads `compare` before this check.
 */
import { startCatalog, type CatalogLifecycle } from './catalog/load.js';
import { resolveCompareConfig } from './compare/config.js';
import { checkMessages } from './config/messages.js';

export function afterStart(lifecycle: CatalogLifecycle) {
  const { config, report } = lifecycle;
  checkMessages(config.messages).forEach(report);
  config.compare = resolveCompareConfig(config.compare, report);
  return startCatalog(lifecycle);
}
