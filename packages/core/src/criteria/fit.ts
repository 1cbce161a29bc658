/**
 * The fit other features' views show (see `Fit` in the declaration): each product judged by the
 * active context of its category (or, without one, of the whole catalog), worded in the
 * shopper's language. Made again whenever the rankings change.
 */
import type { Shortlist } from '../shortlist.js';
import type { CriteriaParts, CriteriaConnector } from './connector.js';
import type { CriteriaContext } from './contexts.js';
import type { FitStatus } from './combine.js';
import type { Fit, Reason } from './declaration.js';
import type { Ranking } from './ranking.js';
import { badgeText, explanationText } from './wording.js';
import { getOrInsertComputed } from '../get-or-insert.js';

/** The fit of `rankings`; undefined when no criteria judge any product. */
export function makeFit(shortlist: Shortlist, { contexts, share }: CriteriaParts, connector: (category: string) => CriteriaConnector, rankings: ReadonlyMap<string, Ranking>): Fit | undefined {
  const { format } = shortlist;
  const active = contexts.$active.get();
  const judging = (category: string) => (Object.hasOwn(active, category) && rankings.get(category)?.criteria.length ? category : undefined);
  if (![...rankings.keys()].some(judging)) return undefined;

  /** The category whose criteria judge a product. */
  const categoryOf = (id: string) => judging(shortlist.product(id)?.category ?? '') ?? judging('');
  const explained = new Map<string, Reason[]>();
  const judge = (id: string) => {
    const category = categoryOf(id);
    const ranking = category === undefined ? undefined : rankings.get(category)!;
    const index = ranking?.indexOf(id);
    return index === undefined ? undefined : { ranking: ranking!, index };
  };

  /** Each criterion's reason for a product, worded once per fit. */
  const reasons = (id: string): Reason[] =>
    getOrInsertComputed(explained, id, () => {
      const judged = judge(id);
      // A criterion that cannot rank these products has no explanation.
      return judged
        ? judged.ranking.explain(judged.index).map((explanation) => {
            const criterion = judged.ranking.criteria[explanation.criterion]!;
            const { attribute } = criterion;
            return { attribute, outcome: explanation.outcome, text: explanationText(format, judged.ranking.attribute(attribute)!, criterion, explanation) };
          })
        : [];
    });

  return {
    attributes: new Set([...rankings.values()].flatMap((ranking) => ranking.criteria.map(({ attribute }) => attribute))),
    sort(ids) {
      const place = (id: string) => judge(id)?.ranking.place(id) ?? Number.MAX_SAFE_INTEGER;
      return [...ids].sort((a, b) => place(a) - place(b));
    },
    of(id) {
      const judged = judge(id);
      if (!judged) return undefined;
      // Judged by criteria: never unrated.
      const status = judged.ranking.status(judged.index) as Exclude<FitStatus, 'unrated'>;
      return { status, text: badgeText(format, status, judged.ranking.score(judged.index)) };
    },
    reasons,
    mark: (id, attribute) => reasons(id).find((reason) => reason.attribute === attribute),
    add: (attribute, id, like) => connector(shortlist.product(id)?.category ?? '').add(attribute, like ? id : undefined) ?? '',
    async link(url, ids) {
      const all = contexts.$contexts.get();
      const shared = [...new Set(ids.map(categoryOf))].flatMap((category): CriteriaContext[] => (category === undefined ? [] : [all[active[category]!]!]));
      return shared.length ? (await share()).withCriteria(url, shared) : url;
    },
  };
}
