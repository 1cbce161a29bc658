/**
 * Guarded registration: defining a tag twice must never throw `NotSupportedError` on a
 * retailer's page, where a theme and an app may each load a copy of Shortlist.
 */
type VersionedElement = CustomElementConstructor & { version?: string };

export function defineElement(tag: string, element: VersionedElement): void {
  // On a server rendering the page there is no registry: the browser defines the element.
  if (!globalThis.customElements) return;
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== element.version) {
    console.warn(`Shortlist: <${tag}> ${existing.version ?? 'of another copy'} is already defined; version ${element.version} is not used. Load one copy of Shortlist per page.`);
  }
}
