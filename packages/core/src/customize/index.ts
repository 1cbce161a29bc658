/**
 * `@shortlist/core/customize`: the customizer, headless. The connector (`createCustomizer`)
 * decides what a customizer view shows; the engine below it configures a product from its
 * options, rules and variants — what is possible and why not, price, variant, selections and
 * their text, configured items as products of their own. Importing this module declares the
 * feature. See docs/customize.md.
 *
 * @module
 */
export { customizeDeclaration, type ConfigureDetail } from './declaration.js';
export { customizeFeature, customizeOf, type CustomizeFeature } from './feature.js';
export {
  createCustomizer,
  type CustomizerConnector,
  type CustomizerState,
  type ReadyCustomizer,
  type CustomizerGroup,
  type CustomizerValue,
  type CustomizerControl,
} from './connector.js';
export { configuredItems } from './items/source.js';
export { CONFIGURE_PARAM, configurationUrl, linkedId } from './link.js';
export { checkConfiguration } from './check/check.js';
export { describeSelectionText } from './check/selection-text.js';
export {
  Configurator,
  configuratorFor,
  type ConfigurationState,
  type GroupState,
  type ValueState,
  type Possibility,
  type SelectionProblem,
} from './configurator.js';
export { configuredProduct, type ConfiguredItem, type IncompleteConfiguration } from './items/configured-product.js';
export { ConfigurationError, type ConfigurationErrorDetails } from './check/errors.js';
export { DataProblem } from './read-options.js';
export type { Expected } from './check/expected.js';
export type { Reason, Choice } from './reasons.js';
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
  type SelectionTextProblem,
} from './selection.js';
export type { TextProblem } from './text.js';
export { describeReason, describeProblem, describeChoice, type Translator } from './describe.js';
export { customizeMessages, type CustomizeMessageKey } from './messages.js';
export type { ListOption, TextOption, NumberOption, ProductOption, OptionValue, OptionKind, OptionClause, OptionRule, PriceDelta } from '../model/types.js';
export type { OptionInput, OptionValueInput, RuleInput, ConditionInput } from '../model/input.js';
