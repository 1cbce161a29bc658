/**
 * The comparison's headless connector (InstantSearch's split of connector and widget):
 * everything the comparison view decides — which products are columns and in which order, the
 * view, the row order, the pinned reference, hidden and eliminated products, sorting, which
 * products show when only a few fit (a phone), the one-line summary of the view, what to tell
 * the shopper when there is nothing to compare — as one store and the actions that change it.
 * `<shortlist-compare>` renders it and forwards the shopper's intent; a React or Vue app can
 * render its own comparison from the same connector.
 */
import { atom, computed, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { fitOf, type Fit } from '../criteria/declaration.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { compareAgain, moveTo, summarizedTable, type Comparison } from './comparison.js';
import { compareOf } from './feature.js';
import type { Notes } from './notes.js';
import { columnsShown, type Position } from './paging.js';
import type { ShareState } from './share/share.js';
import type { CompareOptions, CompareView } from './table.js';
import type { SortDirection } from './tools/sort.js';
import type { Triage, TriageMark } from './triage.js';

/** What the shopper chose about the view, and what the view has room for. */
export interface ComparisonChoices {
  view: CompareView;
  /** Rows ordered by how much they separate the products; undefined: as `config.compare.orderBy` says. */
  separation?: boolean;
  hideEliminated: boolean;
  /** The product the others are measured against. */
  reference?: string;
  /** The last sort applied, and the tray it made: the summary names it while the tray stays that one. */
  sort?: { key: string; direction: SortDirection; tray: readonly string[] };
  /** How many product columns the view has room for (a phone: two); undefined: every product is a column. */
  columns?: number;
  /** With `columns`: how many of the other products come before the first one shown. */
  start?: number;
}

/** The choices a comparison starts with. */
export const DEFAULT_CHOICES: ComparisonChoices = { view: 'all', hideEliminated: false };

/** What to tell the shopper instead of the table, or above it: a message key. */
export type ComparisonNotice = 'compareEmpty' | 'compareAllHidden' | 'compareOne' | 'compareNoDifferences' | 'compareNoSimilarities';

export interface ComparisonState {
  /** `loading` until every product of the tray is known (the whole catalog, the feed included, loads for it). */
  status: 'loading' | 'ready';
  /** The tray, in column order, eliminated products included. */
  tray: readonly string[];
  view: CompareView;
  separation: boolean;
  hideEliminated: boolean;
  /** The pinned product, while it is in the tray. */
  reference?: string;
  triage: Triage;
  /** The shopper's notes by product. */
  notes: Notes;
  /** How many products of the tray are eliminated. */
  eliminated: number;
  /** The comparison; undefined while loading. */
  comparison?: Comparison;
  /**
   * The products shown as columns, in order: every compared product; or, when only some fit
   * (`setColumns`), the reference first and then as many of the others as fit from `start`.
   */
  columns: readonly string[];
  /** When not every other product fits: which of them show, counted from 1, out of how many. */
  position?: Position;
  /** The view in one line: "Only differences · Sorted by Price". */
  summary: string;
  /** Whether to show the short legend of the column buttons (until the shopper dismisses it). */
  legend: boolean;
  notice?: ComparisonNotice;
  /** How the shopper's criteria judge the products, while the criteria filter runs on the page: badges, cell marks, sorting by fit. */
  fit?: Fit;
}

export interface ComparisonConnector {
  readonly $state: ReadableAtom<ComparisonState>;
  /** The choices alone: set them with the actions below. */
  readonly $choices: ReadableAtom<ComparisonChoices>;
  setView(view: CompareView): void;
  setSeparation(on: boolean): void;
  setHideEliminated(on: boolean): void;
  /** Pins a product as the reference, or (undefined) none. */
  pin(id: string | undefined): void;
  /** Pins the product, or unpins it when it is the reference. */
  togglePin(id: string): void;
  /** Marks the product, or unmarks it when it has that mark. */
  toggleMark(id: string, mark: TriageMark): void;
  /**
   * Moves a column past its neighbour on that side (the products shown follow it); returns its
   * new position among the columns (from 1), or undefined when it cannot move.
   */
  move(id: string, side: 'left' | 'right'): number | undefined;
  remove(id: string): boolean;
  /** Orders the tray by an attribute key, `name`, `price`, `rating` or (with criteria) `fit`, best fit first when descending (the attributes' code loads on the first sort). */
  sort(key: string, direction: SortDirection): Promise<void>;
  /** What the comparison can be sorted by, with labels: name, price, rating, then (with `attributes`) the attributes shown. */
  sortKeys(attributes: boolean): Array<{ key: string; label: string }>;
  /** How many product columns fit (undefined: all of them): the view measures, the connector picks the products. */
  setColumns(columns: number | undefined): void;
  /** Shows the next (1) or previous (−1) of the other products, when not all fit. */
  slide(by: number): void;
  /** Hides the legend of the column buttons for good (persisted with the shopper's record). */
  dismissLegend(): void;
  /** The view shown, every row of it, as a CSV file (the shopper's notes and marks included); its code loads on the first export. */
  csv(): Promise<{ file: string; text: string }>;
  /** What a share link recreates: the tray, the reference, the view and the marks. */
  shareState(): ShareState;
}

/**
 * A comparison of the instance's tray. Choices are per view (marks and notes per instance):
 * pass the store of choices to keep them when the instance changes, or to set them from outside.
 */
export function createComparison(shortlist: Shortlist, $choices: WritableAtom<ComparisonChoices> = atom(DEFAULT_CHOICES)): ComparisonConnector {
  const { config, triage, notes, legend } = compareOf(shortlist);
  const { t } = shortlist.format;
  const choose = (choices: Partial<ComparisonChoices>) => $choices.set({ ...$choices.get(), ...choices });

  const options = (state: { separation: boolean; reference?: string }, view?: CompareView): CompareOptions => ({
    // The configuration's attributes, groups and labels; its orderBy gives way to the shopper's choice.
    ...config,
    view,
    orderBy: state.separation ? 'separation' : 'retailer',
    reference: state.reference,
    summary: { price: t('comparePrice'), rating: t('compareRating') },
  });

  /** The label of a sort key, as the sort list shows it. */
  const sortLabel = (key: string) => {
    if (key === 'name' || key === 'price' || key === 'rating') return t(key === 'name' ? 'compareName' : key === 'price' ? 'comparePrice' : 'compareRating');
    if (key === 'fit') return t('criteriaFit');
    return own(config.labels ?? {}, key) ?? shortlist.$catalog.get().products.attributeByKey.get(key)?.label ?? key;
  };

  let previous: Comparison | undefined;
  const $state = computed(
    [shortlist.$catalog, shortlist.$tray, triage.$triage, notes.$notes, legend.$dismissed, $choices, fitOf(shortlist)],
    (catalog, tray, marks, texts, dismissed, choices, fit): ComparisonState => {
      const separation = choices.separation ?? config.orderBy === 'separation';
      const ready = catalog.status === 'ready';
      // Until the catalog is complete, a pinned product missing from it may still arrive.
      const reference = choices.reference !== undefined && (!ready || tray.includes(choices.reference)) ? choices.reference : undefined;
      const eliminated = tray.filter((id) => own(marks, id) === 'eliminated').length;
      const { view, hideEliminated, sort } = choices;
      const summary = [t(view === 'all' ? 'compareViewAll' : view === 'differences' ? 'compareViewDifferences' : 'compareViewSimilarities')];
      if (separation) summary.push(t('compareSummarySeparation'));
      if (hideEliminated && eliminated) summary.push(t('compareSummaryHidden', { count: eliminated }));
      // "Sorted by" holds while the tray is the one the sort made: a move or an addition ends it.
      if (sort?.tray === tray) summary.push(t(sort.direction === 'ascending' ? 'compareSummarySorted' : 'compareSummarySortedDescending', { label: sortLabel(sort.key) }));
      const state: ComparisonState = {
        status: 'loading',
        tray,
        view,
        separation,
        hideEliminated,
        reference,
        triage: marks,
        notes: texts,
        eliminated,
        columns: [],
        summary: summary.join(' · '),
        legend: !dismissed,
        fit,
      };
      if (!ready) return state;
      const ids = hideEliminated ? tray.filter((id) => own(marks, id) !== 'eliminated') : tray;
      const comparison = (previous = compareAgain(previous, catalog.products, ids, options({ separation, reference })));
      const count = comparison.keys.length;
      let notice: ComparisonNotice | undefined;
      if (count === 0) notice = hideEliminated && tray.length ? 'compareAllHidden' : 'compareEmpty';
      else if (count === 1) notice = 'compareOne';
      else if (view === 'differences' && !comparison.differing) notice = 'compareNoDifferences';
      else if (view === 'similarities' && comparison.differing === comparison.table.rowCount) notice = 'compareNoSimilarities';
      return { ...state, status: 'ready', comparison, ...columnsShown(comparison, choices.columns, choices.start), notice };
    },
  );
  // The comparison needs every product of the tray: while it is shown, load the feed too.
  onMount($state, () => {
    if (shortlist.$catalog.get().status !== 'ready') shortlist.ready.catch(() => {});
  });

  const marked = (mark: TriageMark) => {
    const { tray, triage: marks } = $state.get();
    return tray.filter((id) => own(marks, id) === mark);
  };
  /** The code of sorting and CSV export, loaded on first use (the `compare-tools` chunk of the script-tag build). */
  const tools = <T>(load: () => Promise<T>) => shortlist.load('compare-tools', load);
  /** Moves the products shown by `by`, within the others. */
  const slide = (by: number) => {
    const { position } = $state.get();
    if (position) choose({ start: Math.max(0, Math.min(position.count - (position.last - position.first + 1), position.first - 1 + by)) });
  };

  return {
    $state,
    $choices,
    setView: (view) => choose({ view }),
    setSeparation: (separation) => choose({ separation }),
    setHideEliminated: (hideEliminated) => choose({ hideEliminated }),
    pin: (reference) => choose({ reference }),
    togglePin: (id) => choose({ reference: $state.get().reference === id ? undefined : id }),
    toggleMark: (id, mark) => triage.mark(id, own(triage.$triage.get(), id) === mark ? undefined : mark),
    move(id, side) {
      const { comparison, tray } = $state.get();
      const keys = comparison?.keys ?? [];
      const index = keys.indexOf(id);
      const step = side === 'left' ? -1 : 1;
      // Next to the neighbouring column, which is not always next in the tray when eliminated products are hidden.
      const neighbour = keys[index + step];
      if (index < 0 || neighbour === undefined) return undefined;
      const moved = moveTo(tray, id, tray.indexOf(neighbour));
      if (moved) shortlist.setTray(moved);
      // Moved out of the products shown: they follow it.
      if (!$state.get().columns.includes(id)) slide(step);
      return index + step + 1;
    },
    remove: (id) => shortlist.remove(id),
    async sort(key, direction) {
      const tray = shortlist.$tray.get();
      const byFit = key === 'fit' ? fitOf(shortlist).get()?.sort(tray) : undefined;
      if (byFit) shortlist.setTray(direction === 'ascending' ? byFit.reverse() : byFit);
      else {
        const { sortByAttribute } = await tools(() => import('./tools/sort.js'));
        shortlist.setTray(sortByAttribute(shortlist.$catalog.get().products, tray, key, direction, shortlist.config.locale));
      }
      // A new order starts from its first products.
      choose({ sort: { key, direction, tray: shortlist.$tray.get() }, start: 0 });
    },
    sortKeys(attributes) {
      const groups = attributes ? ($state.get().comparison?.table.groups ?? []) : [];
      const keys = groups.filter((group) => !group.summary).flatMap((group) => group.rows.map(({ def }) => ({ key: def.key, label: def.label })));
      const fit = $state.get().fit ? ['fit'] : [];
      return [...[...fit, 'name', 'price', 'rating'].map((key) => ({ key, label: sortLabel(key) })), ...keys];
    },
    setColumns: (columns) => choose({ columns }),
    slide,
    dismissLegend: legend.dismiss,
    async csv() {
      const state = $state.get();
      // The rows of the view shown, in full: what the shopper sees is what the file holds.
      const table = summarizedTable(shortlist.$catalog.get().products, state.comparison?.keys ?? [], options(state, state.view));
      const { comparisonCsv } = await tools(() => import('./tools/csv.js'));
      return comparisonCsv(table, shortlist.format, state);
    },
    shareState() {
      const { tray, reference, view } = $state.get();
      return { ids: [...tray], reference, view: view === 'all' ? undefined : view, eliminated: marked('eliminated'), shortlisted: marked('shortlisted') };
    },
  };
}
