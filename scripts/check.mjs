#!/usr/bin/env node
// `npm run check`, part of `npm test` after the builds: what a developer meets before runtime.
// Each check lists its problems with what to do; any problem fails the run.
//
//   node scripts/check.mjs            # all checks
//   node scripts/check.mjs packages   # the ones whose name contains "packages"
import { fileURLToPath } from 'node:url';
import { checkDocs } from './check/docs.mjs';
import { checkEventTypes } from './check/event-types.mjs';
import { checkLockfile } from './check/lockfile.mjs';
import { checkNodeVersion } from './check/node-version.mjs';
import { checkPackages } from './check/packages.mjs';
import { checkServerRendering } from './check/server-rendering.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CHECKS = [
  ['lockfile: npm ci and npm install agree on every platform', checkLockfile],
  ['node version: one, in step, accepted by every dependency', checkNodeVersion],
  ['packages: npm pack output passes publint and Are the Types Wrong', checkPackages],
  ['event types: each define module types its events', checkEventTypes],
  ['docs: reference pages and example code are current', checkDocs],
  ['server rendering: elements import in Node, tags render', checkServerRendering],
];

const only = process.argv[2];
let failures = 0;
for (const [name, check] of CHECKS.filter(([name]) => !only || name.includes(only))) {
  const started = performance.now();
  const problems = await check(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${problems.length ? '✗' : '✓'} ${name} (${seconds} s)`);
  for (const problem of problems) console.log(`  - ${problem.split('\n').join('\n    ')}`);
  failures += problems.length;
}
if (failures) {
  console.error(`\n${failures} problem(s).`);
  process.exit(1);
}
