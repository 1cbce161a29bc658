// The custom-elements manifest of @shortlist/elements: the analyzer reads the JSDoc headers
// (@tagname @summary @event @slot @csspart @cssproperty) and Lit's `static properties`, then
// `publicApi` keeps only what a page may use and adds what the analyzer cannot know without
// the TypeScript checker (see public-api.mjs).
import { create, ts as analyzerTs } from '@custom-elements-manifest/analyzer';
// The analyzer's Lit support is not exported by its entry; this is the module its CLI loads.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicApi } from './public-api.mjs';

export const ELEMENTS_DIR = 'packages/elements';

/** The manifest of the elements' sources, as `dist/` paths: what `npm run build` ships. */
export function analyzeElements(root = process.cwd()) {
  const sourceDir = `${ELEMENTS_DIR}/src`;
  const files = readdirSync(join(root, sourceDir), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${sourceDir}/${file.split('\\').join('/')}`)
    .sort();
  // The analyzer parses with the TypeScript it was built with; the checker in public-api.mjs
  // uses the project's.
  const modules = files.map((file) => analyzerTs.createSourceFile(file, readFileSync(join(root, file), 'utf8'), analyzerTs.ScriptTarget.ES2022, true));
  const manifest = create({ modules, plugins: litPlugin(), context: { dev: false } });
  return publicApi(manifest, { root, packageDir: ELEMENTS_DIR });
}
