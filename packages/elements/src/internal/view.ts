/** The base of the views that load on first use (tray panel, comparison): LitElement templates. */
import type { Feature } from '@shortlist/core';
import { LitElement } from 'lit';
import { Shortlisted } from './base.js';

export class ShortlistView extends Shortlisted(LitElement) {
  /** Sets the view's feature up with the page's instance and returns its part; until an instance exists, adds only its copy. */
  protected feature<Context>(feature: Feature<Context>): Context | undefined {
    const shortlist = this.shortlist;
    if (shortlist) return shortlist.use(feature);
    if (feature.messages) this.format.use(feature.messages);
    return undefined;
  }
}
