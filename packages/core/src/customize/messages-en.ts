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
  customizeRequired: 'Required',
  // One choice, or one condition of a rule.
  customizeChoice: '{option}: {value}',
  customizeText: '{option} “{value}”',
  customizeAnyText: '{option}',
  customizeNoText: 'no {option}',
  customizeAtLeast: '{option} of at least {min}',
  customizeAtMost: '{option} of at most {max}',
  customizeBetween: '{option} of {min} to {max}',
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
  customizeLoading: 'Loading the options…',
  customizeMissingProduct: 'This product is not in the catalog',
  customizeWhy: '{values}: {reason}',
  customizeFilled: 'Text',
  customizeEmpty: 'No text',
  customizeLeft: { one: '# character left', other: '# characters left' } as Message,
  customizeSummary: 'Your configuration',
  customizeTotal: 'Total',
  customizeAdd: 'Add to compare',
  customizeSave: 'Save changes',
  customizeAdded: 'Added to your comparison',
  customizeSaved: 'Changes saved in your comparison',
  customizeRemoved: 'Removed from your comparison',
  customizeShare: 'Share',
  customizeLink: 'Link to this configuration',
  customizeCopied: 'Link copied',
  customizeCopyManually: 'Copy the link below',
} satisfies Record<string, Message>;
