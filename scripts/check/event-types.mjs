// Typed events whichever file a developer imports: for each element of the manifest, a program
// that imports only its define module (`@shortlist/elements/shortlist-x.js`, as the docs
// show) and reads every field of every event it documents, on the element and on `document`.
// A define module that does not bring its events' `GlobalEventHandlersEventMap` entries leaves
// `event` a plain `Event`, and the field does not exist.
import { join } from 'node:path';
import ts from 'typescript';
import { elementsOf } from '../manifest/elements.mjs';
import { readJson } from './shared.mjs';

const OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

/** The program's source: a listener for each event, reading each of its fields. */
function usage(element) {
  const listeners = element.events.flatMap((event) => {
    const body = event.fields.map((field) => `void event.${field.name};`).join(' ');
    return [`element.addEventListener('${event.name}', (event) => { ${body} });`, `document.addEventListener('${event.name}', (event) => { ${body} });`];
  });
  return [`import '${element.importPath}';`, `const element = document.createElement('${element.tag}');`, ...listeners, 'export {};'].join('\n');
}

export function checkEventTypes(root) {
  const elementsDir = join(root, 'packages/elements');
  const elements = elementsOf(readJson(join(elementsDir, 'custom-elements.json')), readJson(join(elementsDir, 'package.json')));
  const host = ts.createCompilerHost(OPTIONS);
  // The library files parse once for all programs.
  const parsed = new Map();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, ...rest) => {
    if (!parsed.has(file)) parsed.set(file, getSourceFile(file, ...rest));
    return parsed.get(file);
  };

  return elements.flatMap((element) => {
    // In the repository's root, so `@shortlist/elements` resolves as an app's dependency does.
    const file = join(root, `event-types-of-${element.tag}.ts`);
    const source = ts.createSourceFile(file, usage(element), ts.ScriptTarget.ES2022, true);
    const program = ts.createProgram({
      rootNames: [file],
      options: OPTIONS,
      host: { ...host, getSourceFile: (name, ...rest) => (name === file ? source : host.getSourceFile(name, ...rest)), fileExists: (name) => name === file || host.fileExists(name) },
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map(
        (diagnostic) =>
          `importing only ${element.importPath} leaves its events untyped: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')} (in: ${source.text.split('\n')[ts.getLineAndCharacterOfPosition(source, diagnostic.start ?? 0).line]})`,
      );
  });
}
