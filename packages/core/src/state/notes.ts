/** The shopper's own notes, one per product id. */
import { atom, type WritableAtom } from 'nanostores';

export const MAX_NOTE_LENGTH = 2000;

export type Notes = Readonly<Record<string, string>>;

export function createNotes(): { $notes: WritableAtom<Notes>; setNote(id: string, text: string): string } {
  const $notes = atom<Notes>({});
  return {
    $notes,
    /** Stores the trimmed note (an empty one removes it) and returns what was stored. */
    setNote(id, text) {
      const note = text.trim().slice(0, MAX_NOTE_LENGTH);
      const { [id]: _previous, ...others } = $notes.get();
      $notes.set(note ? { ...others, [id]: note } : others);
      return note;
    },
  };
}
