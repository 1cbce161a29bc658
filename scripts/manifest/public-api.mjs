// The analyzer's manifest, reduced to what a page may use and completed with what only the
// TypeScript checker knows:
// - attributes and properties: public ones only (no `state: true`, private, protected,
//   #private or Lit's own statics), their types spelled out ("bottom-end" | "inline", not
//   `TrayPosition`);
// - events: those the class's JSDoc header names (`@event`), typed by their
//   `GlobalEventHandlersEventMap` entry; each event class is described with its fields;
// - tag → module: each define file's `defineElement('shortlist-x', Class)` call, which the
//   analyzer cannot see through;
// - only the modules a page meets (elements, define files, event classes), as `dist/` paths.
// Whatever does not add up fails the build, naming the file to fix.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Lit's statics: machinery, not API. */
const LIT_STATICS = new Set(['styles', 'properties', 'shadowRootOptions', 'elementStyles']);

export class ManifestError extends Error {}

export function publicApi(manifest, { root, packageDir }) {
  const sourceDir = resolve(root, packageDir, 'src');
  const program = createProgram(join(root, packageDir, 'tsconfig.json'));
  const checker = program.getTypeChecker();
  const ownFiles = program.getSourceFiles().filter((file) => isInside(sourceDir, file.fileName));
  const sourceFile = (manifestPath) => program.getSourceFile(resolve(root, manifestPath));
  const distPath = (file) => `dist/${toPosix(relative(sourceDir, file)).replace(/\.ts$/, '.js')}`;
  const shown = (file) => toPosix(relative(root, file));

  const eventMap = globalEvents(ownFiles, checker);
  const eventClasses = new Map();
  const elements = [];

  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const node = classNamed(sourceFile(module.path), declaration.name);
      const instance = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(node.name));
      const typeOf = (name) => typeText(checker, checker.getTypeOfSymbol(instance.getProperty(name)));
      const state = stateProperties(node);
      const isPublic = (member) =>
        !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public' && !state.has(member.name) && !(member.static && LIT_STATICS.has(member.name));

      declaration.members = declaration.members
        .filter(isPublic)
        .map((member) => (member.kind === 'field' && !member.static ? { ...member, type: { text: typeOf(member.name) } } : member));
      declaration.attributes = (declaration.attributes ?? [])
        .filter((attribute) => !state.has(attribute.fieldName))
        .map((attribute) => ({ ...attribute, type: { text: typeOf(attribute.fieldName) } }));

      const named = documentedEvents(node);
      declaration.events = [...named].map((name) => {
        const event = declaration.events.find((candidate) => candidate.name === name && candidate.description) ?? { name };
        const type = eventMap.get(name);
        if (!type) {
          throw new ManifestError(
            `${shown(node.getSourceFile().fileName)}: <${declaration.tagName}> documents @event ${name}, but no GlobalEventHandlersEventMap entry declares its class.`,
          );
        }
        eventClasses.set(type.node, type);
        const text = type.node.name.text;
        return { name, description: event.description, type: { text, references: [{ name: text, module: distPath(type.file), start: 0, end: text.length }] } };
      });
      elements.push({ module, declaration, file: node.getSourceFile().fileName });
    }
  }

  // Tag → module: the define files. A class that is not in the manifest (an @internal
  // element, such as the tray's panel) is registered but not documented.
  const definitions = new Map();
  for (const file of ownFiles) {
    for (const { tag, element } of defineCalls(file, checker)) {
      const found = elements.find(({ declaration, file: elementFile }) => declaration.name === element.name.text && elementFile === element.getSourceFile().fileName);
      if (!found) continue;
      if (found.declaration.tagName !== tag) {
        throw new ManifestError(`${shown(file.fileName)}: defines <${tag}> with ${found.declaration.name}, whose JSDoc says @tagname ${found.declaration.tagName}.`);
      }
      const exported = new Set(checker.getExportsOfModule(checker.getSymbolAtLocation(file)).flatMap((symbol) => resolveAlias(checker, symbol).declarations ?? []));
      for (const event of found.declaration.events) {
        const { node } = eventMap.get(event.name);
        if (!exported.has(node)) {
          throw new ManifestError(
            `${shown(file.fileName)}: add \`export type { ${node.name.text} } from '…'\`, so that importing only this file types the ${event.name} event.`,
          );
        }
      }
      definitions.set(file, { kind: 'custom-element-definition', name: tag, declaration: { name: found.declaration.name, module: distPath(found.file) } });
    }
  }

  // Keep the modules a page meets, with the declarations it uses.
  const kept = new Map();
  const keep = (file) => {
    if (!kept.has(file)) kept.set(file, { kind: 'javascript-module', path: distPath(file), declarations: [], exports: [] });
    return kept.get(file);
  };
  for (const { module, declaration, file } of elements) {
    keep(file).declarations.push(normalizeModules(declaration, module.path, { root, sourceDir, distPath }));
  }
  for (const { node, file } of eventClasses.values()) keep(file).declarations.push(eventClass(node, checker));
  for (const file of definitions.keys()) keep(file.fileName);

  for (const [file, module] of kept) {
    const declared = new Set([...kept.values()].flatMap(({ path, declarations }) => declarations.map(({ name }) => `${path}#${name}`)));
    module.exports = runtimeExports(program.getSourceFile(file), checker, distPath).filter(({ declaration }) => declared.has(`${declaration.module}#${declaration.name}`));
    const definition = definitions.get(program.getSourceFile(file));
    if (definition) module.exports.push(definition);
  }
  return { schemaVersion: manifest.schemaVersion, readme: '', modules: [...kept.values()].sort((a, b) => a.path.localeCompare(b.path)) };
}

/** The program of the elements' sources; `@shortlist/core` resolves to its sources, as in tests. */
function createProgram(tsconfig) {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new ManifestError(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  return ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, customConditions: ['source'], noEmit: true } });
}

const toPosix = (path) => path.split('\\').join('/');
const isInside = (folder, file) => {
  const path = relative(folder, file);
  return !!path && !path.startsWith('..') && !isAbsolute(path);
};
const resolveAlias = (checker, symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
const documentation = (checker, symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)) || undefined;

function classNamed(sourceFile, name) {
  const node = sourceFile.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === name);
  if (!node) throw new ManifestError(`${sourceFile.fileName}: no class ${name}.`);
  return node;
}

/** A type as a reader needs it: aliases spelled out, `boolean` for `false | true`, `undefined` last. */
function typeText(checker, type) {
  const texts = (type.isUnion() ? type.types : [type]).map((member) => checker.typeToString(member, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias));
  const hasBoolean = texts.includes('true') && texts.includes('false');
  const parts = texts.filter((text) => !(hasBoolean && (text === 'true' || text === 'false')) && text !== 'undefined');
  return [...(hasBoolean ? ['boolean'] : []), ...parts, ...(texts.includes('undefined') ? ['undefined'] : [])].join(' | ');
}

/** The reactive properties Lit keeps internal: `static properties = { name: { state: true } }`. */
function stateProperties(classNode) {
  const properties = classNode.members.find(
    (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword),
  );
  const entries = properties?.initializer && ts.isObjectLiteralExpression(properties.initializer) ? properties.initializer.properties : [];
  return new Set(
    entries
      .filter(
        (entry) =>
          ts.isPropertyAssignment(entry) &&
          ts.isObjectLiteralExpression(entry.initializer) &&
          entry.initializer.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword),
      )
      .map((entry) => entry.name.getText()),
  );
}

/** The event names of a class's JSDoc header (`@event name - description`), in order. */
function documentedEvents(classNode) {
  return new Set(
    ts
      .getJSDocTags(classNode)
      .filter((tag) => tag.tagName.text === 'event' || tag.tagName.text === 'fires')
      .map((tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s/)[0])
      .filter(Boolean),
  );
}

/** Event name → the class our sources declare for it in `GlobalEventHandlersEventMap`. */
function globalEvents(files, checker) {
  const events = new Map();
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type) continue;
        const symbol = checker.getTypeFromTypeNode(member.type).getSymbol();
        const declaration = symbol?.declarations?.find(ts.isClassDeclaration);
        if (declaration) events.set(member.name.text, { node: declaration, file: declaration.getSourceFile().fileName });
      }
    }
    ts.forEachChild(node, visit);
  };
  files.forEach(visit);
  return events;
}

/** An event class with its public fields: what a listener reads. */
function eventClass(node, checker) {
  const isPublic = (member) =>
    !ts.isPrivateIdentifier(member.name) &&
    !(ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected | ts.ModifierFlags.Static));
  const constructor = node.members.find(ts.isConstructorDeclaration);
  const fields = [
    ...(constructor?.parameters.filter((parameter) => ts.isParameterPropertyDeclaration(parameter, constructor)) ?? []),
    ...node.members.filter(ts.isPropertyDeclaration),
  ].filter(isPublic);
  return {
    kind: 'class',
    name: node.name.text,
    description: documentation(checker, checker.getSymbolAtLocation(node.name)),
    superclass: { name: 'Event', package: 'global:' },
    members: fields.map((field) => {
      const symbol = checker.getSymbolAtLocation(field.name);
      return {
        kind: 'field',
        name: field.name.text,
        type: { text: typeText(checker, checker.getTypeOfSymbol(symbol)) },
        ...(ts.getCombinedModifierFlags(field) & ts.ModifierFlags.Readonly ? { readonly: true } : {}),
        description: documentation(checker, symbol),
      };
    }),
  };
}

/** `defineElement('shortlist-x', Class)` calls of a file, with the class's declaration. */
function defineCalls(sourceFile, checker) {
  const calls = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
      const [tag, element] = node.arguments;
      const declaration = element && resolveAlias(checker, checker.getSymbolAtLocation(element)).declarations?.find(ts.isClassDeclaration);
      if (!ts.isStringLiteral(tag) || !declaration) {
        throw new ManifestError(`${sourceFile.fileName}: defineElement needs a tag literal and a class: defineElement('shortlist-x', Class).`);
      }
      calls.push({ tag: tag.text, element: declaration });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls;
}

/** What a module exports at runtime (no type-only exports), with where each is declared. */
function runtimeExports(sourceFile, checker, distPath) {
  return checker.getExportsOfModule(checker.getSymbolAtLocation(sourceFile)).flatMap((symbol) => {
    const typeOnly = symbol.declarations?.some((declaration) => ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly));
    const target = resolveAlias(checker, symbol);
    if (typeOnly || !(target.flags & ts.SymbolFlags.Value) || !target.declarations?.length) return [];
    return [{ kind: 'js', name: symbol.name, declaration: { name: target.name, module: distPath(target.declarations[0].getSourceFile().fileName) } }];
  });
}

/** Module references (`inheritedFrom`, `superclass`…) as `dist/` paths, like the modules themselves. */
function normalizeModules(value, modulePath, { root, sourceDir, distPath }) {
  if (Array.isArray(value)) return value.map((item) => normalizeModules(item, modulePath, { root, sourceDir, distPath }));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key !== 'module' || typeof item !== 'string') return [key, normalizeModules(item, modulePath, { root, sourceDir, distPath })];
      // The analyzer writes paths from the root ('/packages/…') or from the module ('./…').
      const file = resolve(root, item.startsWith('.') ? dirname(modulePath) : '', item.replace(/^\//, '').replace(/\.js$/, '.ts'));
      return [key, isInside(sourceDir, file) ? distPath(file) : item];
    }),
  );
}
