/** Why a selection text cannot be read, in English, for developers and logs: loaded with the checks. */
import { describeValue } from '../../errors.js';
import { SELECTION_MAX_LENGTH, type SelectionTextProblem } from '../selection.js';

/** "This configuration cannot be read: option "size" is given twice." */
export function describeSelectionText(problem: SelectionTextProblem): string {
  const words = (): string => {
    switch (problem[0]) {
      case 'too-long':
        return `it is ${problem[1]} characters long, more than ${SELECTION_MAX_LENGTH}`;
      case 'malformed':
        return `${describeValue(problem[1])} is not a selection text`;
      case 'not-pairs':
        return `${describeValue(problem[1])} is not a list of options and values`;
      case 'unknown-option':
        return `${describeValue(problem[1])} is not an option of this product`;
      case 'repeated':
        return `option ${describeValue(problem[1])} is given twice`;
      case 'not-a-number':
        return `${describeValue(problem[1])} is not a number for ${problem[2]}`;
      case 'invalid':
        return `${describeValue(problem[1])} is not a valid value of ${problem[2]}`;
    }
  };
  return `This configuration cannot be read: ${words()}.`;
}
