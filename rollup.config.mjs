// Builds every package from its TypeScript sources:
// - core and elements as unbundled ESM for npm (dist/ for production, dist/dev/ with dev warnings,
//   chosen through the `development` export condition), and the React components;
// - the script-tag bundle packages/embed/dist/shortlist.js, minified, with chunks loaded on first use,
//   and a manifest that `npm run size` reads.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import esbuild from 'rollup-plugin-esbuild';
import { coreFeatures, elementFolders, featuresPlugin } from './scripts/features.mjs';

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
const isDependency = (id) => /^(lit|@lit|nanostores|@shortlist|react)(\/|$)/.test(id);

/**
 * Writes which chunks each chunk imports statically and lazily, and the modules in each: the
 * size check sums first loads and names what is in them.
 */
const manifest = (file) => ({
  name: 'shortlist-manifest',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle)
      .filter((item) => item.type === 'chunk')
      .map(({ name, fileName, isEntry, imports, dynamicImports, modules }) => ({
        name,
        fileName,
        isEntry,
        imports,
        dynamicImports,
        modules: Object.entries(modules)
          .filter(([, module]) => module.renderedLength > 0)
          .map(([id, module]) => ({ id: relative('.', id.replace(/^\0/, '')), bytes: module.renderedLength })),
      }));
    writeFileSync(file, JSON.stringify(chunks, null, 2));
  },
});

/**
 * The script-tag bundle's chunks follow the folders; nothing is listed by file:
 * - what the entry imports statically is the first load (`start`): the centre and the elements
 *   every page shows;
 * - the rest of a feature's folder, in core and in elements, is the feature's own chunk
 *   (`compare`, `tray`…), loaded on first use — but for its declaration, which is what the
 *   centre knows of it before then (it goes with `deferred`); a subfolder of a feature is a
 *   part it loads on demand, a chunk of its own (`compare/export/` → `compare-export`);
 * - the rest of the elements' shared code and the third-party code (lit-html, LitElement, the
 *   views' base class) is `views`, the runtime every view needs;
 * - the rest of the centre (the catalog, checks, problem wording) is `deferred`, loaded right
 *   after start-up; a subfolder of it is a part loaded on demand too (`catalog/sources/` →
 *   `catalog-sources`, which the catalog loader imports when it starts).
 * `npm run size` lists the first load's modules by folder and fails on a feature's code there.
 */
const FEATURES = new Set([...coreFeatures(), ...elementFolders().map(({ name }) => name)]);

/** Chunks by folder (see above). A plugin, so that it can read each module's imports and exports. */
function chunksByFolder() {
  /** Each module's imports and re-exports, with the names they take (`*`: all of it). */
  const links = new Map();
  let startPath;
  return {
    name: 'shortlist-chunks-by-folder',
    buildStart() {
      links.clear();
      startPath = undefined;
    },
    async moduleParsed({ id, ast }) {
      links.set(id, await readLinks(ast, (source) => this.resolve(source, id).then((resolved) => resolved?.id)));
    },
    outputOptions(options) {
      return {
        ...options,
        manualChunks(id, { getModuleIds, getModuleInfo }) {
          if (getModuleInfo(id)?.isEntry) return undefined;
          startPath ??= neededAtStart([...getModuleIds()].filter((module) => getModuleInfo(module)?.isEntry), links);
          if (startPath.has(id)) return 'start';
          const [, folder, file] = /packages\/(?:core|elements)\/src\/([\w-]+)\/(.+)$/.exec(id) ?? [];
          // A subfolder is a part loaded on demand (`compare/export/` → `compare-export`, `catalog/sources/` → `catalog-sources`).
          const part = file?.includes('/') ? `${folder}-${file.split('/')[0]}` : undefined;
          if (folder && FEATURES.has(folder) && file !== 'declaration.ts') return part ?? folder;
          if (/node_modules|packages\/elements\//.test(id)) return 'views';
          return part ?? 'deferred';
        },
      };
    },
  };
}

/**
 * A module's static links: `imports` (source, names it takes) and `reexports` (name it exports →
 * source and name there; `*` for `export * from`). Dynamic imports are not links: they load later.
 */
async function readLinks(ast, resolve) {
  const imports = [];
  const reexports = [];
  for (const node of ast.body) {
    const source = node.source && (await resolve(node.source.value));
    if (!source) continue;
    if (node.type === 'ImportDeclaration') {
      const names = node.specifiers.map((specifier) => (specifier.type === 'ImportSpecifier' ? (specifier.imported.name ?? specifier.imported.value) : '*'));
      imports.push({ source, names });
    } else if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers) reexports.push({ name: specifier.exported.name, source, as: specifier.local.name });
    } else if (node.type === 'ExportAllDeclaration') {
      reexports.push({ name: node.exported?.name ?? '*', source, as: '*' });
    }
  }
  return { imports, reexports };
}

/**
 * The modules the entries need at once: following static imports by the names they take, so a
 * re-exporting index (core's, nanostores') brings only what is used from it. A module whose own
 * code is needed brings everything it imports; one imported for its side effects alone (a
 * define file) brings itself.
 */
function neededAtStart(entries, links) {
  const needed = new Set();
  const asked = new Set();
  const need = (id, name) => {
    const key = `${id}\0${name}`;
    if (asked.has(key)) return;
    asked.add(key);
    const { imports = [], reexports = [] } = links.get(id) ?? {};
    const through = reexports.filter((link) => name === '*' || link.name === name || (link.name === '*' && !reexports.some((other) => other.name === name)));
    for (const link of through) need(link.source, link.as === '*' ? name : link.as);
    // A name defined here (or the whole module): its code runs, and so do its imports.
    if (name === '*' || !reexports.some((link) => link.name === name)) {
      if (needed.has(id)) return;
      needed.add(id);
      for (const { source, names } of imports) for (const imported of names.length ? names : ['*']) need(source, imported);
    }
  };
  entries.forEach((entry) => need(entry, '*'));
  return needed;
}

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

/**
 * A package's entry points: the `source` of each export in its package.json (a `./*` pattern
 * stands for every folder that has the file), by output name (`compare/index`).
 */
function packageInputs(name) {
  const root = `packages/${name}`;
  const { exports } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const sources = Object.values(exports).flatMap((target) => (target?.source ? [target.source] : []));
  const files = sources.flatMap((source) => {
    if (!source.includes('*')) return [source];
    const [before, after] = source.split('*');
    return readdirSync(`${root}/${before}`).map((folder) => `${before}${folder}${after}`).filter((file) => existsSync(`${root}/${file}`));
  });
  return Object.fromEntries(files.map((file) => [file.replace(/^\.\/src\//, '').replace(/\.ts$/, ''), `${root}/${file.slice(2)}`]));
}

export default [
  ...['production', 'development'].flatMap((mode) => [library('core', packageInputs('core'), mode), library('elements', packageInputs('elements'), mode)]),
  // The React components (generated from the manifest: one module per element, kept apart by
  // preserveModules) and the JSX typings' module. Elements bring their own development build.
  library('react', { index: 'packages/react/src/index.ts', jsx: 'packages/react/src/jsx.ts' }, 'production'),
  {
    input: 'packages/embed/src/shortlist.ts',
    // The packages' `sideEffects` fields, applied to their source files too: only the
    // shortlist-*.ts define files, the features' declarations (and the embed) run code on import.
    treeshake: { moduleSideEffects: (id) => !/packages\/(core|elements)\//.test(id) || /\/(shortlist-[\w-]+|declaration)\.ts$/.test(id) },
    plugins: [
      featuresPlugin(),
      chunksByFolder(),
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
