/**
 * The customizer's headless connector: everything a customizer view shows for one product —
 * each option's control, values and why some cannot be chosen, live validation, the price,
 * the preview, the summary, whether the configuration is complete and in the comparison — as
 * one store, and the actions that change it. `<shortlist-customizer>` renders it; a React or
 * Vue app can render its own from the same connector.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { defined } from '../catalog/entries.js';
import { formatDelta } from '../format/attribute.js';
import type { ListOption, OptionValue, Product, ProductOption } from '../model/types.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { configuratorFor, type Configurator, type GroupState } from './configurator.js';
import type { ConfigureDetail } from './declaration.js';
import { describeChoice, describeProblem, describeReason } from './describe.js';
import { customizeOf } from './feature.js';
import type { Reason } from './reasons.js';
import { configurationUrl } from './link.js';
import { configuredId, decodeSelection, encodeSelection, ID_SEPARATOR, parseConfiguredId, type Selection, type SelectionValue } from './selection.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/** How a view shows an option: swatches (`choice`), size buttons, a list (`material`), a text field, a slider with a number field. */
export type CustomizerControl = 'swatches' | 'sizes' | 'select' | 'text' | 'slider';

const CONTROLS: Record<ProductOption['kind'], CustomizerControl> = { choice: 'swatches', size: 'sizes', material: 'select', text: 'text', number: 'slider' };

/** A list option's value as a view shows it: the option's value (label, swatch, image…) and whether it can be chosen now. */
export interface CustomizerValue extends OptionValue {
  possible: boolean;
  /** Why it cannot be chosen, in words. */
  reason?: string;
  /** What it adds to the price, in words (`+€160.00`); absent when nothing. */
  delta?: string;
}

export interface CustomizerGroup {
  option: ProductOption;
  control: CustomizerControl;
  /** The value shown: a list value, a text or number as typed. */
  value?: SelectionValue;
  /** List options: every value, those that cannot be chosen included. */
  values: CustomizerValue[];
  /** What cannot be chosen, and why, a line per reason: "40, 41: Sold out in Colour: Red/Black". */
  unavailable: string[];
  /** What is wrong with the value, in words (a text's characters, a clash); a missing value is not shown here. */
  problem?: string;
}

/** What a customizer shows: `loading` until its product (with its options) is known, `missing` when the loaded catalog has no such product. */
export type CustomizerState = { status: 'loading' | 'missing' } | ReadyCustomizer;

/** A customizer with its product: what the store's cart needs (`ConfigureDetail`), and what the shopper sees. */
export interface ReadyCustomizer extends ConfigureDetail {
  status: 'ready';
  product: Product;
  groups: CustomizerGroup[];
  /** Why the configuration is not complete, in words. */
  problems: string[];
  /** The preview: the variant's image, else the product's, and the chosen values' layers over it. */
  image?: string;
  layers: string[];
  /** The chosen options in words, in the options' order. */
  summary: Array<{ label: string; value: string }>;
  /** Whether the configured item (`id`) is in the tray. */
  inTray: boolean;
  /** The tray item being edited (opened with "Edit"), while it is in the tray: adding replaces it. */
  editing?: string;
}

export interface CustomizerConnector {
  readonly $state: ReadableAtom<CustomizerState>;
  /** Chooses a value (a text or number as typed; undefined clears it). */
  choose(key: string, value: SelectionValue | undefined): void;
  /**
   * Opens a configured item of this product (a link's, or "Edit" in the tray): its options and,
   * while it is in the tray, editing it. False when the id is not one of this product's.
   */
  open(id: string): boolean;
  /**
   * Adds the complete configuration to the comparison (in place of the one being edited), or
   * removes it when it is there. Returns what to tell the shopper; nothing when the
   * configuration is not complete (its problems say why).
   */
  toggle(): string | undefined;
  /** A link to this page that opens the configuration. */
  share(): string;
  /** What the store's add-to-cart code needs (announced as `configure` on every change too). */
  detail(): ConfigureDetail;
}

/**
 * The customizer of one product. `initial`: a configured item's id to open (a link's);
 * otherwise it opens with the shopper's last configuration of the product, or nothing chosen.
 */
export function createCustomizer(shortlist: Shortlist, productId: string, initial?: string): CustomizerConnector {
  const { configurations, shown } = customizeOf(shortlist);
  const format = shortlist.format;
  const { t } = format;
  // The customizer needs its product, which the feed may bring: load the whole catalog.
  shortlist.ready.catch(() => {});
  /** What the shopper chose, as typed; undefined until they choose (then `opening`, or the saved configuration, applies). */
  const $chosen = atom<Readonly<Record<string, SelectionValue>> | undefined>(undefined);
  const $editing = atom(initial);
  let opening = initial;

  /** The selection a configured item's id holds, if it is one of this product's and readable. */
  const selectionIn = (configurator: Configurator, id = ''): Selection | undefined => {
    const parsed = parseConfiguredId(id);
    const selection = parsed?.productId === productId ? decodeSelection(configurator.options, parsed.selection) : undefined;
    return selection && !('problem' in selection) ? selection : undefined;
  };

  const $configuration = computed([shortlist.$catalog, $chosen], (catalog, chosen) => {
    const product = catalog.products.byId.get(productId);
    if (!product) return { status: catalog.status === 'ready' ? ('missing' as const) : ('loading' as const) };
    // A page describes its product without options (only a ProductGroup's JSON-LD has some): the feed may bring them.
    if (!product.options && catalog.status !== 'ready') return { status: 'loading' as const };
    const configurator = configuratorFor(product);
    shown(configurator);
    const saved = own(configurations.$values.get(), productId);
    // The saved configuration is a selection's text: as the id of a configured item of the product, it reads like a link's.
    const selection = chosen ?? selectionIn(configurator, opening) ?? selectionIn(configurator, saved && productId + ID_SEPARATOR + saved) ?? {};
    return { status: 'ready' as const, product, configurator, selection, state: configurator.state(selection) };
  });

  const $state = computed([$configuration, shortlist.$tray, $editing], (configuration, tray, editing): CustomizerState => {
    if (configuration.status !== 'ready') return { status: configuration.status };
    const { product, configurator, selection, state } = configuration;
    const id = state.complete ? configuredId(productId, configurator.options, state.selection) : undefined;
    const described = state.problems.map((problem) => ({ problem, words: describeProblem(problem, configurator, format) }));
    /** Reasons in words, by reason (as data): many values that cannot be chosen share one. */
    const reasonWords = new Map<string, string>();
    const wordReason = (reason: Reason) => getOrInsertComputed(reasonWords, JSON.stringify(reason), () => describeReason(reason, configurator, format));

    /** One option as a view shows it. */
    const groupOf = ({ option, value, values = [] }: GroupState): CustomizerGroup => {
      const reasons = new Map<string, string[]>();
      const shown = values.map((entry, index): CustomizerValue => {
        const reason = entry.reason && wordReason(entry.reason);
        if (reason) getOrInsertComputed(reasons, reason, () => []).push(entry.label);
        const delta = entry.priceDelta ? formatDelta(format, { key: 'price', label: '', type: 'money' }, entry.priceDelta, product.price!.currency) : undefined;
        // Made for every value at each change: plain assignments, cheaper than `defined`.
        const customizerValue: CustomizerValue = { ...(option as ListOption).values[index]!, possible: entry.possible };
        if (reason) customizerValue.reason = reason;
        if (delta) customizerValue.delta = delta;
        return customizerValue;
      });
      const problem = described.find((entry) => 'key' in entry.problem && entry.problem.key === option.key && entry.problem.kind !== 'missing');
      return defined({
        option,
        control: CONTROLS[option.kind],
        // Texts and numbers as typed: the state holds them checked (trimmed, or not at all when off the grid).
        value: own(selection, option.key) ?? value,
        values: shown,
        unavailable: [...reasons].map(([reason, labels]) => t('customizeWhy', { values: labels.join(', '), reason })),
        problem: problem?.words,
      });
    };

    return defined({
      status: 'ready' as const,
      productId,
      product,
      groups: state.groups.map(groupOf),
      complete: state.complete,
      selection: state.selection,
      sku: state.variant?.id,
      problems: described.map((entry) => entry.words),
      price: state.price,
      image: state.variant?.image ?? product.image,
      layers: state.groups.flatMap(({ option, value }) => ('values' in option && option.values.find((entry) => entry.value === value)?.layer) || []),
      summary: state.groups.flatMap(({ option, value }) => (value === undefined ? [] : [{ label: option.label, value: describeChoice(option, value, format) }])),
      id,
      inTray: id !== undefined && tray.includes(id),
      editing: editing && tray.includes(editing) ? editing : undefined,
    });
  });

  const detail = (): ConfigureDetail => {
    const state = $state.get();
    if (state.status !== 'ready') return { productId, complete: false, selection: {} };
    const { complete, id, sku, selection, price } = state;
    return defined({ productId, complete, id, sku, selection, price });
  };

  /** Sets what is chosen, remembers it for the product, and tells the store's code. */
  const select = (selection: Readonly<Record<string, SelectionValue>>) => {
    $chosen.set(selection);
    const configuration = $configuration.get();
    if (configuration.status === 'ready') configurations.set(productId, encodeSelection(configuration.configurator.options, configuration.state.selection));
    shortlist.announce('configure', detail());
  };

  return {
    $state,
    choose(key, value) {
      const configuration = $configuration.get();
      if (configuration.status !== 'ready') return;
      const { [key]: _previous, ...others } = configuration.selection;
      select(value === undefined ? others : { ...others, [key]: value });
    },
    open(id) {
      const configuration = $configuration.get();
      const selection = configuration.status === 'ready' ? selectionIn(configuration.configurator, id) : undefined;
      if (parseConfiguredId(id)?.productId !== productId || (configuration.status === 'ready' && !selection)) return false;
      // Until the product is known, it opens with this one.
      opening = id;
      $editing.set(id);
      if (selection) select(selection);
      return true;
    },
    toggle() {
      const state = $state.get();
      if (state.status !== 'ready' || !state.id) return undefined;
      const { id, inTray, editing } = state;
      if (inTray) {
        shortlist.remove(id);
        return t('customizeRemoved');
      }
      if (editing) shortlist.setTray(shortlist.$tray.get().map((item) => (item === editing ? id : item)));
      else if (shortlist.add(id) === 'full') return t('trayFull', { max: shortlist.config.tray.max });
      $editing.set(undefined);
      shortlist.announce('customize-add', { productId });
      return t(editing ? 'customizeSaved' : 'customizeAdded');
    },
    share() {
      const configuration = $configuration.get();
      shortlist.announce('customize-share', { productId });
      return configurationUrl(location.href, configuration.status === 'ready' ? configuredId(productId, configuration.configurator.options, configuration.state.selection) : productId);
    },
    detail,
  };
}
