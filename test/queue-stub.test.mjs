/**
 * The command queue's stub is allowed under a strict CSP by its hash (docs/security.md), which
 * holds only for its exact characters: every copy of the stub the docs and examples give must
 * be those characters, and the documented hash must be theirs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { QUEUE_STUB, QUEUE_STUB_HASH } from '../examples/strict-csp/csp.mjs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

test('every inline copy of the stub is the hashed one', () => {
  for (const path of ['README.md', 'docs/embed.md', 'docs/getting-started.md', 'docs/security.md', 'examples/strict-csp/compare.html']) {
    const copies = [...read(path).matchAll(/<script>(window\.shortlist=[^<]*)<\/script>/g)].map((match) => match[1]);
    assert.ok(copies.length > 0, `${path} shows the stub`);
    for (const copy of copies) assert.equal(copy, QUEUE_STUB, path);
  }
  assert.equal(read('examples/strict-csp/queue.js').trim(), QUEUE_STUB);
});

test('docs/security.md gives the hash of the stub', () => {
  const hashes = [...read('docs/security.md').matchAll(/'sha256-[\w+/]+=*'/g)].map((match) => match[0]);
  assert.ok(hashes.length >= 2);
  for (const hash of hashes) assert.equal(hash, QUEUE_STUB_HASH);
});
