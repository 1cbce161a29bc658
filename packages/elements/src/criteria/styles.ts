/**
 * The criteria elements' styles: what they all share (each adopts `criteriaStyles`), and the fit
 * badges and reasons (`fitStyles`: `<shortlist-fit>`, the results).
 * Each part's own rules are in its folder.
 */
import { css } from 'lit';
import { viewStyles } from '../internal/view.js';

export const criteriaStyles = [
  viewStyles,
  css`
    :host {
      display: block;
    }
    p,
    h2,
    ul,
    ol,
    fieldset {
      margin: 0;
    }
    h2 {
      font-size: 1.125rem;
    }
    section,
    fieldset,
    [part~='dead-end'] {
      display: grid;
      gap: 0.5rem;
    }
    /* What a drag changes re-lays out its own box, not the page. */
    fieldset,
    li[part],
    [part~='scroller'] {
      contain: content;
    }
    fieldset {
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid var(--shortlist-border, #8a8a8a);
      border-radius: var(--shortlist-radius, 0.375rem);
    }
    legend,
    [part='count'],
    .badge {
      font-weight: 600;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      min-block-size: 1.5rem;
    }
    [type='radio'],
    [type='checkbox'] {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
    }
    input,
    select {
      min-block-size: 2.25rem;
      font: inherit;
    }
  `,
];

/** A fit badge and the reasons: a symbol and text, never colour alone. */
export const fitStyles = css`
  /* A fit badge: a symbol and text, never colour alone. */
  .badge {
    display: inline-flex;
    gap: 0.25em;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
  }
  .great {
    color: var(--shortlist-fit-great, #135c2b);
  }
  .good {
    color: var(--shortlist-fit-good, #1d4f91);
  }
  .weak,
  .unknown {
    color: var(--shortlist-fit-weak, #5c4813);
  }
  .fails {
    color: var(--shortlist-fit-fails, #9c1c1c);
  }
  [part~='reason'] {
    display: block;
    color: var(--shortlist-muted, #4d4d4d);
    font-size: 0.875em;
  }
`;
