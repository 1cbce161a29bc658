/** The styles of the question a share link asks (`open-shared.ts`): loaded with it, adopted by the comparison then. */
import { css } from 'lit';

export const promptStyles = css`
  .prompt {
    block-size: fit-content;
    max-inline-size: 32rem;
    padding: 1.25rem;
  }
  .prompt p {
    margin-block: 0.75rem 1rem;
  }
`;
