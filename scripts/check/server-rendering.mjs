// Server rendering (docs/getting-started.md): in Node, the define modules and @shortlist/react
// import without a DOM (Lit's Node build brings a minimal shim), and React 19 renders the plain
// tags with their attributes, so the elements upgrade in the browser with what the server said.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { elementsOf } from '../manifest/elements.mjs';
import { lastLines, readJson } from './shared.mjs';

export function checkServerRendering(root) {
  const elementsDir = join(root, 'packages/elements');
  const elements = elementsOf(readJson(join(elementsDir, 'custom-elements.json')), readJson(join(elementsDir, 'package.json')));
  // Each element with its string attributes set, as a server would render it.
  const rendered = elements.map((element) => ({
    tag: element.tag,
    attributes: Object.fromEntries(element.attributes.filter(({ type }) => type.startsWith('string')).map(({ name }) => [name, 'sku-1'])),
  }));
  const script = `
    import { createElement } from 'react';
    import { renderToString } from 'react-dom/server';
    ${elements.map((element) => `import '${element.importPath}';`).join('\n')}
    import '@shortlist/react';
    const elements = ${JSON.stringify(rendered)};
    process.stdout.write(renderToString(createElement('div', null, ...elements.map(({ tag, attributes }) => createElement(tag, { key: tag, ...attributes })))));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return [`importing the elements or @shortlist/react in Node fails:\n${lastLines(result.stderr)}`];
  return rendered
    .map(({ tag, attributes }) => `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}>`)
    .filter((start) => !result.stdout.includes(start))
    .map((start) => `React 19 on the server does not render ${start}; it rendered: ${result.stdout}`);
}
