/** The results list's own styles: a scroller of fixed-height rows. */
import { css } from 'lit';

export const resultsStyles = css`
  [part~='scroller'] {
    max-block-size: var(--shortlist-results-height, 32rem);
    overflow: auto;
    border: 1px solid var(--shortlist-border, #8a8a8a);
  }
  ol {
    padding: 0;
    list-style: none;
  }
  li[part] {
    display: grid;
    grid-template-columns: 4rem 1fr auto;
    gap: 0 0.75rem;
    align-items: center;
    block-size: var(--shortlist-results-row-height, 5.5rem);
    padding-inline: 0.75rem;
    overflow: hidden;
    border-block-end: 1px solid var(--shortlist-divider, #d9d9d9);
  }
  img {
    inline-size: 100%;
  }
`;
