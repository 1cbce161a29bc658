// Prints the min+gzip size of every script-tag entry and chunk, writes reports/size.json and
// fails when a budget (scripts/budgets.mjs) is exceeded (a known excess: beyond its ceiling), or
// when a feature's code is in the first load by accident. Reads the manifest the build wrote.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzip } from 'pako';
import { OVER_BUDGET, SIZE } from './budgets.mjs';
import { coreFeatures, elementFolders } from './features.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/embed/dist');

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
  rows.push({ key: 'first load', name: `first load (${[...files].join(' + ')})`, file: entry.fileName, gzipBytes: sum(files), budgetBytes: SIZE.firstLoad });
}
for (const chunk of [...byName.values()].filter((chunk) => !loadedAtStart.has(chunk.fileName))) {
  rows.push({ key: chunk.name, name: `lazy chunk ${chunk.name}`, file: chunk.fileName, gzipBytes: chunk.gzipBytes, budgetBytes: SIZE.chunk });
}
rows.push({ key: 'everything', name: 'everything', file: 'packages/embed/dist/**/*.js', gzipBytes: sum(byName.keys()), budgetBytes: SIZE.total });

// A bundle over its budget fails, unless it is a known excess (OVER_BUDGET) within its ceiling.
const excess = (row) => (row.gzipBytes > row.budgetBytes ? OVER_BUDGET[row.key] : undefined);
const over = rows.filter((row) => row.gzipBytes > (excess(row)?.ceiling ?? row.budgetBytes));
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`${'bundle'.padEnd(width)}  min+gzip    budget`);
for (const row of rows) {
  const known = excess(row);
  const mark = row.gzipBytes <= row.budgetBytes ? '' : known && !over.includes(row) ? `  OVER BUDGET, known (ceiling ${known.ceiling} B: ${known.why})` : '  OVER BUDGET';
  console.log(`${row.name.padEnd(width)}  ${String(row.gzipBytes).padStart(6)} B  ${String(row.budgetBytes).padStart(6)} B${mark}`);
}

// The first load holds the centre, the embed, each feature's declaration, and the elements of
// the folders whose define files the entry imports (the compare button, the tray). Any other
// module of a feature's folder there came in by accident: it is named, and the check fails.
const entrySource = readFileSync(join(root, "packages/embed/src/boot.ts"), "utf8");
const eagerFolders = elementFolders().filter(({ tags }) => tags.some((tag) => entrySource.includes(`/${tag}.js'`))).map(({ name }) => name);
const features = new Set([...coreFeatures(), ...elementFolders().map(({ name }) => name)]);
const firstLoad = [...loadedAtStart].flatMap((file) => byName.get(file).modules);
const misplaced = firstLoad.filter(({ id }) => {
  const [, layer, folder, file] = /packages\/(core|elements)\/src\/([\w-]+)\/(.*)$/.exec(id) ?? [];
  if (!features.has(folder)) return false;
  return layer === 'core' ? file !== 'declaration.ts' : !eagerFolders.includes(folder);
});
const byFolder = new Map();
for (const { id, bytes } of firstLoad) {
  const folder = id.startsWith('node_modules/') ? id.split('/').slice(0, id.startsWith('node_modules/@') ? 3 : 2).join('/') : dirname(id);
  byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
}
console.log(`\nfirst load by folder (minified bytes before gzip):`);
for (const [folder, bytes] of [...byFolder].sort((a, b) => b[1] - a[1])) console.log(`  ${String(bytes).padStart(6)} B  ${folder}`);

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/size.json'), JSON.stringify(rows, null, 2) + '\n');
if (misplaced.length) {
  console.error(`\nA feature's code is in the first load (not a declaration, not an element the entry imports): ${misplaced.map(({ id }) => id).join(', ')}`);
}
if (over.length) console.error(`\n${over.length} bundle(s) over budget: ${over.map((row) => row.name).join(', ')}`);
// The list of known excesses stays true: one that is within its budget again is removed.
const stale = Object.keys(OVER_BUDGET).filter((key) => !rows.some((row) => row.key === key && row.gzipBytes > row.budgetBytes));
if (stale.length) console.error(`\nWithin budget now, remove from OVER_BUDGET in scripts/budgets.mjs: ${stale.join(', ')}`);
if (misplaced.length || over.length || stale.length) process.exit(1);
