/**
 * What every Shortlist element shares: its version, the page's instance, the formatter and
 * the base styles. Two bases carry it: `ShortlistElement` for the elements every page loads
 * (Lit's reactive core, no template library: the first-load budget) and `ShortlistView`
 * (`view.ts`, LitElement) for the views that load on first use.
 */
import { ReactiveElement, css, type CSSResultGroup, type PropertyValues } from '@lit/reactive-element';
import { VERSION, createFormatter, globalHandle, type Formatter, type Shortlist } from '@shortlist/core';

type Constructor<T> = abstract new (...args: any[]) => T;

let fallbackFormat: Formatter | undefined;

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

/** Adds what every Shortlist element shares to a Lit base class. */
export function Shortlisted<T extends Constructor<ReactiveElement>>(Base: T) {
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
    static styles: CSSResultGroup = baseStyles;

    protected get shortlist(): Shortlist | undefined {
      return globalHandle().$instance.get();
    }

    protected get format(): Formatter {
      return this.shortlist?.format ?? (fallbackFormat ??= createFormatter('en'));
    }

  }
  return Shortlisted as unknown as Constructor<ShortlistMembers> & T & { version: string };
}

/**
 * The base of the elements every page loads. It renders with a few DOM calls instead of
 * lit-html, which halves what a product page downloads: `build` makes the shadow DOM once,
 * `sync` updates it after every reactive update. Text goes in as text, never as HTML.
 */
export abstract class ShortlistElement extends Shortlisted(ReactiveElement) {
  #built = false;

  protected abstract build(root: HTMLElement | DocumentFragment): void;
  protected abstract sync(): void;

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    if (!this.#built) this.build(this.renderRoot);
    this.#built = true;
    this.sync();
  }
}
