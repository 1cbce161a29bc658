// The docs say what is true:
// - the element reference pages in docs/elements/ are the ones the built manifest gives;
// - a code block marked `<!-- from examples/… -->` shows the code of that file, whose example
//   is built and tested: its lines appear there in order (a line `…` stands for lines left out).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REFERENCE_DIR, referencePages } from '../manifest/docs.mjs';

const MARKER = /<!-- from (\S+) -->/g;
const SNIPPET = /<!-- from (\S+) -->[ \t]*\n[ \t]*```[\w-]*\n([\s\S]*?)\n[ \t]*```/g;

function staleReferencePages(root) {
  const pages = referencePages(root);
  const folder = join(root, REFERENCE_DIR);
  const present = existsSync(folder) ? readdirSync(folder) : [];
  return [
    ...Object.entries(pages)
      .filter(([name, text]) => !present.includes(name) || readFileSync(join(folder, name), 'utf8') !== text)
      .map(([name]) => `${REFERENCE_DIR}/${name} is not what the manifest gives: run \`npm run docs\` and commit it.`),
    ...present.filter((name) => !(name in pages)).map((name) => `${REFERENCE_DIR}/${name} documents no element: run \`npm run docs\` and commit the removal.`),
  ];
}

/** Whether `snippet`'s lines appear in `text` in order, each run between `…` lines contiguous. */
function appearsIn(snippet, text) {
  const lines = text.split('\n').map((line) => line.trim());
  const runs = [[]];
  for (const line of snippet.split('\n').map((line) => line.trim())) {
    if (line === '…') runs.push([]);
    else runs.at(-1).push(line);
  }
  let from = 0;
  for (const run of runs.filter((run) => run.length)) {
    const at = lines.findIndex((_line, index) => index >= from && run.every((line, offset) => lines[index + offset] === line));
    if (at === -1) return false;
    from = at + run.length;
  }
  return true;
}

function snippetProblems(root) {
  const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
  return documents.flatMap((document) => {
    const text = readFileSync(join(root, document), 'utf8');
    const snippets = [...text.matchAll(SNIPPET)];
    if (snippets.length !== [...text.matchAll(MARKER)].length) return [`${document}: every "<!-- from … -->" must be followed by a code block.`];
    return snippets.flatMap(([, file, snippet]) => {
      if (!existsSync(join(root, file))) return [`${document}: shows code from ${file}, which does not exist.`];
      return appearsIn(snippet, readFileSync(join(root, file), 'utf8')) ? [] : [`${document}: a block marked "from ${file}" differs from that file: copy it again.`];
    });
  });
}

export function checkDocs(root) {
  return [...staleReferencePages(root), ...snippetProblems(root)];
}
