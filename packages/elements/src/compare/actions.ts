/** What the comparison's export, print and share buttons do in the page: the connector decides what they hold. */
import { shareUrl, type ShareState } from '@shortlist/core/compare';
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

/** Opens the print dialog; `alone` hides the rest of the page on paper (for the dialog at the end of `<body>`). */
export function printPage(alone: boolean): void {
  let sheet: CSSStyleSheet | undefined;
  if (alone) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync('@media print{body>:not(shortlist-compare[modal]){display:none!important}}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  try {
    window.print();
  } finally {
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}

/** A link to this page recreating `state` (and with `fit`, the criteria that judge its products), copied to the clipboard when the page may. */
export async function copyShareLink(state: ShareState, fit?: Fit): Promise<{ url: string; copied: boolean }> {
  const shared = shareUrl(location.href, state);
  const url = fit ? fit.link(shared, state.ids) : shared;
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // Not allowed here (permissions, insecure context): the view shows the link in a field.
    return { url, copied: false };
  }
}
