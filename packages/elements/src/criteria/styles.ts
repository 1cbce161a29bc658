/** The styles of the criteria elements, one sheet for all of them (each adopts the same). */
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
    [part~='option'] {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--shortlist-border, #8a8a8a);
      border-radius: var(--shortlist-radius, 0.375rem);
    }
    [part~='option']:has(:checked) {
      outline: 2px solid var(--shortlist-accent, #1a5fd0);
    }
    [part~='description'],
    [part~='reason'] {
      display: block;
      color: var(--shortlist-muted, #4d4d4d);
      font-size: 0.875em;
    }
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
  `,
];
