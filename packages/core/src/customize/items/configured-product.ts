/**
 * A complete configuration as a product of its own, so the tray, the comparison and the
 * criteria treat it like any other: a stable id from the base product's id and the selection,
 * the options in its name, the total as its price, the variant's availability and image, and
 * the chosen options as attributes (rows in the comparison, usable as criteria).
 */
import { defined } from '../../catalog/entries.js';
import { readAttribute } from '../../model/attributes.js';
import type { AttributeDef, AttributeValue, Product, ProductOption, Variant } from '../../model/types.js';
import { findUnit } from '../../model/units.js';
import { configuratorFor, type SelectionProblem } from '../configurator.js';
import { configurationUrl } from '../link.js';
import { configuredId, type Selection, type SelectionValue } from '../selection.js';

export interface ConfiguredItem {
  complete: true;
  product: Product;
  /** Definitions of the option attributes in `product.attributes`, in the options' order. */
  attributes: AttributeDef[];
  /** The canonical selection. */
  selection: Selection;
  variant?: Variant;
  /** Images to layer over the product's image for the chosen values, in the options' order. */
  layers: string[];
}

export interface IncompleteConfiguration {
  complete: false;
  problems: SelectionProblem[];
}

/**
 * The configured product for `selection` of `base`, or why the selection is not a complete
 * configuration (an incomplete or impossible one never becomes a product). `catalogAttributes`
 * (the catalog's `attributeByKey`): an option whose key is an attribute of the catalog and
 * whose values read as that attribute (`memory` "32 GB" as a number of gigabytes) fills that
 * attribute, so it compares and ranks with the other products; an option whose values do not
 * read as it gets the key `<key>-option`.
 */
export function configuredProduct(base: Product, selection: Readonly<Record<string, unknown>>, catalogAttributes: ReadonlyMap<string, AttributeDef> = new Map()): ConfiguredItem | IncompleteConfiguration {
  const configurator = configuratorFor(base);
  const state = configurator.state(selection);
  if (!state.complete) return { complete: false, problems: state.problems };
  const { options } = configurator;
  const chosen = options.filter((option) => Object.hasOwn(state.selection, option.key));
  const attributes: AttributeDef[] = [];
  const values: Record<string, AttributeValue> = { ...base.attributes };
  for (const option of chosen) {
    const { def, value } = optionAttribute(option, state.selection[option.key]!, catalogAttributes.get(option.key), base.price?.currency);
    attributes.push(def);
    values[def.key] = value;
  }
  const { variant } = state;
  const id = configuredId(base.id, options, state.selection);
  // Its page is the product's (or variant's), opening with this configuration: following it edits the item.
  const page = variant?.url ?? base.url;
  const url = page && configurationUrl(page, id);
  const product: Product = {
    id,
    name: `${base.name} (${chosen.map((option) => summaryOf(option, state.selection[option.key]!)).join(', ')})`,
    availability: state.availability,
    attributes: values,
    ...defined({ url, editUrl: url, image: variant?.image ?? base.image, brand: base.brand, price: state.price, rating: base.rating, category: base.category }),
  };
  const layers = chosen.flatMap((option) => ('values' in option ? option.values.filter((entry) => entry.value === state.selection[option.key] && entry.layer).map((entry) => entry.layer!) : []));
  return { complete: true, product, attributes, selection: state.selection, ...(variant ? { variant } : {}), layers };
}

/** The attribute an option's value becomes: under the catalog's definition when the value reads as it. */
function optionAttribute(option: ProductOption, value: SelectionValue, catalogDef: AttributeDef | undefined, currency: string | undefined): { def: AttributeDef; value: AttributeValue } {
  const raw = 'values' in option ? option.values.find((entry) => entry.value === value)!.label : value;
  if (catalogDef) {
    const read = readAttribute(catalogDef, raw, currency);
    if ('value' in read) return { def: catalogDef, value: read.value };
  }
  const key = catalogDef ? `${option.key}-option` : option.key;
  if (option.kind === 'number') {
    const unit = option.unit && findUnit(option.unit) ? option.unit : undefined;
    const def: AttributeDef = { key, label: option.label, type: 'number', ...(unit ? { unit } : {}) };
    const read = readAttribute(def, value, currency);
    return { def, value: 'value' in read ? read.value : (value as number) };
  }
  return { def: { key, label: option.label, type: option.kind === 'text' ? 'text' : 'enum' }, value: String(raw) };
}

/** How a chosen value reads in the product's name: a value's label, `Firmness 30`, `Engraving: Anna`. */
function summaryOf(option: ProductOption, value: SelectionValue): string {
  if ('values' in option) return option.values.find((entry) => entry.value === value)!.label;
  if (option.kind === 'number') return `${option.label} ${value}${option.unit ? ` ${option.unit}` : ''}`;
  return `${option.label}: ${value}`;
}
