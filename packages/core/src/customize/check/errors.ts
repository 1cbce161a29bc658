/**
 * Configuration errors: option data or rules of one product that the customizer cannot use.
 * The product stays in the catalog (it can still be compared as it is); the error names it,
 * the rules and the options involved, and links to docs/customize.md.
 */
import { ShortlistError } from '../../errors.js';

export interface ConfigurationErrorDetails {
  /** Path of the field in the product (`options[1].values[2].swatch`, `rules[3].if.cpu`). */
  field?: string;
  expected?: string;
  found?: unknown;
  /** Indices into the product's `rules`. */
  rules?: readonly number[];
  /** Keys of the options involved. */
  options?: readonly string[];
}

export class ConfigurationError extends ShortlistError {
  readonly productId: string;
  readonly rules: readonly number[];
  readonly options: readonly string[];

  constructor(productId: string, summary: string, details: ConfigurationErrorDetails = {}) {
    const { rules = [], options = [], ...rest } = details;
    super(`product "${productId}": ${summary}`, { code: 'catalog', docs: 'customize.md#errors', ...rest });
    this.productId = productId;
    this.rules = rules;
    this.options = options;
  }
}
