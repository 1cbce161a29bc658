/**
 * The custom-elements manifest that `npm run build` ships tells the truth about the built
 * elements: every documented tag is defined by its define module with its class, attributes
 * are the observed ones, properties and methods exist, every part an element renders and every
 * custom property its styles read is documented, and nothing documented is made up. Everything
 * here is read from the manifest: a new element is checked without editing this file.
 */
import { expect } from '@esm-bundle/chai';
import { createShortlist, type Shortlist } from '@shortlist/core';
import { cleanupFixtures, fixture, settled } from './helpers/fixture.js';

interface Named {
  name: string;
}
interface Declaration extends Named {
  tagName?: string;
  attributes?: Array<Named & { fieldName?: string; type?: { text: string } }>;
  members?: Array<Named & { kind: 'field' | 'method'; static?: boolean; privacy?: string }>;
  events?: Array<Named & { type?: { text: string; references?: Array<Named & { module: string }> } }>;
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Module {
  path: string;
  declarations: Declaration[];
  exports: Array<{ kind: string; name: string; declaration: { name: string; module: string } }>;
}

const manifest: { modules: Module[] } = await (await fetch('/packages/elements/custom-elements.json')).json();
const load = (path: string): Promise<Record<string, unknown>> => import(`/packages/elements/${path}`);
const definitions = manifest.modules.flatMap((module) =>
  module.exports.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => ({ definedIn: module.path, tag: entry.name, ...entry.declaration })),
);
const declarationOf = ({ name, module }: { name: string; module: string }) =>
  manifest.modules.find((candidate) => candidate.path === module)!.declarations.find((declaration) => declaration.name === name)!;

const PRODUCTS = [
  { id: 'alpha', name: 'Alpha 14', url: 'https://shop.example/alpha', image: 'https://shop.example/alpha.png', price: 999, attributes: { weight: '1.2 kg', touch: true } },
  { id: 'bravo', name: 'Bravo 15', url: 'https://shop.example/bravo', image: 'https://shop.example/bravo.png', price: 1299, attributes: { weight: '1.4 kg', touch: false } },
];

let shortlist: Shortlist | undefined;
afterEach(() => {
  cleanupFixtures();
  shortlist?.destroy();
});

/** The part names a page can style from outside: the element's own and those its children export. */
function addressableParts(root: ShadowRoot): string[] {
  const own = [...root.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
  const exported = [...root.querySelectorAll('[exportparts]')].flatMap((node) =>
    node
      .getAttribute('exportparts')!
      .split(',')
      .map((entry) => entry.split(':').at(-1)!.trim()),
  );
  return [...new Set([...own, ...exported])].filter(Boolean).sort();
}

/** The `--shortlist-*` properties read by the styles of an element and of the elements in its shadow root. */
function customProperties(element: Element): string[] {
  const names = new Set<string>();
  const visit = (node: Element) => {
    // A view's styles as Lit keeps them; an always-loaded element's, as texts.
    const { elementStyles, styles } = node.constructor as { elementStyles?: Array<{ cssText: string }>; styles?: unknown };
    const texts = elementStyles?.map(({ cssText }) => cssText) ?? (Array.isArray(styles) ? styles.filter((style) => typeof style === 'string') : []);
    for (const text of texts) for (const [, name] of text.matchAll(/var\(\s*(--shortlist-[\w-]+)/g)) names.add(name);
    node.shadowRoot?.querySelectorAll('*').forEach((child) => child.localName.includes('-') && visit(child));
  };
  visit(element);
  return [...names].sort();
}

const names = (items: Named[] = []) => items.map(({ name }) => name).sort();

describe('custom-elements manifest', () => {
  it('documents at least the elements a page uses', () => {
    expect(definitions.map(({ tag }) => tag)).to.include.members(['shortlist-compare-button', 'shortlist-tray', 'shortlist-compare']);
  });

  for (const definition of definitions) {
    describe(`<${definition.tag}>`, () => {
      const declaration = declarationOf(definition);

      it('is defined by its define module, with the class its module exports', async () => {
        const defined = await load(definition.definedIn);
        const declared = await load(definition.module);
        expect(customElements.get(definition.tag), 'registered').to.be.a('function');
        expect(customElements.get(definition.tag)).to.equal(declared[definition.name]);
        expect(defined[definition.name], 'the define module re-exports the class').to.equal(declared[definition.name]);
        expect(declaration.tagName).to.equal(definition.tag);
      });

      it('lists exactly the observed attributes, and properties and methods that exist', async () => {
        await load(definition.definedIn);
        const element = customElements.get(definition.tag)! as CustomElementConstructor & { observedAttributes: string[] };
        expect(names(declaration.attributes)).to.deep.equal([...element.observedAttributes].sort());
        const instance = document.createElement(definition.tag) as unknown as Record<string, unknown>;
        for (const member of declaration.members ?? []) {
          const owner = member.static ? (element as unknown as Record<string, unknown>) : instance;
          expect(member.name in owner, `${member.name} exists`).to.equal(true);
          if (member.kind === 'method') expect(owner[member.name], `${member.name} is a method`).to.be.a('function');
        }
      });

      it('names each event class its declaration module exports', async () => {
        for (const event of declaration.events ?? []) {
          const [reference] = event.type!.references!;
          const eventClass = (await load(reference.module))[reference.name] as typeof Event;
          expect(eventClass.prototype, `${event.name}: ${reference.name}`).to.be.instanceOf(Event);
          expect(event.name).to.match(/^shortlist-/);
        }
      });

      it('documents every part it renders and exactly the custom properties its styles read', async () => {
        await load(definition.definedIn);
        shortlist = createShortlist({ storage: 'none', namespace: `manifest-${definition.tag}`, currency: 'USD', catalog: { products: PRODUCTS, jsonLd: false, cards: false } });
        await shortlist.ready;
        shortlist.setTray(PRODUCTS.map(({ id }) => id));

        // String attributes name a product (the button's product, the comparison's reference).
        const strings = (declaration.attributes ?? []).filter((attribute) => attribute.type?.text.startsWith('string'));
        const { element } = await fixture<HTMLElement & Record<string, unknown>>(
          `<${definition.tag} ${strings.map((attribute) => `${attribute.name}="${PRODUCTS[0]!.id}"`).join(' ')}></${definition.tag}>`,
        );
        const container = element.parentElement!;
        // Show everything the element can show: every boolean attribute on (the tray's panel, the
        // comparison's dialog), then wait for the elements that appear inside it.
        for (const attribute of declaration.attributes ?? []) if (attribute.type?.text === 'boolean') element[attribute.fieldName ?? attribute.name] = true;
        await settled(container);
        const root = element.shadowRoot;
        if (root) {
          const inner = [...root.querySelectorAll('*')].filter((node) => node.localName.includes('-'));
          await Promise.all(inner.map((node) => customElements.whenDefined(node.localName)));
          await settled(root);
        }

        const documentedParts = names(declaration.cssParts);
        // Without a shadow root (<shortlist-arrange>: the page's listing is its content) it renders nothing to address.
        if (root) for (const part of addressableParts(root)) expect(documentedParts, `part ${part}`).to.include(part);
        else expect(documentedParts, 'parts of an element without a shadow root').to.deep.equal([]);
        expect(names(declaration.cssProperties)).to.deep.equal(customProperties(element));
      });
    });
  }
});
