/**
 * Links to a configuration: a page's address with `?shortlist-configure=<configured item id>`.
 * "Share" makes one of the page the customizer is on; a configured item's `url` and `editUrl`
 * are its product page's, so the tray and the comparison reopen the customizer with it.
 */

export const CONFIGURE_PARAM = 'shortlist-configure';

/** `page` (relative to the current page) with the configured item `id` in its query; its other parameters stay. */
export function configurationUrl(page: string, id: string): string {
  const url = new URL(page, globalThis.location?.href);
  url.searchParams.set(CONFIGURE_PARAM, id);
  return url.href;
}

/** The configured item id in a page's address, if it has one (untrusted: the customizer checks it). */
export const linkedId = (address: string): string | undefined => new URL(address).searchParams.get(CONFIGURE_PARAM) ?? undefined;
