// The manifest's elements as the generators need them: one object per tag, with the import
// path a developer writes (from the package's `exports`), the attributes and properties, and
// each event with its class and fields.
import { ManifestError } from './public-api.mjs';

/** An identifier from a tag or event name: `shortlist-change` → `ShortlistChange`. */
export const pascalCase = (name) => name.replace(/(^|-)(\w)/g, (_match, _dash, letter) => letter.toUpperCase());

/** The package's import path for a file of it: the `exports` key whose target is that file. */
function importPath(pkg, file) {
  const target = (value) => (typeof value === 'string' ? value : value?.default ?? value?.import);
  const key = Object.keys(pkg.exports).find((key) => target(pkg.exports[key]) === `./${file}`);
  if (!key) throw new ManifestError(`packages/elements/package.json: "exports" has no entry for ./${file}, which defines an element.`);
  return `${pkg.name}${key.slice(1)}`;
}

export function elementsOf(manifest, pkg) {
  const declarations = new Map(manifest.modules.flatMap((module) => module.declarations.map((declaration) => [`${module.path}#${declaration.name}`, declaration])));
  const declarationOf = ({ name, module }) => declarations.get(`${module}#${name}`);

  return manifest.modules
    .flatMap((module) => module.exports.filter((entry) => entry.kind === 'custom-element-definition').map((definition) => ({ module, definition })))
    .map(({ module, definition }) => {
      const element = declarationOf(definition.declaration);
      const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
      return {
        tag: definition.name,
        className: element.name,
        summary: element.summary ?? '',
        description: element.description ?? '',
        importPath: importPath(pkg, module.path),
        attributes: (element.attributes ?? []).map(({ name, fieldName, type, description, default: value }) => ({ name, field: fieldName ?? name, type: type?.text ?? 'string', description, default: value })),
        properties: fields.map(({ name, type, description, default: value, attribute, readonly }) => ({ name, type: type?.text ?? 'unknown', description, default: value, attribute, readonly })),
        methods: (element.members ?? [])
          .filter((member) => member.kind === 'method' && !member.static)
          .map(({ name, description, parameters = [], return: returns }) => ({
            name,
            description,
            signature: `${name}(${parameters.map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`).join(', ')}): ${returns?.type?.text ?? 'void'}`,
          })),
        events: (element.events ?? []).map(({ name, description, type }) => {
          const [reference] = type.references;
          const eventClass = declarationOf(reference);
          return {
            name,
            description,
            type: reference.name,
            typeDescription: eventClass.description,
            fields: (eventClass.members ?? []).map(({ name: field, type: fieldType, description: about }) => ({ name: field, type: fieldType.text, description: about })),
          };
        }),
        slots: element.slots ?? [],
        parts: element.cssParts ?? [],
        cssProperties: element.cssProperties ?? [],
      };
    })
    .sort((a, b) => a.tag.localeCompare(b.tag));
}
