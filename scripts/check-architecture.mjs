// Checks the layering the design depends on, as part of `npm test`:
// 1. No value-import cycle in any package: modules form a graph of static and dynamic imports
//    (type-only imports are erased and do not count), and that graph has no cycle.
// 2. The centre never imports a feature: no module of core outside a feature folder, and no
//    module of the elements' `internal/`, imports (even a type) from a feature's folder.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_SRC, ELEMENTS_SRC, coreFeatures, elementFolders } from './features.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const packages = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'src'));
const sources = (dir) => readdirSync(dir).flatMap((name) => {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) return sources(path);
  return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
});

/** The value imports of every module of a package: esbuild erases type-only imports, as the builds do. */
async function valueImports(src) {
  const { metafile } = await build({
    entryPoints: sources(src),
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'unused',
    format: 'esm',
    platform: 'browser',
    packages: 'external',
    external: ['shortlist:*'],
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const graph = new Map();
  for (const [path, { imports }] of Object.entries(metafile.inputs)) {
    graph.set(resolve(root, path), imports.filter((link) => !link.external).map((link) => resolve(root, link.path)));
  }
  return graph;
}

/** Each cycle of the graph, found by depth-first search (one report per cycle's entry point). */
function cycles(graph) {
  const found = [];
  const state = new Map(); // undefined: not visited, 1: on the current path, 2: done
  const path = [];
  const visit = (node) => {
    state.set(node, 1);
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 1) found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 2);
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

const problems = [];
const show = (path) => relative(root, path);

for (const src of packages) {
  for (const cycle of cycles(await valueImports(src))) problems.push(`import cycle: ${cycle.map(show).join(' → ')}`);
}

// Every import specifier of a file, type-only ones included: the centre must not even name a feature.
const specifiers = (file) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => resolve(dirname(file), match[1]));
const featureFolders = [...coreFeatures().map((name) => join(CORE_SRC, name)), ...elementFolders().map(({ name }) => join(ELEMENTS_SRC, name))];
const inFeature = (path) => featureFolders.some((folder) => path.startsWith(folder + '/'));
const centre = [...sources(CORE_SRC), ...sources(join(ELEMENTS_SRC, 'internal'))].filter((file) => !inFeature(file));
for (const file of centre) {
  for (const target of specifiers(file)) if (inFeature(target)) problems.push(`the centre imports a feature: ${show(file)} → ${show(target)}`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Architecture: no import cycle in ${packages.length} packages; the centre imports no feature (${featureFolders.length} feature folders).`);
