/**
 * The criteria filter's declaration: its name, events and error code, known page-wide before its
 * code loads (see `feature.ts`), and the fit other features' views show (the tray, the
 * comparison), which they read here so that they never load the criteria's code themselves.
 */
import { atom, type WritableAtom } from 'nanostores';
import { declareFeature } from '../feature.js';
import type { Shortlist } from '../shortlist.js';
import type { FitStatus } from './combine.js';
import type { CriterionOperator, Importance, Requirement } from './criterion.js';
import type { Outcome } from './explain.js';

/** The query parameter of links that carry the shopper's criteria (`?shortlist-criteria=…`). */
export const CRITERIA_PARAM = 'shortlist-criteria';

declare module '../errors.js' {
  interface ErrorCodes {
    /** A shopper's criterion is malformed or does not fit the catalog. */
    criteria: true;
  }
}

/** Where a change happened: the category (`''` for the whole catalog) and the persona the context was seeded from. */
interface Where {
  category: string;
  persona?: string;
}

declare module '../events.js' {
  interface ShortlistEventMap {
    /**
     * The shopper changed the criteria of the active context: which attribute and operator, how
     * much it matters, and how many criteria the context holds now. Never the values asked for.
     */
    'criteria-change': Where & {
      change: 'add' | 'edit' | 'remove' | 'relax' | 'undo';
      attribute?: string;
      operator?: CriterionOperator;
      requirement?: Requirement;
      importance?: Importance;
      count: number;
    };
    /** The shopper made, switched to (or away from), renamed or removed a context; `count` contexts in the category now. Never its name. */
    'context-change': Where & { change: 'create' | 'switch' | 'rename' | 'remove'; count: number };
    /** The shopper picked one of the brand's personas. */
    'persona-pick': Where & { persona: string };
  }
}

/** How a product meets one criterion, worded. */
export interface Reason {
  attribute: string;
  outcome: Outcome;
  text: string;
}

/** How the shopper's criteria judge products, worded: what the tray and the comparison show. */
export interface Fit {
  /** The attributes the criteria judge (their keys, `price` and `rating` included). */
  readonly attributes: ReadonlySet<string>;
  /** The ids, best fit first; ids no criteria judge keep their order, after the others. */
  sort(ids: readonly string[]): string[];
  /** A product's fit badge ("Great fit · 86/100"); undefined when no criteria judge it. */
  of(id: string): { status: Exclude<FitStatus, 'unrated'>; text: string } | undefined;
  /** How a product meets each criterion that can judge it ("Weight: 1.7 kg, 0.2 kg over your 1.5 kg"). */
  reasons(id: string): Reason[];
  /** How a product meets the criterion on `attribute`; undefined when none does. */
  mark(id: string, attribute: string): Reason | undefined;
  /**
   * Makes `attribute` a criterion of the active context of product `id`'s category (with
   * `like`, from that product's value), and returns what to tell the shopper.
   */
  add(attribute: string, id: string, like?: boolean): string;
  /** `url` with the criteria that judge these products added (a share link); rejects when the code that writes them cannot load (reported). */
  link(url: string, ids: readonly string[]): Promise<string>;
}

const fits = new WeakMap<Shortlist, WritableAtom<Fit | undefined>>();

/** The fit of an instance's criteria: undefined until the criteria feature runs on the page, and while the shopper has no criteria. */
export function fitOf(shortlist: Shortlist): WritableAtom<Fit | undefined> {
  let $fit = fits.get(shortlist);
  if (!$fit) fits.set(shortlist, ($fit = atom(undefined)));
  return $fit;
}

export const criteriaDeclaration = declareFeature({
  name: 'criteria',
  events: ['criteria-change', 'context-change', 'persona-pick'],
  // Shared criteria in the address, or a page's own comparison, which shows the fit.
  wanted: () => new URLSearchParams(globalThis.location?.search).has(CRITERIA_PARAM) || !!globalThis.document?.querySelector('shortlist-compare:not([modal])'),
});
