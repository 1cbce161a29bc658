/** The base of the views that load on first use (tray panel, comparison): LitElement templates. */
import type { Feature } from '@shortlist/core';
import { LitElement, unsafeCSS, type CSSResultGroup } from 'lit';
import { baseStyles, Shortlisted } from './base.js';

/** The base styles as Lit adopts them (static text of ours, no value put in). */
export const viewStyles = unsafeCSS(baseStyles);

export class ShortlistView extends Shortlisted(LitElement) {
  static override styles: CSSResultGroup = viewStyles;

  /** Sets the view's feature up with the page's instance and returns its part; until an instance exists, adds only its copy. */
  protected feature<Context>(feature: Feature<Context>): Context | undefined {
    const shortlist = this.shortlist;
    if (shortlist) return shortlist.use(feature);
    if (feature.messages) this.format.use(feature.messages);
    return undefined;
  }
}
