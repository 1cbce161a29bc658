/**
 * The rankings an instance shows: for each category with an active context, and each category a
 * view asks for, that category's products ranked by the active context's criteria. One engine
 * per category and catalog (the feed's arrival makes new ones). An engine's first ranking is
 * built in tasks of its own — the columns it reads and each criterion's matches in slices, then
 * the ranking, then the counts the filter's controls show in slices, then its publication (the
 * views' first render) — so a first ranking of 10,000 products never holds the page in one long
 * task. A change meanwhile is not lost: the build for the older criteria stops at its next
 * pause, and the newest criteria are ranked, reusing what was read. Once an engine has ranked,
 * a change ranks at once, within its task.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { Catalog } from '../catalog/normalize.js';
import type { Shortlist } from '../shortlist.js';
import { own } from '../state/by-product.js';
import { runInSlices, untilStale, yieldToMain } from '../catalog/slices.js';
import type { ContextsState } from './contexts.js';
import { CriteriaEngine, type Ranking } from './ranking.js';

export interface Rankings {
  /** Rankings by category (`''`: the whole catalog), once the whole catalog has loaded. */
  readonly $rankings: ReadableAtom<ReadonlyMap<string, Ranking>>;
  /** Asks for the ranking of a category, with or without criteria (a view lists its products). */
  want(category: string): void;
}

export function createRankings(shortlist: Shortlist, { $contexts, $active }: ContextsState): Rankings {
  const $rankings = atom<ReadonlyMap<string, Ranking>>(new Map());
  const wanted = new Set<string>();
  const reported = new Set<string>();
  let engines = new Map<string, CriteriaEngine>();
  /** Engines that have ranked: their columns are read, so a change ranks at once. */
  const warm = new WeakSet<CriteriaEngine>();
  let catalog: Catalog | undefined;
  /** The latest update: an earlier one still reading columns stops when it resumes. */
  let latest = 0;
  let loading: Promise<void> | undefined;
  /**
   * The criteria views show values with units: the first number format loads the locale's data
   * (about 0.1 s on a laptop, 0.1–0.2 s at 4× CPU), so it is made in a task of its own before
   * their first ranking with criteria, rather than in the ranking's or their render's. Without
   * criteria they show counts, which below 1,000 need none: a listing's first visit never pays.
   */
  let numbersLoaded = false;

  const update = async () => {
    const run = ++latest;
    const stale = () => run !== latest;
    const contexts = $contexts.get();
    const active = $active.get();
    const categories = new Set([...wanted, ...Object.keys(active)]);
    const loaded = shortlist.$catalog.get();
    if (categories.size && loaded.status !== 'ready') {
      // Rankings need every product: the feed loads now if it has not (once; then the catalog's change calls again).
      loading ??= shortlist.ready.then(update, () => {});
      return;
    }
    if (loaded.catalog !== catalog) [catalog, engines] = [loaded.catalog, new Map()];
    const rankings = new Map<string, Ranking>();
    for (const category of categories) {
      const criteria = own(contexts, own(active, category) ?? '')?.criteria ?? [];
      const previous = $rankings.get().get(category);
      let engine = engines.get(category);
      if (engine && previous?.criteria === criteria) {
        rankings.set(category, previous);
        continue;
      }
      const products = catalog!.products;
      if (!engine) engines.set(category, (engine = new CriteriaEngine(category ? { ...catalog!, products: products.filter((product) => product.category === category) } : catalog!)));
      // A first ranking: its columns and matches in slices, then the ranking, then (publishing) the views' first render, each in a task of its own.
      const first = !warm.has(engine);
      if (criteria.length && wanted.size && !numbersLoaded) {
        numbersLoaded = true;
        await shortlist.format.loadNumbers();
        if (stale()) return;
      }
      if (first) {
        await runInSlices(untilStale(engine.prepare(criteria), stale));
        await yieldToMain();
        if (stale()) return;
      }
      const ranking = engine.rank(criteria);
      warm.add(engine);
      if (first) {
        await yieldToMain();
        await runInSlices(untilStale(ranking.countSteps(), stale));
        await yieldToMain();
      }
      if (stale()) return;
      // A criterion that does not fit the catalog (a preset naming an attribute it lacks): said once.
      for (const { error } of ranking.problems) {
        if (!reported.has(error.message)) shortlist.report(error);
        reported.add(error.message);
      }
      rankings.set(category, ranking);
    }
    $rankings.set(rankings);
  };
  for (const $store of [shortlist.$catalog, $contexts, $active]) $store.listen(update);
  void update();

  return {
    $rankings,
    want(category) {
      if (wanted.has(category)) return;
      // A view shows counts soon: the locale's digits (an `Intl.Locale`, about 50 ms at 4× CPU) are looked up in a task of their own.
      if (!wanted.size) setTimeout(() => shortlist.format.number(0));
      wanted.add(category);
      void update();
    },
  };
}
