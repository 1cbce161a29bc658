/**
 * Where the shopper's criteria show in the comparison (the criteria filter's `Fit`, from the
 * connector's state): a fit badge per product, a met / missed / unknown mark in each cell a
 * criterion judges, and a button per row that makes the attribute a criterion.
 */
import { css, html, nothing } from 'lit';
import type { Fit } from '@shortlist/core/criteria';
import type { Formatter } from '@shortlist/core';

const MARKS = { met: '✓', missed: '✕', unknown: '?' } as const;

/** A product's fit: "Great fit · 86/100". */
export function fitBadge(fit: Fit | undefined, id: string) {
  const badge = fit?.of(id);
  return badge ? html`<span part="fit" class="tag fit ${badge.status}">${badge.text}</span>` : nothing;
}

/** A cell's mark: a symbol, and what it means in words for screen readers and on hover. */
export function fitMark(fit: Fit | undefined, id: string, key: string) {
  const mark = fit?.mark(id, key);
  return mark ? html` <span part="fit-mark" class="mark ${mark.outcome}" title=${mark.text}><span aria-hidden="true">${MARKS[mark.outcome]}</span><span class="visually-hidden">${mark.text}</span></span>` : nothing;
}

/** "Make this a criterion" for a row (`data-make` holds the attribute key). */
export function fitAdd(fit: Fit | undefined, key: string, label: string, { t }: Formatter) {
  return fit ? html` <button class="make" data-make=${key} aria-label=${t('criteriaMake', { label })}>+</button>` : nothing;
}

export const fitStyles = css`
  .fit.great,
  .met {
    color: var(--shortlist-fit-great, #135c2b);
  }
  .fit.fails,
  .missed {
    color: var(--shortlist-fit-fails, #9c1c1c);
  }
  .mark {
    font-weight: 700;
  }
  .make {
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    padding: 0 0.25rem;
  }
`;
