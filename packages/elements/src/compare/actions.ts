/** What the comparison's export, print and share buttons do in the page: the connector decides what they hold. */
import { shareAddress, shareUrl, type ShareState } from '@shortlist/core/compare';
import type { Fit } from '@shortlist/core/criteria';

/** Saves a CSV file (the connector's `csv()`); returns the file's name. */
export function downloadCsv({ file, text }: { file: string; text: string }): string {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  return file;
}

/** Hides the rest of the page on paper while the comparison dialog prints; made on first use. */
let printAlone: CSSStyleSheet | undefined;

/**
 * Opens the print dialog; `alone` hides the rest of the page on paper (for the dialog at the
 * end of `<body>`) until `afterprint`: mobile browsers print after `print()` has returned.
 */
export function printPage(alone: boolean): void {
  if (!printAlone) {
    printAlone = new CSSStyleSheet();
    printAlone.replaceSync('@media print{body>:not(shortlist-compare[modal]){display:none!important}}');
  }
  const sheet = printAlone;
  if (alone && !document.adoptedStyleSheets.includes(sheet)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.addEventListener('afterprint', () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet)), { once: true });
  }
  window.print();
}

/**
 * A link to this page recreating `state` (its canonical address and the share parameter,
 * nothing else: see `shareAddress`), and with `fit` the criteria that judge its products;
 * copied to the clipboard when the page may.
 */
export async function copyShareLink(state: ShareState, fit?: Fit): Promise<{ url: string; copied: boolean }> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const shared = shareUrl(shareAddress(location.href, canonical), state);
  // Without the criteria's code (a failed load, reported), the link still recreates the comparison.
  const url = fit ? await fit.link(shared, state.ids).catch(() => shared) : shared;
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // Not allowed here (permissions, insecure context): the view shows the link in a field.
    return { url, copied: false };
  }
}
