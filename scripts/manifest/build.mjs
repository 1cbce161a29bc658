#!/usr/bin/env node
// `npm run build` step: the custom-elements manifest of @shortlist/elements, and what is made
// from it: editor data (VS Code, JetBrains), the Vue typings and the sources of
// @shortlist/react (the reference pages in docs/elements/ are `npm run docs`, see docs.mjs).
// A new element (a JSDoc header and a define file the package exports) appears in all of them
// without other edits.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyzeElements, ELEMENTS_DIR } from './analyze.mjs';
import { REFERENCE_DIR } from './docs.mjs';
import { vscodeCssData, vscodeHtmlData, webTypes } from './editors.mjs';
import { elementsOf } from './elements.mjs';
import { reactSources, vueTypes } from './frameworks.mjs';
import { ManifestError } from './public-api.mjs';

/** Generated; nothing else lives there. */
const REACT_SOURCES = 'packages/react/src';

const write = (file, text) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** Replaces a folder's files with `files` (name → text), so removed elements leave nothing behind. */
function replaceFiles(folder, files) {
  rmSync(folder, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) write(join(folder, name), text);
}

try {
  const manifest = analyzeElements();
  const pkg = JSON.parse(readFileSync(`${ELEMENTS_DIR}/package.json`, 'utf8'));
  const elements = elementsOf(manifest, pkg);
  const repository = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
  const docsUrl = (element) => `${repository}/blob/main/${REFERENCE_DIR}/${element.tag}.md`;

  write(`${ELEMENTS_DIR}/custom-elements.json`, json(manifest));
  write(`${ELEMENTS_DIR}/vscode.html-custom-data.json`, json(vscodeHtmlData(elements, docsUrl)));
  write(`${ELEMENTS_DIR}/vscode.css-custom-data.json`, json(vscodeCssData(elements)));
  write(`${ELEMENTS_DIR}/web-types.json`, json(webTypes(elements, pkg, docsUrl)));
  write(`${ELEMENTS_DIR}/dist/vue.d.ts`, vueTypes(elements));
  // Types only; the module exists so that a plain `import '@shortlist/elements/vue'` is harmless.
  write(`${ELEMENTS_DIR}/dist/vue.js`, 'export {};\n');
  replaceFiles(REACT_SOURCES, reactSources(elements));
} catch (error) {
  if (!(error instanceof ManifestError)) throw error;
  console.error(`custom-elements manifest: ${error.message}`);
  process.exit(1);
}
