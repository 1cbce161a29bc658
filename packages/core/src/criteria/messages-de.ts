/** The criteria filter's copy in German (a draft; see `messages-en.ts`). */
import type { Message } from '../format/messages.js';
import type { criteriaEn } from './messages-en.js';

export const criteriaDe: Record<keyof typeof criteriaEn, Message> = {
  criteriaStatusGreat: 'Passt sehr gut',
  criteriaStatusGood: 'Passt gut',
  criteriaStatusWeak: 'Passt wenig',
  criteriaStatusFails: 'Verfehlt ein Muss-Kriterium',
  criteriaStatusUnknown: 'Zu wenige Angaben',
  criteriaScore: 'Passung {score} von 100',
  criteriaMust: 'Muss',
  criteriaNice: 'Wäre schön',
  criteriaImportanceNormal: 'Normal',
  criteriaImportanceImportant: 'Wichtig',
  criteriaImportanceVeryImportant: 'Sehr wichtig',
  criteriaMet: '{label}: {value}, wie gewünscht',
  criteriaOver: '{label}: {value}, {difference} über Ihrem Höchstwert {target}',
  criteriaUnder: '{label}: {value}, {difference} unter Ihrem Mindestwert {target}',
  criteriaOther: '{label}: {value}, nicht wie gewünscht',
  criteriaLacks: '{label}: ohne {items}',
  criteriaHasUnwanted: '{label}: mit {items}',
  criteriaUnknown: '{label}: keine Angabe',
  criteriaNearMiss: 'Verfehlt nur: {reason}',
  criteriaPassing: { one: '# Produkt erfüllt Ihre Muss-Kriterien', other: '# Produkte erfüllen Ihre Muss-Kriterien' },
  criteriaNoneFit: 'Kein Produkt erfüllt alle Ihre Muss-Kriterien.',
  criteriaRelaxUpTo: { one: 'Bis {target} zulassen: # Produkt mehr', other: 'Bis {target} zulassen: # Produkte mehr' },
  criteriaRelaxFrom: { one: 'Ab {target} zulassen: # Produkt mehr', other: 'Ab {target} zulassen: # Produkte mehr' },
  criteriaRelaxRange: { one: '{min} bis {max} zulassen: # Produkt mehr', other: '{min} bis {max} zulassen: # Produkte mehr' },
  criteriaRelaxNice: { one: '{label} als „wäre schön“: # Produkt mehr', other: '{label} als „wäre schön“: # Produkte mehr' },
};
