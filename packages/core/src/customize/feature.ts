/**
 * The customizer as a feature: its copy and events, the shopper's configuration of each
 * product (persisted), configured items as products of the one resolver (their code loads
 * with the first one in the tray), and, when the page is idle after a product's first
 * configuration, the locale's list data and the checks of the product's option data and rules.
 */
import { defineFeature } from '../define-feature.js';
import { once } from '../once.js';
import type { Shortlist } from '../shortlist.js';
import { byProductState, type ByProductState } from '../state/by-product.js';
import type { Configurator } from './configurator.js';
import { customizeDeclaration } from './declaration.js';
import { prepareLists } from './describe.js';
import { customizeMessages } from './messages.js';
import { parseConfiguredId, SELECTION_MAX_LENGTH } from './selection.js';

/** What the customizer adds to an instance. */
export interface CustomizeFeature {
  /**
   * The shopper's configuration of each product so far, complete or not (its selection's
   * text), by product id: the customizer opens with it. Persisted as the `configurations` slice.
   */
  readonly configurations: ByProductState<string>;
  /**
   * A product's configurator is shown: once per configurator, when the page is idle, loads the
   * locale's list data (reasons in words need it; the shopper's first change should not wait for
   * it) and reports the product's configuration errors (the checks of its rules take many searches).
   */
  shown(configurator: Configurator): void;
}

export const customizeFeature = defineFeature({
  ...customizeDeclaration,
  messages: customizeMessages,
  setup(shortlist): CustomizeFeature {
    const configurations = byProductState((text): text is string => typeof text === 'string' && text.length <= SELECTION_MAX_LENGTH);
    shortlist.addState('configurations', configurations.slice);
    // Configured items resolve once their code has loaded: now when the tray holds one, else when one arrives.
    const resolveItems = once(() =>
      shortlist.load('customize-items', () => import('./items/source.js')).then(({ configuredItems }) => shortlist.addProducts(configuredItems(shortlist))),
    );
    shortlist.$tray.subscribe((ids) => {
      if (ids.some((id) => parseConfiguredId(id))) resolveItems().catch(() => {});
    });
    const seen = new WeakSet<Configurator>();
    return {
      configurations,
      shown(configurator) {
        if (seen.has(configurator)) return;
        seen.add(configurator);
        (globalThis.requestIdleCallback ?? setTimeout)(() => {
          prepareLists(shortlist.format);
          shortlist
            .load('customize-check', () => import('./check/check.js'))
            .then(({ checkConfiguration }) => checkConfiguration(configurator))
            .then((errors) => errors.forEach(shortlist.report), () => {});
        });
      },
    };
  },
});

/** The customizer's part of the instance, registered on first use. */
export const customizeOf = (shortlist: Shortlist): CustomizeFeature => shortlist.use(customizeFeature);
