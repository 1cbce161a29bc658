// Builds every package from its TypeScript sources:
// - core and elements as unbundled ESM for npm (dist/ for production, dist/dev/ with dev warnings,
//   chosen through the `development` export condition);
// - the script-tag bundle packages/embed/dist/shortlist.js, minified, with chunks loaded on first use,
//   and a manifest that `npm run size` reads.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/** Minifies the static CSS of Lit `css` templates in our sources (none interpolates values). */
const minifyCss = () => ({
  name: 'shortlist-minify-css',
  transform(code, id) {
    if (!/packages\/\w+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const minified = code.replace(/\bcss`([^`$]*)`/g, (_match, text) => {
      // UTF-8 output keeps characters such as "★" as they are: an escape esbuild would write
      // (`\2605`) is an invalid escape in a template literal and empties the whole stylesheet.
      // esbuild keeps the space after commas in values (`var(--x, y)`); CSS never needs it.
      const css = transformSync(text, { loader: 'css', minify: true, charset: 'utf8' }).code.trim().replace(/,\s+/g, ',');
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
  },
});
/**
 * Collapses the indentation inside Lit `html` templates of our sources: a run of whitespace
 * that holds a line break renders as one space, so it is written as one (none of our templates
 * has a `<pre>` or text in a `<textarea>`).
 */
const minifyHtml = () => ({
  name: 'shortlist-minify-html',
  transform(code, id) {
    if (!/packages\/\w+\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
    const output = new MagicString(code);
    const visit = (node) => {
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
        for (const { start, end } of node.quasi.quasis) {
          const text = code.slice(start, end);
          const collapsed = text.replace(/\s*\n\s*/g, ' ');
          if (collapsed !== text) output.overwrite(start, end, collapsed);
        }
      }
      for (const value of Object.values(node)) {
        for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child.type === 'string') visit(child);
      }
    };
    visit(this.parse(code));
    return { code: output.toString(), map: output.generateMap({ hires: true }) };
  },
});
const nodeEnv = (mode) => replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify(mode) } });
const isDependency = (id) => /^(lit|@lit|nanostores|@shortlist)(\/|$)/.test(id);

/** Writes which chunks each chunk imports statically and lazily: the size check sums first loads. */
const manifest = (file) => ({
  name: 'shortlist-manifest',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle)
      .filter((item) => item.type === 'chunk')
      .map(({ name, fileName, isEntry, imports, dynamicImports }) => ({ name, fileName, isEntry, imports, dynamicImports }));
    writeFileSync(file, JSON.stringify(chunks, null, 2));
  },
});

/**
 * The script-tag bundle's chunks, by module path. Every module not listed goes into one
 * start-up chunk that the entry imports: lazy chunks import that chunk, never the entry, so a
 * page that loads shortlist.js?v=2 still gets one copy. (The module graph cannot tell lazy from
 * eager by itself: core's index re-exports everything for npm users.) `npm run size` sums
 * a page's first load: a chunk imported at start-up by mistake shows there.
 */
const CHUNKS = [
  // The catalog's sources (feed, JSON-LD, microdata, product cards), fetched by the catalog
  // loader when it starts. Listed before `deferred`, whose pattern holds all of catalog/.
  ['sources', /packages\/core\/src\/catalog\/sources\//],
  // Loaded after start-up: the catalog's loader and normalization (in slices), the checks of
  // `config.messages` and `config.compare`, the views' English copy (the first check needs
  // their keys), the comparison's German copy (the comparison's own chunk has no room for it),
  // the wording of problems.
  ['deferred', /packages\/core\/src\/(catalog\/|model\/(attributes|numbers|units|values|url)\.ts|format\/(attribute|price|messages-values|messages-price|messages-compare-de|messages-\w+-en)\.ts|(config\/messages|compare\/config)\.ts|state\/storage-problem\.ts|deferred\.ts)|packages\/embed\/src\/(command-problem|views)\.ts/],
  // The views' runtime (lit-html, LitElement, the views' base class) with the tray's panel: the
  // first view a shopper opens, and the way to the comparison. One chunk instead of two saves
  // what gzip would learn twice.
  ['views', /node_modules\/(lit|lit-html|lit-element)\/|packages\/elements\/src\/(internal\/view|tray\/((shortlist-)?tray-panel|events))\.ts|packages\/core\/src\/format\/messages-tray(-de)?\.ts/],
  // The comparison, with the state only it shows (notes, triage marks); its code loads when the
  // tray's panel first shows.
  ['compare', /packages\/(elements|core)\/src\/compare\/|packages\/core\/src\/(state\/(by-product|notes|triage)|format\/messages-compare)\.ts/],
];
const chunkOf = (id) => CHUNKS.find(([, pattern]) => pattern.test(id))?.[0];

const library = (name, input, mode) => ({
  input,
  external: isDependency,
  plugins: [typescript(), nodeEnv(mode)],
  output: {
    dir: `packages/${name}/dist${mode === 'development' ? '/dev' : ''}`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `packages/${name}/src`,
    sourcemap: true,
  },
});

const elementsInput = {
  index: 'packages/elements/src/index.ts',
  'compare-button/shortlist-compare-button': 'packages/elements/src/compare-button/shortlist-compare-button.ts',
  'tray/shortlist-tray': 'packages/elements/src/tray/shortlist-tray.ts',
  'compare/shortlist-compare': 'packages/elements/src/compare/shortlist-compare.ts',
  'compare/share-prompt': 'packages/elements/src/compare/share-prompt.ts',
};

export default [
  ...['production', 'development'].flatMap((mode) => [
    library('core', { index: 'packages/core/src/index.ts' }, mode),
    library('elements', elementsInput, mode),
  ]),
  {
    input: 'packages/embed/src/shortlist.ts',
    // The packages' `sideEffects` fields, applied to their source files too: only the
    // shortlist-*.ts define files (and the embed entry) run code on import.
    treeshake: { moduleSideEffects: (id) => !/packages\/(core|elements)\//.test(id) || /\/shortlist-[\w-]+\.ts$/.test(id) },
    plugins: [
      nodeResolve({ exportConditions: ['source'] }),
      minifyCss(),
      typescript(),
      minifyHtml(),
      nodeEnv('production'),
      terser({ module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } }),
      manifest('packages/embed/dist/manifest.json'),
    ],
    output: {
      dir: 'packages/embed/dist',
      format: 'es',
      manualChunks: (id, { getModuleInfo }) => chunkOf(id) ?? (getModuleInfo(id)?.isEntry ? undefined : 'start'),
      entryFileNames: '[name].js',
      // Six characters of content hash are plenty for a handful of chunks, and each name is
      // written into every chunk that imports it.
      chunkFileNames: 'chunks/[name]-[hash:6].js',
      // Written next to each file but not linked from it: the comment would cost every shopper
      // about 55 B per file. Servers link them with a `SourceMap` header, as `npm start` does.
      sourcemap: 'hidden',
    },
  },
];
