/**
 * The customizer's copy in English: the fallback of every language. Every key starts with
 * `customize`, so it never collides with another feature's.
 */
import type { Message } from '../format/messages.js';

export const customizeEn = {
  // Why a value cannot be chosen; {choices} lists choices such as "Colour: Red and Size: 42".
  customizeSoldOut: 'Sold out',
  customizeSoldOutIn: 'Sold out in {choices}',
  customizeNotAvailableIn: 'Not available in {choices}',
  customizeRequires: 'Requires {choices}',
  customizeOnlyWith: 'Only with {choices}',
  customizeNotWith: 'Not available with {choices}',
  customizeConflict: 'Not possible with {choices}',
  customizeNever: 'Not available',
  // One choice, or one condition of a rule ("Memory: 32 GB or 64 GB").
  customizeChoice: '{option}: {value}',
  // What keeps a selection from being complete.
  customizeMissing: 'Choose {option}',
  customizeMissingText: 'Enter {option}',
  customizeImpossible: '{option}: {reason}',
  customizeUnknownValue: '{option}: this choice is not offered',
  customizeOffGrid: '{option}: from {min} to {max} in steps of {step}',
  customizeTooLong: { one: '{option}: at most # character', other: '{option}: at most # characters' } as Message,
  customizeCharacters: '{option}: {characters} cannot be used',
  customizeSoldOutConfiguration: 'This configuration is sold out',
  customizeSelectionTooLong: 'This configuration is too long to save ({length} of {max} characters): shorten the text',
  customizeUnconfigurable: 'This product cannot be configured at the moment',
  // The customizer's view.
  customizeWhy: '{values}: {reason}',
  customizeSummary: 'Your configuration',
  customizeTotal: 'Total',
  customizeAdd: 'Add to compare',
  customizeSave: 'Save changes',
  customizeAdded: 'Added to your comparison',
  customizeSaved: 'Saved in your comparison',
  customizeRemoved: 'Removed from your comparison',
  customizeShare: 'Share',
  customizeLink: 'Link to this configuration',
  customizeCopied: 'Link copied',
  customizeCopyManually: 'Copy the link',
} satisfies Record<string, Message>;
