/**
 * The bases of the criteria elements: every one connects in turn (`in-turn.ts`), and those of a
 * category read the connector of their `category`, from the page's instance.
 */
import type { ReadableAtom } from 'nanostores';
import { createCriteria, criteriaFeature, type CriteriaConnector } from '@shortlist/core/criteria';
import { StoreController } from '../internal/store-controller.js';
import { ShortlistView } from '../internal/view.js';
import { connectInTurn, leaveTurn } from './in-turn.js';

/** A view that connects in turn: its shadow root, subscriptions and first render wait for a slice of the main thread. */
export class CriteriaView extends ShortlistView {
  override connectedCallback(): void {
    connectInTurn(this, () => super.connectedCallback());
  }

  override disconnectedCallback(): void {
    leaveTurn(this);
    super.disconnectedCallback();
  }
}

export class CriteriaElement extends CriteriaView {
  static override properties = { category: {} };

  /** The category whose products it ranks (products' `category`); none: the whole catalog. */
  declare category: string;

  constructor() {
    super();
    this.category = '';
  }

  /** The connector of the page's instance for this category; undefined until an instance exists. */
  protected get connector(): CriteriaConnector | undefined {
    // Until then, the feature's copy (so nothing reads as a message key).
    this.feature(criteriaFeature);
    return this.shortlist && createCriteria(this.shortlist, this.category);
  }

  /** Renders on every change of one of the connector's stores. */
  protected watch<T>(select: (connector: CriteriaConnector) => ReadableAtom<T>, fallback: T): StoreController<T> {
    return new StoreController(this, (shortlist) => select(createCriteria(shortlist, this.category)), fallback);
  }
}
