/** The few DOM calls the always-loaded elements render with (see `ShortlistElement`). */

type Child = Node | string;

/** Sets the attributes and appends the children; strings become text nodes, never HTML. */
function fill<E extends Element>(element: E, attributes: Record<string, string>, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** An HTML element with attributes and children. */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]) =>
  fill(document.createElement(tag), attributes, children);

/** An SVG element with attributes and children. */
export const s = <K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]) =>
  fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);

/**
 * Sets an attribute, or removes it when the value is undefined. Unchanged values are not
 * written: every compare button updates on every tray change, and a write restyles it.
 */
export function setAttr(element: Element, name: string, value: string | undefined): void {
  if (element.getAttribute(name) === (value ?? null)) return;
  if (value === undefined) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Sets an element's text when it changed (a new text node means new layout). */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
