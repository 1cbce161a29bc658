// The features of Shortlist, found in the folders: nothing is listed by hand. Adding a feature
// adds folders; the build, the size check and the architecture check read them from here.
//
// - A core feature is a folder `packages/core/src/<name>/` with a `declaration.ts` that exports
//   `<name>Declaration` (camel-cased: `customize` → `customizeDeclaration`).
// - Its elements are `packages/elements/src/<name>/`: each `shortlist-<tag>.ts` defines `<shortlist-tag>`
//   (in a subfolder `<name>/<part>/`, it is in that part's own chunk, `<name>-<part>`, loaded when
//   the tag appears), and an optional `start.ts` exports `start()`, run when the declaration's `wanted()` says the
//   page needs the feature at once (a share link in the address).
// - Element folders without a core feature (the compare button) hold elements only.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const CORE_SRC = join(root, 'packages/core/src');
export const ELEMENTS_SRC = join(root, 'packages/elements/src');

const folders = (dir) => readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** Names of the core feature folders (those with a declaration). */
export const coreFeatures = () => folders(CORE_SRC).filter((name) => existsSync(join(CORE_SRC, name, 'declaration.ts')));

/**
 * A folder's define files, in it or in a subfolder (a part): each with its tag, its path in the
 * folder and its chunk (`chunksByFolder` in rollup.config.mjs: the folder's, or the part's).
 */
function defineFiles(name) {
  return readdirSync(join(ELEMENTS_SRC, name), { recursive: true })
    .map((file) => file.replaceAll('\\', '/'))
    .filter((file) => /^([\w-]+\/)?shortlist-[\w-]+\.ts$/.test(file))
    .map((file) => {
      const [part] = file.split('/').slice(0, -1);
      return { tag: file.slice(file.lastIndexOf('/') + 1, -'.ts'.length), file, chunk: part ? `${name}-${part}` : name };
    });
}

/** Element folders (every folder but `internal`), with their define files and those files' tags. */
export function elementFolders() {
  return folders(ELEMENTS_SRC)
    .filter((name) => name !== 'internal')
    .map((name) => {
      const defines = defineFiles(name);
      return { name, tags: defines.map(({ tag }) => tag), defines, start: existsSync(join(ELEMENTS_SRC, name, 'start.ts')) };
    });
}

const importPath = (...parts) => JSON.stringify(join(...parts).replaceAll('\\', '/'));

/** The source of `shortlist:features`: each feature's declaration, its tags' chunks and loaders, and its start. */
export function featuresModule() {
  const core = coreFeatures();
  const elements = new Map(elementFolders().map((folder) => [folder.name, folder]));
  const names = [...new Set([...core, ...elements.keys()])].sort();
  const imports = core.map((name) => `import { ${camel(name)}Declaration } from ${importPath(CORE_SRC, name, 'declaration.ts')};`);
  const entries = names.map((name) => {
    const folder = elements.get(name);
    const fields = [];
    if (core.includes(name)) fields.push(`declaration: ${camel(name)}Declaration`);
    const tags = (folder?.defines ?? []).map(({ tag, file, chunk }) => `${JSON.stringify(tag)}: { chunk: ${JSON.stringify(chunk)}, load: () => import(${importPath(ELEMENTS_SRC, name, file)}) }`);
    fields.push(`name: ${JSON.stringify(name)}`, `tags: { ${tags.join(', ')} }`);
    if (folder?.start) fields.push(`start: () => import(${importPath(ELEMENTS_SRC, name, 'start.ts')})`);
    return `  { ${fields.join(', ')} },`;
  });
  return `${imports.join('\n')}\nexport const features = [\n${entries.join('\n')}\n];\n`;
}

/** The source of `shortlist:feature-names`: the names of the core features, known at start-up. */
export const featureNamesModule = () => `export const featureNames = ${JSON.stringify(coreFeatures())};\n`;

/** The modules the build makes: the names at start-up, the whole list for the autoloader. */
const MODULES = { 'shortlist:feature-names': featureNamesModule, 'shortlist:features': featuresModule };

/** A rollup plugin that serves `shortlist:feature-names` and `shortlist:features`. */
export const featuresPlugin = () => ({
  name: 'shortlist-features',
  resolveId: (id) => (Object.hasOwn(MODULES, id) ? `\0${id}` : null),
  load: (id) => (id.startsWith('\0') && Object.hasOwn(MODULES, id.slice(1)) ? MODULES[id.slice(1)]() : null),
});
