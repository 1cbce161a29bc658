/** What the comparison's Print button does in the page: loaded on the first print (`compare-tools`). */

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
