/**
 * The fit other features' views show (see `Fit` in the declaration): each product judged by the
 * active context of its category (or, without one, of the whole catalog), worded in the
 * shopper's language. Made again whenever the rankings change.
 */
import type { Shortlist } from '../shortlist.js';
import type { CriteriaParts, CriteriaConnector } from './connector.js';
import type { CriteriaContext } from './contexts.js';
import type { Fit, Reason } from './declaration.js';
import type { Ranking } from './ranking.js';
import { withCriteria } from './share.js';
import { badgeText, explanationText } from './wording.js';

/** The fit of `rankings`; undefined when no criteria judge any product. */
export function makeFit(shortlist: Shortlist, { contexts }: CriteriaParts, connector: (category: string) => CriteriaConnector, rankings: ReadonlyMap<string, Ranking>): Fit | undefined {
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

  return {
    attributes: new Set([...rankings.values()].flatMap((ranking) => ranking.criteria.map(({ attribute }) => attribute))),
    sort(ids) {
      const place = (id: string) => judge(id)?.ranking.place(id) ?? Number.MAX_SAFE_INTEGER;
      return [...ids].sort((a, b) => place(a) - place(b));
    },
    of(id) {
      const judged = judge(id);
      const status = judged?.ranking.status(judged.index);
      return !judged || !status || status === 'unrated' ? undefined : { status, text: badgeText(format, status, judged.ranking.score(judged.index)) };
    },
    reasons(id) {
      let reasons = explained.get(id);
      if (!reasons) {
        const judged = judge(id);
        // A criterion that cannot rank these products has no explanation.
        reasons = judged
          ? judged.ranking.explain(judged.index).map((explanation) => {
              const criterion = judged.ranking.criteria[explanation.criterion]!;
              const { attribute } = criterion;
              return { attribute, outcome: explanation.outcome, text: explanationText(format, judged.ranking.attribute(attribute)!, criterion, explanation) };
            })
          : [];
        explained.set(id, reasons);
      }
      return reasons;
    },
    mark(id, attribute) {
      return this.reasons(id).find((reason) => reason.attribute === attribute);
    },
    add: (attribute, id, like) => connector(shortlist.product(id)?.category ?? '').add(attribute, like ? id : undefined) ?? '',
    link(url, ids) {
      const all = contexts.$contexts.get();
      const shared = [...new Set(ids.map(categoryOf))].flatMap((category): CriteriaContext[] => (category === undefined ? [] : [all[active[category]!]!]));
      return shared.length ? withCriteria(url, shared) : url;
    },
  };
}
