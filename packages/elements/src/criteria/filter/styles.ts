/** The filter's own styles: the two-thumb ranges with their spread of values, the choices, the dead end. */
import { css } from 'lit';

export const filterStyles = css`
  [type='number'] {
    inline-size: 5rem;
  }
  [part~='remove'] {
    margin-inline-start: auto;
  }
  [part~='dead-end'] {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--shortlist-accent, #1a5fd0);
  }
  .choices {
    display: grid;
    max-block-size: 12rem;
    overflow: auto;
  }
  svg {
    inline-size: 100%;
    block-size: 2.5rem;
    fill: var(--shortlist-criteria-bar, #c9d4e8);
  }
  .pass {
    fill: var(--shortlist-accent, #1a5fd0);
  }
  /* Two range inputs on one track: the thumbs take the pointer, the tracks do not. */
  .thumbs {
    position: relative;
    block-size: 1.75rem;
    background: linear-gradient(var(--shortlist-border, #8a8a8a) 0 0) center / 100% 4px no-repeat;
  }
  .thumbs input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    margin: 0;
    appearance: none;
    background: none;
    pointer-events: none;
  }
  .thumbs ::-webkit-slider-thumb {
    appearance: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    background: var(--shortlist-accent, #1a5fd0);
    pointer-events: auto;
  }
  .thumbs ::-moz-range-thumb {
    border-radius: 50%;
    background: var(--shortlist-accent, #1a5fd0);
    pointer-events: auto;
  }
`;
