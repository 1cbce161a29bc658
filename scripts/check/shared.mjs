// What the checks share: the repository's packages and a way to run npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The workspaces, from the root package.json: `{ dir, pkg }`, publishable ones flagged. */
export function workspaces(root) {
  return readJson(join(root, 'package.json')).workspaces.map((dir) => {
    const pkg = readJson(join(root, dir, 'package.json'));
    return { dir, pkg, publishable: !pkg.private };
  });
}

/** Runs npm (npm.cmd on Windows) and returns its status and output. */
export function npm(cwd, args) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', shell: process.platform === 'win32' });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The last lines of a command's output, for a problem report. */
export const lastLines = (text, count = 12) => text.trim().split('\n').slice(-count).join('\n');
