/** The customizer's copy in German. */
import type { Message } from '../format/messages.js';
import type { customizeEn } from './messages-en.js';

export const customizeDe: Record<keyof typeof customizeEn, Message> = {
  customizeSoldOut: 'Ausverkauft',
  customizeSoldOutIn: 'Ausverkauft in {choices}',
  customizeNotAvailableIn: 'Nicht erhältlich in {choices}',
  customizeRequires: 'Erfordert {choices}',
  customizeOnlyWith: 'Nur mit {choices}',
  customizeNotWith: 'Nicht erhältlich mit {choices}',
  customizeConflict: 'Nicht möglich mit {choices}',
  customizeNever: 'Nicht erhältlich',
  customizeRequired: 'Erforderlich',
  customizeChoice: '{option}: {value}',
  customizeText: '{option} „{value}“',
  customizeAnyText: '{option}',
  customizeNoText: 'ohne {option}',
  customizeAtLeast: '{option} von mindestens {min}',
  customizeAtMost: '{option} von höchstens {max}',
  customizeBetween: '{option} von {min} bis {max}',
  customizeMissing: 'Wählen Sie {option}',
  customizeMissingText: 'Geben Sie {option} ein',
  customizeImpossible: '{option}: {reason}',
  customizeUnknownValue: '{option}: Diese Auswahl wird nicht angeboten',
  customizeOffGrid: '{option}: von {min} bis {max} in Schritten von {step}',
  customizeTooLong: { one: '{option}: höchstens # Zeichen', other: '{option}: höchstens # Zeichen' },
  customizeCharacters: '{option}: {characters} kann nicht verwendet werden',
  customizeSoldOutConfiguration: 'Diese Konfiguration ist ausverkauft',
  customizeSelectionTooLong: 'Diese Konfiguration ist zu lang zum Speichern ({length} von {max} Zeichen): Kürzen Sie den Text',
  customizeUnconfigurable: 'Dieses Produkt kann derzeit nicht konfiguriert werden',
};
