/** What the comparison's export, print and share buttons do, apart from the view's own state. */
import { csvFileName, shareUrl, toCsv, type CompareTable, type Formatter, type ShareState, type TriageMark } from '@shortlist/core';

/** Saves `table` as a CSV file (with the shopper's notes and marks); returns the file's name. */
export function downloadCsv(table: CompareTable, format: Formatter, notes: Readonly<Record<string, string>>, triage: Readonly<Record<string, TriageMark>>): string {
  const { t } = format;
  const csv = toCsv(table, format, {
    notes,
    triage,
    labels: {
      name: t('compareName'),
      brand: t('compareBrand'),
      price: t('comparePrice'),
      url: t('compareLink'),
      note: t('compareNote'),
      triage: t('compareStatus'),
      shortlisted: t('compareShortlisted'),
      eliminated: t('compareEliminated'),
    },
  });
  const file = csvFileName(new Date());
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
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

/** A link to this page recreating `state`, copied to the clipboard when the page may. */
export async function copyShareLink(state: ShareState): Promise<{ url: string; copied: boolean }> {
  const url = shareUrl(location.href, state);
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // Not allowed here (permissions, insecure context): the view shows the link in a field.
    return { url, copied: false };
  }
}
