/**
 * The comparison's column heads: a header per product (image, name, price, tags) and a row of
 * buttons per product (move, pin, shortlist, eliminate, remove). The buttons carry
 * `data-action` and their cell `data-id`: the view handles their clicks once, on the `thead`.
 * Each button's label shows as a tooltip on hover and keyboard focus (styles.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { own, type Formatter } from '@shortlist/core';
import { formatProductPrice } from '@shortlist/core/catalog';
import { editLink } from '../internal/edit-link.js';
import type { Comparison, TriageMark } from '@shortlist/core/compare';
import type { Fit } from '@shortlist/core/criteria';
import { fitBadge } from './fit.js';

/** Product headers in the first frame after opening; the others come in the next task. */
export const FIRST_COLUMNS = 12;

/**
 * The heads of the columns at `indices` (of the comparison's products). Stage 0 renders the
 * first `FIRST_COLUMNS` headers; 1 every header; 2 the buttons of the first 50 columns; 3 all
 * of them (600 buttons at 100 products).
 */
export function columnHeads(
  { table, ref }: Comparison,
  indices: readonly number[],
  triage: Readonly<Record<string, TriageMark>>,
  stage: number,
  format: Formatter,
  fit?: Fit,
): TemplateResult {
  const { t } = format;
  const last = table.products.length - 1;
  // Guarded per column: a removal or a mark re-renders one column.
  return html`<tr role="row">
      <td class="corner" role="cell"></td>
      ${repeat(
        indices,
        (index) => table.products[index]!.id,
        (index, column) => {
          const product = table.products[index]!;
          const mark = own(triage, product.id);
          const shown = stage > 0 || column < FIRST_COLUMNS;
          return guard([product, index === ref, mark, shown, fit], () =>
            shown
              ? html`<th scope="col" role="columnheader" part="header" class=${index === ref ? 'ref' : ''}>
                  ${product.image ? html`<img part="image" src=${product.image} alt="" width="64" height="64" loading="lazy" decoding="async" />` : nothing}
                  ${product.url ? html`<a part="name" class="name" href=${product.url}>${product.name}</a>` : html`<span part="name" class="name">${product.name}</span>`}
                  <span part="price">${formatProductPrice(format, product) ?? t('notSpecified')}</span>
                  ${editLink(product, t('compareEdit'))}
                  ${index === ref ? html`<span part="tag" class="tag">${t('compareReference')}</span>` : nothing}
                  ${mark ? html`<span part="tag" class="tag">${t(mark === 'shortlisted' ? 'compareShortlisted' : 'compareEliminated')}</span>` : nothing}
                  ${fitBadge(fit, product.id)}
                </th>`
              : html`<th scope="col" role="columnheader" part="header"></th>`,
          );
        },
      )}
    </tr>
    <tr class="actions" role="row">
      <th scope="row" role="rowheader" class="corner">${t('compareActions')}</th>
      ${repeat(
        indices,
        (index) => table.products[index]!.id,
        (index, column) => {
          const { id, name } = table.products[index]!;
          const mark = own(triage, id);
          const ready = stage > 2 || (stage > 1 && column < 50);
          return guard(
            [name, index === 0, index === last, index === ref, mark, ready],
            () =>
              html`<td part="actions" role="cell" data-id=${id}>
                ${ready
                  ? html`<button data-action="left" aria-label=${t('compareMoveLeft', { name })} aria-disabled=${index === 0 ? 'true' : nothing}>←</button
                      ><button data-action="right" aria-label=${t('compareMoveRight', { name })} aria-disabled=${index === last ? 'true' : nothing}>→</button
                      ><button data-action="pin" aria-label=${t('comparePin', { name })} aria-pressed=${index === ref}>◎</button
                      ><button data-action="shortlisted" aria-label=${t('compareShortlist', { name })} aria-pressed=${mark === 'shortlisted'}>✓</button
                      ><button data-action="eliminated" aria-label=${t('compareEliminate', { name })} aria-pressed=${mark === 'eliminated'}>⊘</button
                      ><button data-action="remove" aria-label=${t('compareRemove', { name })}>✕</button>`
                  : nothing}
              </td>`,
          );
        },
      )}
    </tr>`;
}
