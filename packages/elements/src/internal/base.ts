/**
 * What every Shortlist element shares: its version, the page's instance, the formatter and
 * the base styles. Two bases carry it: `ShortlistElement` for the elements every page loads
 * (a small reactive element of its own, rendering with DOM calls: the first-load budget) and
 * `ShortlistView` (`view.ts`, LitElement) for the views that load on first use.
 */
import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { VERSION, createFormatter, getOrInsertComputed, globalHandle, type Formatter, type Shortlist } from '@shortlist/core';

type Constructor<T> = abstract new (...args: any[]) => T;

let fallbackFormat: Formatter | undefined;

/**
 * Marks a stylesheet's text (a tagged template with no values put in), so that the build
 * minifies it. The always-loaded elements adopt it as it is; views wrap it for Lit (`view.ts`).
 */
export const css = (text: TemplateStringsArray): string => text[0]!;

export const baseStyles = css`
  :host {
    display: inline-block;
    box-sizing: border-box;
    font: var(--shortlist-font, inherit);
    color: var(--shortlist-color, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--shortlist-radius, 0.375rem);
    background: var(--shortlist-surface, #fff);
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: var(--shortlist-focus-width, 3px) solid var(--shortlist-focus-color, #1a5fd0);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The members `Shortlisted` adds, declared for TypeScript (mixins cannot export protected members). */
export declare class ShortlistMembers {
  /** The page's Shortlist instance, once created. */
  protected get shortlist(): Shortlist | undefined;
  /** The instance's formatter; English copy until an instance exists, never raw message keys. */
  protected get format(): Formatter;
}

/** Adds what every Shortlist element shares to a base class. */
export function Shortlisted<T extends Constructor<HTMLElement>>(Base: T) {
  /**
   * The custom properties of `baseStyles`, which every element reads (the manifest gives them
   * to each element).
   *
   * @cssproperty --shortlist-font - Font of everything. Default `inherit`.
   * @cssproperty --shortlist-color - Text colour. Default `inherit`.
   * @cssproperty --shortlist-surface - Background of buttons. Default `#fff`.
   * @cssproperty --shortlist-radius - Corner radius. Default `0.375rem`.
   * @cssproperty --shortlist-focus-color - Colour of the focus ring. Default `#1a5fd0`.
   * @cssproperty --shortlist-focus-width - Width of the focus ring. Default `3px`.
   */
  abstract class Shortlisted extends Base {
    /** Compared by the guarded define when two copies of Shortlist meet on one page. */
    static version = VERSION;

    protected get shortlist(): Shortlist | undefined {
      return globalHandle().$instance.get();
    }

    protected get format(): Formatter {
      return this.shortlist?.format ?? (fallbackFormat ??= createFormatter('en'));
    }

  }
  return Shortlisted as unknown as Constructor<ShortlistMembers> & T & { version: string };
}

/** A reactive property of an always-loaded element; its attribute is its name in lower case. */
export interface PropertyOptions {
  /** `Boolean`: present or absent, like `hidden`. Otherwise the attribute's text. */
  type?: BooleanConstructor;
  /** Written back to the attribute when the property changes. */
  reflect?: boolean;
}

/** On a server (no DOM), the class is defined but never upgraded. */
const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);

/** Stylesheets by their text: each is parsed once for the page, and shared by every element that adopts it. */
const sheets = new Map<string, CSSStyleSheet>();
const sheet = (text: string) =>
  getOrInsertComputed(sheets, text, () => {
    const made = new CSSStyleSheet();
    made.replaceSync(text);
    return made;
  });

/**
 * The base of the elements every page loads (compare button, tray bar). It has what they use of
 * Lit's ReactiveElement — reactive properties with attributes, controllers, static styles, an
 * update batched to a microtask and `updateComplete` — without the rest, which a product page
 * should not download (views load Lit when they are needed). It renders with a few DOM calls:
 * `build` makes the shadow DOM once, `sync` updates it after every update. Text goes in as
 * text, never as HTML.
 */
export abstract class ShortlistElement extends Shortlisted(ElementBase) implements ReactiveControllerHost {
  static properties: Record<string, PropertyOptions> = {};
  /** Its stylesheets' texts (marked with the css tag above), adopted by every element of the class. */
  static styles: string[] = [baseStyles];

  /** The attributes to observe; defining them is when the class gets its property accessors. */
  static get observedAttributes(): string[] {
    for (const name of Object.keys(this.properties)) if (!Object.hasOwn(this.prototype, name)) ShortlistElement.#defineProperty(this.prototype, name);
    return Object.keys(this.properties).map((name) => name.toLowerCase());
  }

  /** A property's accessor: its value, and an update on change (which writes a `reflect` property back to its attribute). */
  static #defineProperty(prototype: ShortlistElement, name: string) {
    Object.defineProperty(prototype, name, {
      get(this: ShortlistElement) {
        return this.#values.get(name);
      },
      set(this: ShortlistElement, value: unknown) {
        if (Object.is(this.#values.get(name), value)) return;
        this.#values.set(name, value);
        this.#changed.add(name);
        this.requestUpdate();
      },
      configurable: true,
      enumerable: true,
    });
  }

  readonly #values = new Map<string, unknown>();
  /** Properties changed since the last update. */
  readonly #changed = new Set<string>();
  readonly #controllers = new Set<ReactiveController>();
  #updating = false;
  #done: Promise<boolean> = Promise.resolve(true);
  #built = false;

  constructor() {
    super();
    // A property set before the element was defined (a framework rendering first) hides the accessor: move it over.
    for (const name of Object.keys((this.constructor as typeof ShortlistElement).properties)) {
      if (!Object.hasOwn(this, name)) continue;
      const value = (this as Record<string, unknown>)[name];
      delete (this as Record<string, unknown>)[name];
      (this as Record<string, unknown>)[name] = value;
    }
  }

  protected abstract build(root: ShadowRoot): void;
  protected abstract sync(): void;

  /**
   * The shadow root, once connected.
   * @internal
   */
  get renderRoot(): ShadowRoot | null {
    return this.shadowRoot;
  }

  /** Resolves once the pending update is done: true, or false when another one is pending. */
  get updateComplete(): Promise<boolean> {
    return this.#done;
  }

  /** @internal For reactive controllers (`StoreController`). */
  addController(controller: ReactiveController): void {
    this.#controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  /** @internal */
  removeController(controller: ReactiveController): void {
    this.#controllers.delete(controller);
  }

  /** Updates in a microtask: many changes in one task make one update. */
  requestUpdate(): void {
    if (this.#updating) return;
    this.#updating = true;
    this.#done = Promise.resolve().then(() => {
      this.#updating = false;
      this.#update();
      return !this.#updating;
    });
  }

  connectedCallback(): void {
    if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = (this.constructor as typeof ShortlistElement).styles.map(sheet);
    this.#controllers.forEach((controller) => controller.hostConnected?.());
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this.#controllers.forEach((controller) => controller.hostDisconnected?.());
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const properties = (this.constructor as typeof ShortlistElement).properties;
    const name = Object.keys(properties).find((key) => key.toLowerCase() === attribute)!;
    const read = properties[name]!.type === Boolean ? value !== null : value;
    if ((this as Record<string, unknown>)[name] !== read) (this as Record<string, unknown>)[name] = read;
  }

  /** Writes the changed `reflect` properties to their attributes (in an update: a constructor may not). */
  #reflect(): void {
    const properties = (this.constructor as typeof ShortlistElement).properties;
    for (const name of this.#changed) {
      const { type, reflect } = properties[name]!;
      const value = this.#values.get(name);
      const text = type === Boolean ? (value ? '' : null) : value == null ? null : String(value);
      if (!reflect || this.getAttribute(name.toLowerCase()) === text) continue;
      if (text === null) this.removeAttribute(name.toLowerCase());
      else this.setAttribute(name.toLowerCase(), text);
    }
    this.#changed.clear();
  }

  #update(): void {
    const root = this.shadowRoot;
    // Not connected yet: the first connection updates it.
    if (!root) return;
    this.#reflect();
    this.#controllers.forEach((controller) => controller.hostUpdate?.());
    if (!this.#built) this.build(root);
    this.#built = true;
    this.sync();
    this.#controllers.forEach((controller) => controller.hostUpdated?.());
  }
}

