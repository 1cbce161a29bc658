/** The comparison's styles: a table of fixed-width flex rows (see `table`), and its print layout. */
import { css } from 'lit';
import { viewStyles } from '../internal/view.js';
import { fitStyles } from './fit.js';

export const compareStyles = [
  viewStyles,
  fitStyles,
  css`
    :host {
      display: block;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
      min-block-size: 0;
    }
    dialog,
    .scroller {
      border: 1px solid var(--shortlist-border, #8a8a8a);
      border-radius: var(--shortlist-radius, 0.375rem);
      background: var(--shortlist-surface, #fff);
    }
    dialog {
      inline-size: calc(100vw - 2rem);
      block-size: calc(100vh - 2rem);
      padding: 0;
      color: inherit;
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.5);
    }
    dialog .base {
      flex: 1;
      padding: 0.75rem 1rem 1rem;
    }
    .bar {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.5rem 1rem;
      border-block-end: 1px solid var(--shortlist-border, #8a8a8a);
    }
    h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    p {
      margin: 0;
    }
    .status:empty {
      display: none;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1.25rem;
    }
    fieldset {
      display: contents;
    }
    legend {
      float: left;
      font-weight: 600;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 1.5rem;
    }
    input[type='radio'],
    input[type='checkbox'] {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0.125rem;
    }
    /* Text fields and lists; the radios and checkboxes keep their own size. */
    select,
    textarea,
    .link input {
      font: inherit;
      color: inherit;
      min-block-size: 2.25rem;
    }
    .link input {
      inline-size: min(40rem, 60vw);
    }
    .scroller {
      overflow: auto;
      max-block-size: var(--shortlist-compare-max-height, 80vh);
      overscroll-behavior: contain;
    }
    dialog .scroller {
      flex: 1 1 auto;
      min-block-size: 10rem;
      max-block-size: none;
    }
    /*
     * Each row is a flex box of fixed-width cells (the roles keep the table semantics): a
     * row lays out on its own, without a table-wide column algorithm, and rows out of view
     * are skipped (content-visibility), so a change costs what is on screen.
     */
    table {
      display: block;
      inline-size: max-content;
    }
    caption {
      display: block;
      position: sticky;
      inset-inline-start: 0;
      inline-size: max-content;
      padding: 0.5rem 0.75rem;
      font-weight: 600;
    }
    thead,
    tbody {
      display: block;
    }
    /* Rules per row and for the label column only: fewer boxes to paint than a border per cell. */
    tr {
      display: flex;
      border-block-end: 1px solid #d4d4d4;
    }
    tbody tr {
      content-visibility: auto;
      contain-intrinsic-size: auto 1px auto 2.75rem;
    }
    /* Flex items of their row: blockified, so they need no display of their own. */
    th,
    td {
      flex: none;
      inline-size: var(--shortlist-compare-column-width, 13rem);
      padding: 0.5rem;
      text-align: start;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    thead {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
    }
    thead th,
    thead td,
    th[scope='row'] {
      background: var(--shortlist-surface, #fff);
    }
    /*
     * Above the cells that scroll under them (the rows are stacking contexts of their own:
     * content-visibility). The corners are in the thead, whose z-index lifts it all above the body.
     */
    .corner,
    th[scope='row'] {
      border-inline-end: 1px solid #d4d4d4;
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      inline-size: var(--shortlist-compare-label-width, 11rem);
    }
    tbody th[scope='row'] {
      font-weight: 600;
    }
    /*
     * The column heads, the cells with the most inside (image, name, price; six buttons): each
     * paints on its own, so when a removed column moves those right of it, the browser moves
     * each head whole instead of walking and repainting what is inside. Not on the value cells:
     * 5,000 painted layers cost more to composite than they save. Focus rings stay inside the padding.
     */
    thead th[scope='col'],
    .actions td {
      contain: paint;
    }
    img {
      display: block;
      inline-size: 4rem;
      block-size: 4rem;
      object-fit: contain;
      margin-block-end: 0.25rem;
    }
    .name {
      display: block;
      font-weight: 600;
      color: inherit;
    }
    .tag,
    .best {
      display: inline-block;
      margin: 0.25rem 0.25rem 0 0;
      padding: 0 0.375rem;
      border: 1px solid currentColor;
      border-radius: 1em;
      font-size: 0.8125em;
      font-weight: 600;
    }
    .best {
      margin: 0 0 0 0.375rem;
      color: var(--shortlist-compare-best-color, #135c2b);
    }
    .top {
      background: var(--shortlist-compare-best-surface, #e7f4ea);
    }
    .ref {
      background: var(--shortlist-compare-reference-surface, #eaf1fb);
    }
    .ns,
    .delta,
    .actions th {
      color: var(--shortlist-muted, #4d4d4d);
    }
    .ns {
      font-style: italic;
    }
    .delta {
      display: block;
      font-size: 0.875em;
    }
    /* A click on a column button sets no text selection: placing one in a table this size costs the press a long task. */
    .actions {
      user-select: none;
    }
    /*
     * Cells of buttons, all of one size (3.75rem, with or without their buttons, so the row keeps
     * its height while they render; a flex line has no text strut to make it taller), with a
     * line at the bottom for the label of the button pointed at. Always laid out: skipping those
     * out of view (content-visibility) made every column that scrolls into view cost a layout in
     * that frame.
     */
    .actions td {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      position: relative;
      min-block-size: 3.75rem;
      padding-block: 0.25rem 1.5rem;
    }
    .actions button {
      min-inline-size: 1.75rem;
      min-block-size: 1.75rem;
      margin: 0.125rem 0.125rem 0.125rem 0;
      padding: 0 0.25rem;
      justify-content: center;
      line-height: 1;
    }
    [aria-pressed='true'] {
      background: var(--shortlist-accent, #1a5fd0);
      border-color: var(--shortlist-accent, #1a5fd0);
      color: var(--shortlist-on-accent, #fff);
    }
    [aria-disabled='true'] {
      opacity: 0.45;
      cursor: not-allowed;
    }
    /* The star comes from the markup (data-icon): the CSS stays ASCII, and the star is not read. */
    [data-icon]::before {
      content: attr(data-icon) / '';
    }
    .head th {
      flex: 1 0 auto;
      background: var(--shortlist-compare-group-surface, #f2f2f2);
      padding: 0.25rem 0.5rem;
    }
    .toggle,
    .heading {
      position: sticky;
      inset-inline-start: 0.5rem;
      font-weight: 600;
    }
    .toggle {
      min-block-size: 1.75rem;
      border: 0;
      padding: 0 0.25rem;
      background: none;
    }
    .toggle::before {
      content: '';
      margin-inline-end: 0.5rem;
      border-style: solid;
      border-color: transparent;
      border-inline-start-color: currentColor;
      border-width: 0.35em 0 0.35em 0.5em;
      transform: rotate(90deg);
    }
    .toggle[aria-expanded='false']::before {
      transform: none;
    }
    textarea {
      inline-size: 100%;
      resize: vertical;
    }
    @media screen {
      .closed tr:not(.head) {
        display: none;
      }
    }
    :host([view='differences']) :is(.s, .no-d),
    :host([view='similarities']) :is(.d, .no-s) {
      display: none;
    }
    /*
     * The label of the column button under the pointer or keyboard focus (or just tapped), in a
     * line kept free for it under the buttons: it covers nothing, so it needs no dismissing
     * (WCAG 1.4.13). The text is the button's accessible name.
     */
    .actions button::after {
      content: attr(aria-label);
      display: none;
      position: absolute;
      inset: auto 0.5rem 0.125rem;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      color: var(--shortlist-muted, #4d4d4d);
      font-size: 0.8125rem;
    }
    .actions button:is(:hover, :focus-visible)::after {
      display: block;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
      padding: 0.5rem 0.75rem;
      border-radius: var(--shortlist-radius, 0.375rem);
      background: var(--shortlist-compare-group-surface, #f2f2f2);
    }
    .legend span {
      flex: 1 1 14rem;
    }
    /* The empty and one-product messages: a framed box, not a stray line. */
    .empty {
      padding: 1.5rem 1rem;
      border: 1px dashed var(--shortlist-border, #8a8a8a);
      border-radius: var(--shortlist-radius, 0.375rem);
      text-align: center;
    }
    @media print {
      .toolbar,
      .legend,
      .bar button,
      .status,
      .undo,
      .link,
      .actions,
      dialog::backdrop {
        display: none !important;
      }
      dialog {
        position: absolute;
        inset: 0 auto auto 0;
      }
      dialog,
      .scroller {
        inline-size: 100%;
        block-size: auto;
        max-block-size: none;
        overflow: visible;
        border: 0;
      }
      thead,
      th,
      .toggle,
      .heading {
        position: static !important;
      }
      /* On paper the columns share the page width. */
      table {
        inline-size: 100%;
        font-size: 8pt;
      }
      tr {
        content-visibility: visible;
      }
      th,
      td {
        flex: 1;
        inline-size: auto;
        min-inline-size: 0;
        padding: 0.25rem;
      }
      img {
        inline-size: 2.5rem;
        block-size: 2.5rem;
      }
      .toggle::before {
        display: none;
      }
    }
  `,
];
