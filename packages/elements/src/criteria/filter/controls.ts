/**
 * The controls of `<shortlist-criteria>`, one template per kind: a two-thumb range with typed
 * inputs and the spread of values, choices with live counts, yes/no and rating radio groups.
 * Every input carries a `name` saying what it sets (`low`, `high`, `choice`, `yes-no`, `rating`);
 * the element handles their events once, for the whole filter.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Formatter } from '@shortlist/core';
import { labelOf, valueText, type Control, type RangeControl } from '@shortlist/core/criteria';

/** A radio button or checkbox with its label. */
export const choice = (type: 'radio' | 'checkbox', name: string, value: string, checked: boolean, label: string, disabled = false) =>
  html`<label><input type=${type} name=${name} value=${value} .checked=${live(checked)} ?disabled=${disabled} />${label}</label>`;

/** Bars of 0.86 of a bin's width, one per bin, as one path: the SVG changes two attributes per update, not one element per bar. */
function bars(counts: readonly number[], top: number): string {
  return counts.map((count, bin) => `M${bin} 1v${-count / top}h0.86V1z`).join('');
}

/** The shape of a range's values: all products' (light bars) and those passing the other must-haves (dark), bin by bin. */
function histogram({ counts, passing }: RangeControl['distribution']): TemplateResult {
  const top = Math.max(1, ...counts);
  return html`<svg viewBox="0 0 ${counts.length} 1" preserveAspectRatio="none" aria-hidden="true">
    <path d=${bars(counts, top)} /><path class="pass" d=${bars(passing, top)} />
  </svg>`;
}

function range(control: RangeControl, format: Formatter): TemplateResult {
  const { def, min, max, step, low, high, distribution } = control;
  const label = labelOf(format, def);
  const { unit, currency } = distribution;
  const input = (type: 'range' | 'number', side: 'low' | 'high', value: number) =>
    html`<input type=${type} name=${side} min=${min} max=${max} step=${step} .value=${live(String(value))}
      aria-label=${format.t(side === 'low' ? 'criteriaMin' : 'criteriaMax', { label })}
      aria-valuetext=${type === 'range' ? valueText(format, def, value, unit, currency) : nothing} />`;
  return html`${histogram(distribution)}
    <div class="thumbs">${input('range', 'low', low)}${input('range', 'high', high)}</div>
    <div class="typed">${input('number', 'low', low)} – ${input('number', 'high', high)} <span class="unit">${currency ?? unit ?? ''}</span></div>`;
}

/** The control of one criterion, as its kind asks. */
export function controlBody(control: Control, format: Formatter): TemplateResult | typeof nothing {
  const { t } = format;
  switch (control.kind) {
    case 'range':
      return range(control, format);
    case 'choices': {
      const last = control.choices.filter((entry) => entry.checked).length === 1;
      return html`<div class="choices">
        ${control.choices.map(({ value, count, checked }) => choice('checkbox', 'choice', value as string, checked, `${value} (${format.number(count)})`, checked && last))}
      </div>`;
    }
    case 'yes-no':
      return html`<div class="row">${control.choices.map(({ value, count }) => choice('radio', `yes-no:${control.index}`, String(value), value === control.value, `${t(value ? 'yes' : 'no')} (${format.number(count)})`))}</div>`;
    case 'rating':
      return html`<div class="row">${control.ratings.map((rating) => choice('radio', `rating:${control.index}`, String(rating), rating === control.value, `${format.number(rating)}+ ★`))}</div>`;
    default:
      return nothing;
  }
}
