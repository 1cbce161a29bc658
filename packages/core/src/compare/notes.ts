/** The shopper's own notes, one per product id. */
import type { ReadableAtom } from 'nanostores';
import type { Shortlist } from '../shortlist.js';
import { byProductState, type ByProduct } from '../state/by-product.js';

export const MAX_NOTE_LENGTH = 2000;

export type Notes = ByProduct<string>;

export interface NotesState {
  readonly $notes: ReadableAtom<Notes>;
  /** Stores the trimmed note (an empty one removes it), announces `note-change`, returns what was stored. */
  setNote(id: string, text: string): string;
  /**
   * Stores the note as the shopper types it, without announcing it: nothing typed waits to be
   * saved. Call `setNote` once they are done (the field is left, the page hidden).
   */
  typeNote(id: string, text: string): void;
}

/** Notes, persisted as the instance's `notes` slice. */
export function createNotes(shortlist: Shortlist): NotesState {
  const { $values, set, slice } = byProductState((note): note is string => typeof note === 'string');
  shortlist.addState('notes', slice);
  const store = (id: string, text: string) => {
    const note = text.trim().slice(0, MAX_NOTE_LENGTH);
    set(id, note || undefined);
    return note;
  };
  return {
    $notes: $values,
    setNote(id, text) {
      const note = store(id, text);
      shortlist.announce('note-change', { id, note });
      return note;
    },
    typeNote: store,
  };
}
