/** What the comparison's "Export CSV" button does in the page (the connector makes the file): loaded on the first export (`compare-tools`). */

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
