/**
 * The comparison as a feature: its configuration section, copy and events, and the state
 * only it shows — the shopper's notes and triage marks, and whether the legend was dismissed,
 * persisted with the record. Each is restored when first asked for, so a record holds only
 * what was used.
 */
import { defineFeature } from '../define-feature.js';
import type { Shortlist } from '../shortlist.js';
import { checkCompare, type CompareConfig } from './config.js';
import { compareDeclaration } from './declaration.js';
import { createLegend, type LegendState } from './legend.js';
import { compareMessages } from './messages.js';
import { createNotes, type NotesState } from './notes.js';
import { createTriage, type TriageState } from './triage.js';

/** What the comparison adds to an instance. */
export interface CompareFeature {
  /** `config.compare`, checked. */
  readonly config: CompareConfig;
  readonly notes: NotesState;
  readonly triage: TriageState;
  readonly legend: LegendState;
}

export const compareFeature = defineFeature({
  ...compareDeclaration,
  config: checkCompare,
  messages: compareMessages,
  setup(shortlist, config): CompareFeature {
    let notes: NotesState | undefined;
    let triage: TriageState | undefined;
    let legend: LegendState | undefined;
    return {
      config,
      get notes() {
        return (notes ??= createNotes(shortlist));
      },
      get triage() {
        return (triage ??= createTriage(shortlist));
      },
      get legend() {
        return (legend ??= createLegend(shortlist));
      },
    };
  },
});

/** The comparison's part of the instance, registered on first use. */
export const compareOf = (shortlist: Shortlist): CompareFeature => shortlist.use(compareFeature);

/** The shopper's notes, persisted with the record. */
export const notesOf = (shortlist: Shortlist): NotesState => compareOf(shortlist).notes;

/** The shopper's triage marks, persisted with the record. */
export const triageOf = (shortlist: Shortlist): TriageState => compareOf(shortlist).triage;
