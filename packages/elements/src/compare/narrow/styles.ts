/** The styles of a narrow comparison (a phone): loaded with `narrow.ts`, adopted by the element then. */
import { css } from 'lit';

export const narrowStyles = css`
  /* "View options", previous and next, the position, and the summary of the view under them. */
  .options,
  .paging {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .summary {
    flex-basis: 100%;
    color: var(--shortlist-muted, #4d4d4d);
  }
  .paging {
    margin-inline-start: auto;
    font-weight: 600;
  }
  .paging button {
    font-size: 1.25rem;
  }
  /* The view options: a sheet from the bottom of the screen, a line per choice. */
  .sheet {
    inline-size: 100%;
    max-inline-size: 32rem;
    block-size: fit-content;
    margin: auto auto 0;
    padding: 1.25rem;
    border-radius: 1rem 1rem 0 0;
  }
  .sheet .toolbar {
    margin-block: 1rem;
  }
  .sheet :is(legend, label) {
    inline-size: 100%;
  }
  /*
   * Narrow (a phone): the dialog fills the screen, the products shown share the width, and
   * each attribute's label sits above its values. The corner cells stay, visually hidden, so
   * that every row keeps its cells under their column headers for screen readers.
   */
  dialog.narrow {
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    border-radius: 0;
  }
  dialog.narrow .base {
    padding: 0.5rem 0.75rem 0.75rem;
    gap: 0.5rem;
  }
  dialog.narrow .bar {
    padding: 0.25rem 0.75rem;
  }
  .narrow .scroller {
    touch-action: pan-y;
  }
  .narrow table {
    inline-size: 100%;
    line-height: 1.35;
  }
  .narrow tr {
    flex-wrap: wrap;
  }
  .narrow :is(th, td) {
    flex: 1 1 0;
    inline-size: auto;
    min-inline-size: 0;
  }
  .narrow tbody th[scope='row'] {
    flex-basis: 100%;
    position: static;
    border: 0;
    color: var(--shortlist-muted, #4d4d4d);
    font-size: 0.875em;
  }
  .narrow .corner {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .narrow .legend {
    padding-block: 0.25rem;
    font-size: 0.875rem;
    line-height: 1.35;
  }
  .narrow .head th {
    padding-block: 0;
  }
  .narrow .name {
    font-size: 0.875rem;
  }
  .narrow img {
    display: none;
  }
  .narrow tbody :is(th, td) {
    padding-block: 0.375rem;
  }
  .narrow tbody th[scope='row'] {
    padding-block-end: 0;
  }
  .narrow .actions td {
    align-content: flex-start;
  }
  .narrow .actions button {
    min-inline-size: 2rem;
    min-block-size: 2rem;
    margin: 0.125rem 0.25rem 0.125rem 0;
  }
`;
