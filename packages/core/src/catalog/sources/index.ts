/**
 * The catalog's sources, one chunk of the script-tag build that the catalog loader fetches
 * when it starts: the feed, and the readers of the page's JSON-LD, microdata and product cards.
 */
export { fetchFeed, feedError } from './feed.js';
export { readJsonLd } from './jsonld.js';
export { readMicrodata } from './microdata.js';
export { readProductCards } from './dom.js';
export type { SourceResult } from './shared.js';
