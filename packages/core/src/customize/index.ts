/**
 * The customizer's engine (`@shortlist/core/customize`): headless, no DOM. Configure a product
 * from its options, rules and variants; see what is possible and why not; price, resolve and
 * serialize a selection; turn a complete configuration into a product of its own.
 * See docs/customize.md.
 *
 * @packageDocumentation
 */
export {
  Configurator,
  configuratorFor,
  type ConfigurationState,
  type GroupState,
  type ValueState,
  type RangeState,
  type Possibility,
  type SelectionProblem,
} from './configurator.js';
export { configuredProduct, type ConfiguredItem, type IncompleteConfiguration } from './configured-product.js';
export { ConfigurationError, type ConfigurationErrorDetails } from './errors.js';
export type { Reason, Choice } from './reasons.js';
export type { NumberRange } from './model.js';
export {
  checkSelection,
  readSelectionValue,
  encodeSelection,
  decodeSelection,
  configuredId,
  parseConfiguredId,
  SELECTION_MAX_LENGTH,
  CONFIGURED_ID_MAX_LENGTH,
  ID_SEPARATOR,
  type Selection,
  type SelectionValue,
  type CheckedSelection,
  type ValueProblem,
  type SelectionProblemText,
} from './selection.js';
export type { TextProblem } from './text.js';
export { describeReason, describeProblem, type Translator } from './describe.js';
export { customizeMessages, type CustomizeMessageKey } from './messages.js';
export type { ListOption, TextOption, NumberOption, ProductOption, OptionValue, OptionKind, OptionClause, OptionRule, PriceDelta } from '../model/types.js';
export type { OptionInput, OptionValueInput, RuleInput, ConditionInput } from '../model/input.js';
