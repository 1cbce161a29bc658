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
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/** Minifies the static CSS of Lit `css` templates in our sources (none interpolates values). */
const minifyCss = () => ({
  name: 'shortlist-minify-css',
  transform(code, id) {
    if (!/packages\/\w+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
    const minified = code.replace(/\bcss`([^`$]*)`/g, (_match, text) => {
      const css = transformSync(text, { loader: 'css', minify: true }).code.trim();
      return `css\`${css}\``;
    });
    return { code: minified, map: null };
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
      .map(({ fileName, isEntry, imports, dynamicImports }) => ({ fileName, isEntry, imports, dynamicImports }));
    writeFileSync(file, JSON.stringify(chunks, null, 2));
  },
});

/**
 * Modules that load on first use, behind `import('./catalog/load.js')` in core. Everything else
 * the embed needs goes into one start-up chunk that the entry imports: lazy chunks import that
 * chunk, never the entry, so a page that loads shortlist.js?v=2 still gets one copy. (The module
 * graph cannot tell lazy from eager by itself: core's index re-exports everything for npm users.)
 */
const LAZY = /packages\/core\/src\/(catalog\/|model\/(attributes|units|values)\.ts|format\/attribute\.ts)/;

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
      nodeEnv('production'),
      terser({ module: true, ecma: 2022, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } }),
      manifest('packages/embed/dist/manifest.json'),
    ],
    output: {
      dir: 'packages/embed/dist',
      format: 'es',
      manualChunks: (id, { getModuleInfo }) => (LAZY.test(id) ? 'catalog' : getModuleInfo(id)?.isEntry ? undefined : 'start'),
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
