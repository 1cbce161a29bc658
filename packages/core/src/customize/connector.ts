/**
 * The customizer's headless connector: everything a customizer view shows for one product —
 * each option's control, values and why some cannot be chosen, live validation, the price,
 * the preview, the summary, whether the configuration is complete and in the comparison — as
 * one store, and the actions that change it. `<shortlist-customizer>` renders it; a React or
 * Vue app can render its own from the same connector.
 */
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import { formatDelta } from '../format/attribute.js';
import type { Money, Product, ProductOption } from '../model/types.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { type ConfigurationState, configuratorFor, type Configurator, type Possibility } from './configurator.js';
import type { ConfigureDetail } from './declaration.js';
import { describeProblem, describeReason } from './describe.js';
import { customizeOf } from './feature.js';
import { configurationUrl } from './link.js';
import { configuredId, decodeSelection, encodeSelection, parseConfiguredId, type Selection, type SelectionValue } from './selection.js';

/** How a view shows an option: swatches (`choice`), size buttons, a list (`material`), a text field, a slider with a number field. */
export type CustomizerControl = 'swatches' | 'sizes' | 'select' | 'text' | 'slider';

const CONTROLS: Record<ProductOption['kind'], CustomizerControl> = { choice: 'swatches', size: 'sizes', material: 'select', text: 'text', number: 'slider' };

export interface CustomizerValue {
  value: string;
  label: string;
  possible: boolean;
  /** Why it cannot be chosen, in words. */
  reason?: string;
  /** What it adds to the price, in words (`+€160.00`); absent when nothing. */
  delta?: string;
  swatch?: string;
  image?: string;
}

export interface CustomizerGroup {
  option: ProductOption;
  control: CustomizerControl;
  /** The value shown: a list value, a text as typed, a number. */
  value?: SelectionValue;
  /** List options: every value, those that cannot be chosen included. */
  values: CustomizerValue[];
  /** What cannot be chosen, and why, one line per reason: "40, 41: Sold out in Colour: Red/Black". */
  unavailable: string[];
  /** What is wrong with the value, in words (a text's characters, a clash); a missing value is not shown here. */
  problem?: string;
}

export interface CustomizerState {
  /** `missing`: the catalog has loaded and has no such product. */
  status: 'loading' | 'missing' | 'ready';
  product?: Product;
  groups: CustomizerGroup[];
  /** A complete, valid and available configuration: only then can it be added or emitted as complete. */
  complete: boolean;
  /** Why it is not complete, in words. */
  problems: string[];
  /** The total for what is chosen, in the product's currency. */
  price?: Money;
  /** The preview: the variant's image, else the product's, and the chosen values' layers over it. */
  image?: string;
  layers: string[];
  /** The chosen options in words, in the options' order. */
  summary: Array<{ label: string; value: string }>;
  /** The configured item's id, when complete. */
  id?: string;
  /** Whether that configured item is in the tray. */
  inTray: boolean;
  /** The tray item being edited (opened with "Edit"), while it is in the tray: adding replaces it. */
  editing?: string;
}

/** What the main button did. */
export type CustomizerAction = 'added' | 'saved' | 'removed' | 'full' | 'incomplete';

export interface CustomizerConnector {
  readonly $state: ReadableAtom<CustomizerState>;
  /** Chooses a value (a text as typed; undefined clears it). */
  choose(key: string, value: SelectionValue | undefined): void;
  /** Opens a configured item of this product (a link's, or "Edit" from the tray): its options, and, when it is in the tray, editing it. False when the id is not one of this product. */
  open(id: string): boolean;
  /** Adds the complete configuration to the comparison (replacing the one being edited), or removes it when it is there. */
  toggle(): CustomizerAction;
  /** A link to this page that restores the configuration. */
  share(): string;
  /** What the retailer's add-to-cart code needs (also announced as `configure` on every change). */
  detail(): ConfigureDetail;
}

/**
 * The customizer of one product. `initial`: a configured item's id to open with (a link's);
 * otherwise the shopper's last configuration of the product, or nothing chosen.
 */
export function createCustomizer(shortlist: Shortlist, productId: string, initial?: string): CustomizerConnector {
  const { configurations, check } = customizeOf(shortlist);
  const format = shortlist.format;
  const { t } = format;
  /** What the shopper chose, as typed; undefined until they choose (`initial` or the saved configuration applies). */
  const $chosen = atom<Readonly<Record<string, SelectionValue>> | undefined>(undefined);
  const $editing = atom<string | undefined>(undefined);
  let opening = initial;

  /** The product's selection in a configured item's id; undefined when the id is another product's or unreadable. */
  const selectionIn = (configurator: Configurator, id: string | undefined): Selection | undefined => {
    const parsed = id === undefined ? undefined : parseConfiguredId(id);
    const selection = parsed?.productId === productId ? decodeSelection(configurator.options, parsed.selection) : undefined;
    return selection && !('error' in selection) ? selection : undefined;
  };

  const $configuration = computed([shortlist.$catalog, $chosen], (catalog, chosen) => {
    const product = catalog.products.byId.get(productId);
    if (!product) return { status: catalog.status === 'ready' ? ('missing' as const) : ('loading' as const) };
    const configurator = configuratorFor(product);
    check(configurator);
    const saved = own(configurations.$values.get(), productId);
    const selection = chosen ?? selectionIn(configurator, opening) ?? selectionIn(configurator, saved === undefined ? undefined : `${productId}~${saved}`) ?? {};
    return { status: 'ready' as const, product, configurator, selection, state: configurator.state(selection) };
  });
  // The customizer needs its product: while it is shown, load the feed too.
  onMount($configuration, () => {
    if (shortlist.$catalog.get().status !== 'ready') shortlist.ready.catch(() => {});
  });

  const $state = computed([$configuration, shortlist.$tray, $editing], (configuration, tray, editing): CustomizerState => {
    const empty = { groups: [], complete: false, problems: [], layers: [], summary: [], inTray: false };
    if (configuration.status !== 'ready') return { status: configuration.status, ...empty };
    const { product, configurator, selection, state } = configuration;
    const id = state.complete ? configuredId(productId, configurator.options, state.selection) : undefined;
    const layers = configurator.options.flatMap((option) =>
      'values' in option ? option.values.flatMap((entry) => (entry.layer && state.selection[option.key] === entry.value ? [entry.layer] : [])) : [],
    );
    return {
      status: 'ready',
      product,
      groups: state.groups.map((group) => groupOf(group, selection, state, configurator)),
      complete: state.complete,
      problems: state.problems.map((problem) => describeProblem(problem, configurator, format)),
      ...(state.price ? { price: state.price } : {}),
      image: state.variant?.image ?? product.image,
      layers,
      summary: state.groups.flatMap(({ option, value }) => (value === undefined || value === '' ? [] : [{ label: option.label, value: valueText(option, value) }])),
      ...(id ? { id } : {}),
      inTray: id !== undefined && tray.includes(id),
      ...(editing && tray.includes(editing) ? { editing } : {}),
    };
  });

  /** One option as the view shows it. */
  const groupOf = (group: ConfigurationState['groups'][number], chosen: Readonly<Record<string, unknown>>, state: ConfigurationState, configurator: Configurator): CustomizerGroup => {
    const { option } = group;
    const currency = configurator.product.price?.currency;
    const reasons = new Map<string, string[]>();
    const unavailable = (label: string, possibility: Possibility) => {
      if (possibility.possible) return;
      const reason = describeReason(possibility.reason!, configurator, format);
      reasons.set(reason, [...(reasons.get(reason) ?? []), label]);
      return reason;
    };
    const values = (group.values ?? []).map((entry, index): CustomizerValue => {
      const { swatch, image } = 'values' in option ? option.values[index]! : {};
      const reason = unavailable(entry.label, entry);
      return {
        value: entry.value,
        label: entry.label,
        possible: entry.possible,
        ...(reason ? { reason } : {}),
        ...(entry.priceDelta && currency ? { delta: formatDelta(format, { key: 'price', label: '', type: 'money' }, entry.priceDelta, currency) } : {}),
        ...(swatch ? { swatch } : {}),
        ...(image ? { image } : {}),
      };
    });
    for (const range of group.ranges ?? []) unavailable(range.min === range.max ? valueText(option, range.min) : `${valueText(option, range.min)}–${valueText(option, range.max)}`, range);
    if (group.text) {
      unavailable(t('customizeFilled'), group.text.filled);
      unavailable(t('customizeEmpty'), group.text.empty);
    }
    const problem = state.problems.find((entry) => 'key' in entry && entry.key === option.key && entry.kind !== 'missing');
    return {
      option,
      control: CONTROLS[option.kind],
      // A text as typed (the state holds it trimmed), a list value or number as the state reads it.
      value: option.kind === 'text' && typeof chosen[option.key] === 'string' ? (chosen[option.key] as string) : group.value,
      values,
      unavailable: [...reasons].map(([reason, labels]) => t('customizeWhy', { values: labels.join(', '), reason })),
      ...(problem ? { problem: describeProblem(problem, configurator, format) } : {}),
    };
  };

  const valueText = (option: ProductOption, value: SelectionValue) =>
    'values' in option ? (option.values.find((entry) => entry.value === value)?.label ?? String(value)) : typeof value === 'number' ? `${format.number(value)}${option.kind === 'number' && option.unit ? ` ${option.unit}` : ''}` : value;

  const detail = (): ConfigureDetail => {
    const configuration = $configuration.get();
    const state = configuration.status === 'ready' ? configuration.state : undefined;
    const id = $state.get().id;
    return { productId, complete: !!id, ...(id ? { id } : {}), ...(state?.variant ? { sku: state.variant.id } : {}), selection: state?.selection ?? {}, ...(state?.price ? { price: state.price } : {}) };
  };

  /** Sets what is chosen, remembers it for the product, and tells the retailer's code. */
  const select = (selection: Readonly<Record<string, SelectionValue>>) => {
    $chosen.set(selection);
    const configuration = $configuration.get();
    if (configuration.status !== 'ready') return;
    configurations.set(productId, encodeSelection(configuration.configurator.options, configuration.state.selection));
    shortlist.announce('configure', detail());
  };

  return {
    $state,
    choose(key, value) {
      const configuration = $configuration.get();
      if (configuration.status !== 'ready') return;
      const { [key]: _previous, ...others } = $chosen.get() ?? configuration.selection;
      select(value === undefined ? others : { ...others, [key]: value });
    },
    open(id) {
      const configuration = $configuration.get();
      if (configuration.status !== 'ready') {
        // Applied once the product is known.
        opening = id;
        return parseConfiguredId(id)?.productId === productId;
      }
      const selection = selectionIn(configuration.configurator, id);
      if (!selection) return false;
      $editing.set(id);
      select(selection);
      return true;
    },
    toggle() {
      const { id, inTray, editing } = $state.get();
      if (!id) return 'incomplete';
      if (inTray) {
        shortlist.remove(id);
        return 'removed';
      }
      let result: CustomizerAction = 'saved';
      if (editing) shortlist.setTray(shortlist.$tray.get().map((item) => (item === editing ? id : item)));
      else result = shortlist.add(id) === 'full' ? 'full' : 'added';
      $editing.set(undefined);
      if (result !== 'full') shortlist.announce('customize-add', { productId });
      return result;
    },
    share() {
      const configuration = $configuration.get();
      shortlist.announce('customize-share', { productId });
      return configurationUrl(location.href, configuration.status === 'ready' ? configuredId(productId, configuration.configurator.options, configuration.state.selection) : productId);
    },
    detail,
  };
}
