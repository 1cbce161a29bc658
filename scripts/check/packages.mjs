// Each publishable package, as `npm pack` makes it: README, LICENSE (the repository's), the
// metadata a registry page shows, no build junk, and clean reports from publint and
// Are the Types Wrong (types for every export, wildcard subpaths expanded from the packed files).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { lastLines, npm, workspaces } from './shared.mjs';

const run = promisify(execFile);
const JUNK = [/\.tsbuildinfo$/, /(^|\/)test\//, /\.test\.[cm]?[jt]sx?$/, /(^|\/)\.DS_Store$/];

function metadataProblems(pkg, dir, license) {
  const missing = [
    !pkg.description && 'description',
    !pkg.keywords?.length && 'keywords',
    !pkg.homepage && 'homepage',
    !pkg.bugs?.url && 'bugs.url',
    !pkg.repository?.url && 'repository.url',
    pkg.repository?.directory !== dir && `repository.directory ("${dir}")`,
    pkg.license !== license && `license ("${license}", as the repository's)`,
  ].filter(Boolean);
  return missing.length ? [`${dir}/package.json: set ${missing.join(', ')}.`] : [];
}

/**
 * The subpaths a wildcard export gives, from the packed files: `"./*.js"` to `"./dist/*.js"`
 * gives `./shortlist-tray.js` for `dist/shortlist-tray.js`. The star stands for one file or
 * folder name here: Node would let it span folders too (reaching `dist/dev/…` through an export
 * of `dist/<name>/index.js`), which no export of ours means.
 */
function wildcardSubpaths(pkg, files) {
  const exports = pkg.exports ?? {};
  return Object.entries(exports)
    .filter(([key]) => key.includes('*'))
    .flatMap(([key, value]) => {
      const target = typeof value === 'string' ? value : value.default;
      const [before, after] = target.slice(2).split('*');
      return files
        .filter((file) => file.startsWith(before) && file.endsWith(after) && file.length > before.length + after.length)
        .map((file) => file.slice(before.length, file.length - after.length))
        .filter((name) => !name.includes('/'))
        .map((name) => key.replace('*', name))
        // A subpath the package excludes (`"./dev": null`: the development build's folder) is no entry.
        .filter((subpath) => exports[subpath] !== null);
    });
}

export async function checkPackages(root) {
  const packages = workspaces(root).filter(({ publishable }) => publishable);
  const license = readFileSync(join(root, 'LICENSE'), 'utf8');
  const rootLicense = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).license;
  const destination = mkdtempSync(join(tmpdir(), 'shortlist-pack-'));
  const problems = [];
  // Are the Types Wrong runs for all packages at once (it starts TypeScript each time).
  const typeChecks = [];
  try {
    const pack = npm(root, ['pack', ...packages.flatMap(({ dir }) => ['--workspace', dir]), '--pack-destination', destination, '--json', '--ignore-scripts']);
    if (pack.status !== 0) return [`npm pack failed:\n${lastLines(pack.stderr)}`];
    const packed = new Map(JSON.parse(pack.stdout).map((entry) => [entry.name, entry]));

    for (const { dir, pkg } of packages) {
      const { filename, files } = packed.get(pkg.name);
      const paths = files.map(({ path }) => path);
      const tarball = join(destination, filename);
      for (const file of ['README.md', 'LICENSE']) if (!paths.includes(file)) problems.push(`${pkg.name}: the package has no ${file}.`);
      if (readFileSync(join(root, dir, 'LICENSE'), 'utf8') !== license) problems.push(`${dir}/LICENSE differs from the repository's LICENSE: copy it.`);
      const junk = paths.filter((path) => JUNK.some((pattern) => pattern.test(path)));
      if (junk.length) problems.push(`${pkg.name}: packs build or test files (${junk.join(', ')}): leave them out with "files".`);
      problems.push(...metadataProblems(pkg, dir, rootLicense));

      const data = readFileSync(tarball);
      const lint = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, level: 'suggestion', strict: true });
      for (const message of lint.messages) problems.push(`${pkg.name}: publint: ${formatMessage(message, lint.pkg)}`);

      // ESM only: no CommonJS (`node16-cjs`) or pre-exports (`node10`) resolution to support.
      const subpaths = wildcardSubpaths(pkg, paths);
      const args = [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', ...(subpaths.length ? ['--include-entrypoints', ...subpaths] : [])];
      typeChecks.push(
        run(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), ...args]).then(
          () => [],
          (error) => [`${pkg.name}: Are the Types Wrong:\n${lastLines(`${error.stdout}${error.stderr}`, 30)}`],
        ),
      );
    }
    problems.push(...(await Promise.all(typeChecks)).flat());
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  return problems;
}
