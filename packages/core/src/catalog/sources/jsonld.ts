/**
 * Reads the schema.org `Product` / `ProductGroup` JSON-LD a store already publishes for
 * search engines, across every `application/ld+json` script of the page: a `{ "@id" }` in one
 * script finds the node another defines. A script that is not valid JSON is reported; when it
 * only has a trailing comma or a number with a leading zero, it is repaired, read, and the
 * repair reported.
 */
import type { CatalogIssue } from '../../model/types.js';
import { repairJson } from './json-repair.js';
import { readSchemaPage, type SchemaBlock } from './schema-org.js';
import { catalogIssue } from '../entries.js';
import type { SourceResult } from './shared.js';

/** Every product described by the `application/ld+json` scripts under `root`. */
export function readJsonLd(root: ParentNode = document): SourceResult {
  const issues: CatalogIssue[] = [];
  const blocks: SchemaBlock[] = [];
  root.querySelectorAll('script[type="application/ld+json"]').forEach((script, index) => {
    const path = `script[${index}]`;
    const data = parse(script.textContent ?? '', path, index, issues);
    if (data !== undefined) blocks.push({ data, path });
  });
  return readSchemaPage('json-ld', root, blocks, issues);
}

/** The script's data; broken JSON is repaired where that is safe, and reported either way. */
function parse(source: string, path: string, index: number, issues: CatalogIssue[]): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    // JSON.parse throws only Errors: a SyntaxError for bad JSON (a RangeError for absurd nesting).
    const problem = (error as Error).message;
    const repaired = repairJson(source);
    if (repaired !== undefined) {
      try {
        const data = JSON.parse(repaired);
        const subject = `JSON-LD script ${index + 1} was repaired and read (${problem})`;
        issues.push(catalogIssue('json-ld', path, 'valid JSON (a trailing comma or a number with a leading zero was fixed)', source.trim(), subject));
        return data;
      } catch {
        // Broken in another way too: skipped below.
      }
    }
    issues.push(catalogIssue('json-ld', path, 'valid JSON', source.trim(), `JSON-LD script ${index + 1} was skipped (${problem})`));
    return undefined;
  }
}
