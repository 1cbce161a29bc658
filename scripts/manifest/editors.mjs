// Editor data made from the manifest: VS Code's HTML and CSS custom data
// (https://github.com/microsoft/vscode-custom-data) and JetBrains' web-types
// (https://github.com/JetBrains/web-types), so tags, attributes, their values, events, parts
// and custom properties complete and explain themselves in HTML files and templates.

/** `"a" | "b" | undefined` → ['a', 'b']; none when the type is not a union of string literals. */
export function literalValues(type) {
  const parts = type.split(' | ').filter((part) => part !== 'undefined');
  return parts.every((part) => /^"[^"]*"$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

/** The element described in Markdown, for hovers. */
function markdown(element) {
  const list = (title, items) => (items.length ? [`**${title}:** ${items.map(({ name }) => `\`${name}\``).join(', ')}`] : []);
  return [
    element.summary,
    element.description,
    ...list('Events', element.events),
    ...list('Slots', element.slots),
    ...list('Parts', element.parts),
    ...list('CSS properties', element.cssProperties),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function vscodeHtmlData(elements, docsUrl) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: markdown(element) },
      attributes: element.attributes.map((attribute) => {
        const values = literalValues(attribute.type);
        return {
          name: attribute.name,
          ...(attribute.description ? { description: attribute.description } : {}),
          ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
      references: [{ name: 'Reference', url: docsUrl(element) }],
    })),
  };
}

/** One entry per custom property; its description says what it does in each element. */
export function vscodeCssData(elements) {
  const properties = new Map();
  for (const element of elements) {
    for (const { name, description } of element.cssProperties) {
      properties.set(name, [...(properties.get(name) ?? []), `\`<${element.tag}>\`: ${description ?? ''}`]);
    }
  }
  return {
    version: 1.1,
    properties: [...properties].sort(([a], [b]) => a.localeCompare(b)).map(([name, uses]) => ({ name, description: { kind: 'markdown', value: uses.join('\n\n') } })),
  };
}

export function webTypes(elements, pkg, docsUrl) {
  const named = (items) => items.map(({ name, description }) => ({ name, ...(description ? { description } : {}) }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: markdown(element),
          'doc-url': docsUrl(element),
          source: { module: element.importPath, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            ...(attribute.description ? { description: attribute.description } : {}),
            value: { type: attribute.type.replace(/ \| undefined$/, '') },
          })),
          slots: named(element.slots),
          events: named(element.events),
          js: {
            properties: element.properties.map((property) => ({ name: property.name, type: property.type, ...(property.description ? { description: property.description } : {}) })),
            events: named(element.events),
          },
          css: { properties: named(element.cssProperties), parts: named(element.parts) },
        })),
      },
    },
  };
}
