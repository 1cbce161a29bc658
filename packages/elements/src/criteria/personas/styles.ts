/** The persona picker's own styles: each option a box, the chosen one outlined. */
import { css } from 'lit';

export const personaStyles = css`
  [part~='option'] {
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--shortlist-border, #8a8a8a);
    border-radius: var(--shortlist-radius, 0.375rem);
  }
  [part~='option']:has(:checked) {
    outline: 2px solid var(--shortlist-accent, #1a5fd0);
  }
  [part~='description'] {
    display: block;
    color: var(--shortlist-muted, #4d4d4d);
    font-size: 0.875em;
  }
`;
