// The lockfile installs on every machine: Linux, macOS and Windows, x64 and arm64.
// - Every optional dependency of every locked package is locked too. Native tools (rollup,
//   esbuild, rolldown…) ship one package per platform as optional dependencies; npm installs only
//   the machine's own, and a lockfile written without the others breaks `npm ci` elsewhere
//   ("Cannot find module @rollup/rollup-darwin-arm64").
// - npm agrees, offline, on a copy of the manifests: `npm ci --dry-run` accepts the lockfile and
//   `npm install --package-lock-only` leaves it as it is.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lastLines, npm, readJson, workspaces } from './shared.mjs';

const OFFLINE = ['--offline', '--ignore-scripts', '--no-audit', '--no-fund'];
const REGENERATE = 'regenerate it: `rm -rf node_modules package-lock.json && npm install`, then commit package-lock.json';

/** Where Node would find `name` from the package at `path` in the lockfile, if anywhere. */
function resolveLocked(packages, path, name) {
  let base = path;
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!base) return undefined;
    // One level up: from …/node_modules/a to …, from a top-level package to the root.
    const parent = base.lastIndexOf('/node_modules/');
    base = parent === -1 ? '' : base.slice(0, parent);
  }
}

export function missingOptionalPackages(lock) {
  return Object.entries(lock.packages).flatMap(([path, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !resolveLocked(lock.packages, path, name))
      .map((name) => `package-lock.json lacks ${name}, an optional dependency of ${path || 'the root'} (installed on other platforms): ${REGENERATE}`),
  );
}

export function checkLockfile(root) {
  const lockfile = readFileSync(join(root, 'package-lock.json'), 'utf8');
  const problems = missingOptionalPackages(JSON.parse(lockfile));

  const copy = mkdtempSync(join(tmpdir(), 'shortlist-lockfile-'));
  try {
    for (const file of ['package.json', 'package-lock.json', '.npmrc', ...workspaces(root).map(({ dir }) => `${dir}/package.json`)]) {
      if (!existsSync(join(root, file))) continue;
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
    const ci = npm(copy, ['ci', '--dry-run', ...OFFLINE]);
    if (ci.status !== 0) problems.push(`\`npm ci\` would fail:\n${lastLines(ci.stderr)}`);
    const install = npm(copy, ['install', '--package-lock-only', ...OFFLINE]);
    if (install.status !== 0) {
      problems.push(`\`npm install\` would fetch from the registry, so it would change package-lock.json: run \`npm install\` and commit the lockfile.\n${lastLines(install.stderr, 4)}`);
    } else if (readFileSync(join(copy, 'package-lock.json'), 'utf8') !== lockfile) {
      const before = readJson(join(root, 'package-lock.json')).packages;
      const after = readJson(join(copy, 'package-lock.json')).packages;
      const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
      problems.push(`\`npm install\` would change package-lock.json (${changed.slice(0, 5).map((key) => key || 'the root').join(', ')}): run \`npm install\` and commit the lockfile.`);
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return problems;
}
