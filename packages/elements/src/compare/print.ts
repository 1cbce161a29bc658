/** What the comparison's print button does in the page. */

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
