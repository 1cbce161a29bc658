import { expect } from '@esm-bundle/chai';
import { defineElement } from '../src/internal/define.js';

let counter = 0;
/** A tag no other test (or copy) has defined in this page. */
const freshTag = () => `test-define-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/** A versioned element class, distinct on every call. */
function versioned(version: string | undefined) {
  return class extends HTMLElement {
    static version = version;
  };
}

describe('defineElement', () => {
  const original = console.warn;
  let warnings: unknown[][];

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines a fresh tag', () => {
    const tag = freshTag();
    const Element = versioned('1.0.0');
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
    expect(document.createElement(tag)).to.be.instanceOf(Element);
    expect(warnings).to.have.length(0);
  });

  it('is a no-op when called again with the same class', () => {
    const tag = freshTag();
    const Element = versioned('1.0.0');
    defineElement(tag, Element);
    expect(() => defineElement(tag, Element)).not.to.throw();
    expect(customElements.get(tag)).to.equal(Element);
    expect(warnings).to.have.length(0);
  });

  it('is a silent no-op for another class with the same version (a second copy of the same release)', () => {
    const tag = freshTag();
    const First = versioned('1.0.0');
    const Second = versioned('1.0.0');
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns once, naming the tag, and never throws for another class with another version', () => {
    const tag = freshTag();
    const First = versioned('1.0.0');
    const Second = versioned('2.0.0');
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).not.to.throw();
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    const message = warnings[0]!.map(String).join(' ');
    expect(message).to.contain(tag);
    expect(message).to.contain('1.0.0');
    expect(message).to.contain('2.0.0');
  });

  it('does not throw when the tag was defined by code that knows nothing of versions', () => {
    const tag = freshTag();
    const Foreign = class extends HTMLElement {};
    customElements.define(tag, Foreign);
    expect(() => defineElement(tag, versioned('1.0.0'))).not.to.throw();
    expect(customElements.get(tag)).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.map(String).join(' ')).to.contain(tag);
  });
});
