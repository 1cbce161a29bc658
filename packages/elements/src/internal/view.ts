/** The base of the views that load on first use (tray panel, comparison): LitElement templates. */
import { LitElement } from 'lit';
import { Shortlisted } from './base.js';

export class ShortlistView extends Shortlisted(LitElement) {}
