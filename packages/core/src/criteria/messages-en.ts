/**
 * The criteria filter's copy in English: the fallback of every language. A draft of the
 * engine's wording (statuses, explanations, near misses, relaxations), for the views to come;
 * every key starts with `criteria` so it never collides with another table. Placeholders:
 * `{value}`, `{target}`, `{difference}` are formatted numbers with their unit or currency,
 * `{items}` a list, `{label}` the attribute's label; `#` is the count.
 */
import type { Message } from '../format/messages.js';

export const criteriaEn = {
  criteriaStatusGreat: 'Great fit',
  criteriaStatusGood: 'Good fit',
  criteriaStatusWeak: 'Weak fit',
  criteriaStatusFails: 'Fails a must-have',
  criteriaStatusUnknown: 'Not enough information',
  criteriaScore: 'Fit {score} of 100',
  criteriaMust: 'Must have',
  criteriaNice: 'Nice to have',
  criteriaImportanceNormal: 'Normal',
  criteriaImportanceImportant: 'Important',
  criteriaImportanceVeryImportant: 'Very important',
  criteriaMet: '{label}: {value}, as you want',
  criteriaOver: '{label}: {value}, {difference} over your {target}',
  criteriaUnder: '{label}: {value}, {difference} under your {target}',
  criteriaOther: '{label}: {value}, not what you asked for',
  criteriaLacks: '{label}: lacks {items}',
  criteriaHasUnwanted: '{label}: has {items}',
  criteriaUnknown: '{label}: not specified',
  criteriaNearMiss: 'Fails only: {reason}',
  criteriaPassing: { one: '# product meets your must-haves', other: '# products meet your must-haves' } as Message,
  criteriaNoneFit: 'No product meets all your must-haves.',
  criteriaRelaxUpTo: { one: 'Allow up to {target}: # more product', other: 'Allow up to {target}: # more products' } as Message,
  criteriaRelaxFrom: { one: 'Allow from {target}: # more product', other: 'Allow from {target}: # more products' } as Message,
  criteriaRelaxRange: { one: 'Allow {min} to {max}: # more product', other: 'Allow {min} to {max}: # more products' } as Message,
  criteriaRelaxNice: { one: 'Make {label} a nice-to-have: # more product', other: 'Make {label} a nice-to-have: # more products' } as Message,
};
