/**
 * The comparison's headless connector (InstantSearch's split of connector and widget):
 * everything the comparison view decides — which products are columns and in which order, the
 * view, the row order, the pinned reference, hidden and eliminated products, sorting, what to
 * tell the shopper when there is nothing to compare — as one store and the actions that change
 * it. `<shortlist-compare>` renders it and forwards the shopper's intent; a React or Vue app
 * can render its own comparison from the same connector.
 */
import { atom, computed, onMount, type ReadableAtom } from 'nanostores';
import { fitOf, type Fit } from '../criteria/declaration.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { compareAgain, summarizedTable, type Comparison } from './comparison.js';
import { csvFileName, toCsv } from './csv.js';
import { compareOf } from './feature.js';
import type { ShareState } from './share.js';
import { moveTo, sortByAttribute, type SortDirection } from './sort.js';
import type { CompareOptions, CompareView } from './table.js';
import type { Notes } from './notes.js';
import type { Triage, TriageMark } from './triage.js';

/** What the shopper chose about the view. */
export interface ComparisonChoices {
  view: CompareView;
  /** Rows ordered by how much they separate the products; undefined: as `config.compare.orderBy` says. */
  separation?: boolean;
  hideEliminated: boolean;
  /** The product the others are measured against. */
  reference?: string;
}

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
  /** The comparison shown; undefined while loading. */
  comparison?: Comparison;
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
  /** Moves a column past its neighbour on that side; returns its new position among the columns (from 1), or undefined when it cannot move. */
  move(id: string, side: 'left' | 'right'): number | undefined;
  remove(id: string): boolean;
  /** Orders the tray by an attribute key, `name`, `price`, `rating` or (with criteria) `fit`, best fit first when descending. */
  sort(key: string, direction: SortDirection): void;
  /** What the comparison can be sorted by, with labels: name, price, rating, then (with `attributes`) the attributes shown. */
  sortKeys(attributes: boolean): Array<{ key: string; label: string }>;
  /** The view shown, every row of it, as a CSV file (the shopper's notes and marks included). */
  csv(): { file: string; text: string };
  /** What a share link recreates: the tray, the reference, the view and the marks. */
  shareState(): ShareState;
}

/** A comparison of the instance's tray; each view of it makes its own (choices are per view, marks and notes per instance). */
export function createComparison(shortlist: Shortlist, initial: Partial<ComparisonChoices> = {}): ComparisonConnector {
  const { config, triage, notes } = compareOf(shortlist);
  const { t } = shortlist.format;
  const $choices = atom<ComparisonChoices>({ view: 'all', hideEliminated: false, ...initial });
  const choose = (choices: Partial<ComparisonChoices>) => $choices.set({ ...$choices.get(), ...choices });

  const options = (state: { separation: boolean; reference?: string }, view?: CompareView): CompareOptions => ({
    // The configuration's attributes, groups and labels; its orderBy gives way to the shopper's choice.
    ...config,
    view,
    orderBy: state.separation ? 'separation' : 'retailer',
    reference: state.reference,
    summary: { price: t('comparePrice'), rating: t('compareRating') },
  });

  let previous: Comparison | undefined;
  const $state = computed([shortlist.$catalog, shortlist.$tray, triage.$triage, notes.$notes, $choices, fitOf(shortlist)], (catalog, tray, marks, texts, choices, fit): ComparisonState => {
    const separation = choices.separation ?? config.orderBy === 'separation';
    const ready = catalog.status === 'ready';
    // Until the catalog is complete, a pinned product missing from it may still arrive.
    const reference = choices.reference !== undefined && (!ready || tray.includes(choices.reference)) ? choices.reference : undefined;
    const eliminated = tray.filter((id) => own(marks, id) === 'eliminated').length;
    const state: ComparisonState = { status: 'loading', tray, view: choices.view, separation, hideEliminated: choices.hideEliminated, reference, triage: marks, notes: texts, eliminated, fit };
    if (!ready) return state;
    const ids = choices.hideEliminated ? tray.filter((id) => own(marks, id) !== 'eliminated') : tray;
    const comparison = (previous = compareAgain(previous, catalog.products, ids, options({ separation, reference })));
    const count = comparison.keys.length;
    let notice: ComparisonNotice | undefined;
    if (count === 0) notice = choices.hideEliminated && tray.length ? 'compareAllHidden' : 'compareEmpty';
    else if (count === 1) notice = 'compareOne';
    else if (choices.view === 'differences' && !comparison.differing) notice = 'compareNoDifferences';
    else if (choices.view === 'similarities' && comparison.differing === comparison.table.rowCount) notice = 'compareNoSimilarities';
    return { ...state, status: 'ready', comparison, notice };
  });
  // The comparison needs every product of the tray: while it is shown, load the feed too.
  onMount($state, () => {
    if (shortlist.$catalog.get().status !== 'ready') shortlist.ready.catch(() => {});
  });

  const marked = (mark: TriageMark) => {
    const { tray, triage: marks } = $state.get();
    return tray.filter((id) => own(marks, id) === mark);
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
      // Next to the neighbouring column, which is not always next in the tray when eliminated products are hidden.
      const neighbour = keys[index + (side === 'left' ? -1 : 1)];
      if (index < 0 || neighbour === undefined) return undefined;
      const moved = moveTo(tray, id, tray.indexOf(neighbour));
      if (moved) shortlist.setTray(moved);
      return index + (side === 'left' ? 0 : 2);
    },
    remove: (id) => shortlist.remove(id),
    sort(key, direction) {
      const tray = shortlist.$tray.get();
      const fit = fitOf(shortlist).get();
      const byFit = key === 'fit' && fit?.sort(tray);
      shortlist.setTray(byFit ? (direction === 'ascending' ? byFit.reverse() : byFit) : sortByAttribute(shortlist.$catalog.get().products, tray, key, direction, shortlist.config.locale));
    },
    sortKeys(attributes) {
      const groups = attributes ? ($state.get().comparison?.table.groups ?? []) : [];
      const keys = groups.filter((group) => !group.summary).flatMap((group) => group.rows.map(({ def }) => ({ key: def.key, label: def.label })));
      const fit = $state.get().fit ? [{ key: 'fit', label: t('criteriaFit') }] : [];
      return [...fit, { key: 'name', label: t('compareName') }, { key: 'price', label: t('comparePrice') }, { key: 'rating', label: t('compareRating') }, ...keys];
    },
    csv() {
      const state = $state.get();
      // The rows of the view shown, in full: what the shopper sees is what the file holds.
      const table = summarizedTable(shortlist.$catalog.get().products, state.comparison?.keys ?? [], options(state, state.view));
      const text = toCsv(table, shortlist.format, {
        notes: state.notes,
        triage: state.triage,
        labels: {
          name: t('compareName'),
          brand: t('compareBrand'),
          price: t('comparePrice'),
          url: t('compareLink'),
          note: t('compareNote'),
          triage: t('compareStatus'),
          shortlisted: t('compareShortlisted'),
          eliminated: t('compareEliminated'),
        },
      });
      return { file: csvFileName(new Date()), text };
    },
    shareState() {
      const { tray, reference, view } = $state.get();
      return { ids: [...tray], reference, view: view === 'all' ? undefined : view, eliminated: marked('eliminated'), shortlisted: marked('shortlisted') };
    },
  };
}
