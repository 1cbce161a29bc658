// Prints the min+gzip size of every script-tag entry and chunk, writes reports/size.json and
// fails when a budget of shared/DESIGN.md is exceeded. Reads the manifest the build wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip } from 'pako';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/embed/dist');
const BUDGETS = { firstLoad: 10_000, chunk: 12_000, total: 64_000 };

let chunks;
try {
  chunks = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
} catch {
  console.error('No build found in packages/embed/dist: run `npm run build` first.');
  process.exit(1);
}
// pako is the reference zlib in JavaScript: the same bytes on every machine. Node bundles
// Chromium's fork of zlib, tuned for speed, whose output may differ with the Node version and
// the CPU's instructions (here it is 54 B larger in total), so a budget could pass on one machine
// and fail on another. `gzip -9n` agrees within a few bytes.
const gzipBytes = (fileName) => gzip(readFileSync(join(dist, fileName)), { level: 9 }).length;
const byName = new Map(chunks.map((chunk) => [chunk.fileName, { ...chunk, gzipBytes: gzipBytes(chunk.fileName) }]));

/** A file plus everything it imports statically: what the browser fetches before it runs. */
function staticClosure(fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const imported of byName.get(fileName).imports) staticClosure(imported, seen);
  return seen;
}
const sum = (files) => [...files].reduce((total, file) => total + byName.get(file).gzipBytes, 0);

const rows = [];
const loadedAtStart = new Set();
for (const entry of [...byName.values()].filter((chunk) => chunk.isEntry)) {
  const files = staticClosure(entry.fileName);
  files.forEach((file) => loadedAtStart.add(file));
  rows.push({ name: `first load (${[...files].join(' + ')})`, file: entry.fileName, gzipBytes: sum(files), budgetBytes: BUDGETS.firstLoad });
}
for (const chunk of [...byName.values()].filter((chunk) => !loadedAtStart.has(chunk.fileName))) {
  rows.push({ name: `lazy chunk ${chunk.name}`, file: chunk.fileName, gzipBytes: chunk.gzipBytes, budgetBytes: BUDGETS.chunk });
}
rows.push({ name: 'everything', file: 'packages/embed/dist/**/*.js', gzipBytes: sum(byName.keys()), budgetBytes: BUDGETS.total });

const over = rows.filter((row) => row.gzipBytes > row.budgetBytes);
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'bundle'.padEnd(width)}  min+gzip    budget`);
for (const row of rows) {
  const mark = row.gzipBytes > row.budgetBytes ? '  OVER BUDGET' : '';
  console.log(`${row.name.padEnd(width)}  ${String(row.gzipBytes).padStart(6)} B  ${String(row.budgetBytes).padStart(6)} B${mark}`);
}
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/size.json'), JSON.stringify(rows, null, 2) + '\n');
if (over.length) {
  console.error(`\n${over.length} bundle(s) over budget: ${over.map((row) => row.name).join(', ')}`);
  process.exit(1);
}
