// One Node version, in step everywhere: `.nvmrc` holds it, `engines.node` starts at it, the
// README states it, and every locked package (tools and their dependencies) accepts every
// version `engines.node` allows, so no install prints "Unsupported engine".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { readJson, workspaces } from './shared.mjs';

export function checkNodeVersion(root) {
  const version = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
  const range = readJson(join(root, 'package.json')).engines?.node;
  if (!semver.valid(version)) return [`.nvmrc holds "${version}": write one exact version, such as 20.19.0.`];
  if (!range || semver.minVersion(range)?.version !== version) return [`package.json engines.node (${range}) must start at .nvmrc's ${version}.`];

  const problems = [];
  if (!readFileSync(join(root, 'README.md'), 'utf8').includes(`Node.js ${version}`)) problems.push(`README.md must state "Node.js ${version}", as .nvmrc does.`);
  const lock = readJson(join(root, 'package-lock.json'));
  const required = [
    ...Object.entries(lock.packages).map(([path, entry]) => [`${path.replace(/^.*node_modules\//, '') || 'the root'}@${entry.version ?? ''}`, entry.engines?.node]),
    ...workspaces(root).map(({ pkg }) => [pkg.name, pkg.engines?.node]),
  ];
  for (const [name, accepted] of required) {
    if (typeof accepted === 'string' && !semver.subset(range, accepted)) {
      problems.push(`${name} accepts Node ${accepted}, not every version engines.node allows (${range}): pick a version of it that does, or narrow engines.node.`);
    }
  }
  return problems;
}
