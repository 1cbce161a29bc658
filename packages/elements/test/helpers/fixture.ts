/**
 * A tiny fixture: renders HTML into a container appended to the body, waits until every
 * shortlist-* element inside has rendered, and removes the containers after the test.
 */

type Updatable = Element & { updateComplete?: Promise<unknown> };

const containers = new Set<HTMLElement>();

/** Waits until every Lit element in `root` (itself included) has finished updating. */
export async function settled(root: ParentNode | Element): Promise<void> {
  // An update may schedule another one (an element reacting to a store); wait until quiet.
  for (let round = 0; round < 5; round++) {
    const elements = [...(root instanceof Element && root.localName.startsWith('shortlist-') ? [root] : []), ...root.querySelectorAll('*')]
      .filter((element): element is Updatable => element.localName.startsWith('shortlist-'))
      .map((element) => element.updateComplete)
      .filter((promise): promise is Promise<unknown> => !!promise);
    const results = await Promise.all(elements);
    // `updateComplete` resolves to false when another update is pending.
    if (results.every((done) => done !== false)) return;
  }
}

export interface Fixture<T extends Element> {
  container: HTMLElement;
  /** The first element of the HTML. */
  element: T;
  /** Removes this fixture's container. */
  cleanup(): void;
}

/** Renders `html` into a fresh container in the body and waits for its shortlist-* elements. */
export async function fixture<T extends Element = HTMLElement>(html: string): Promise<Fixture<T>> {
  const container = document.createElement('div');
  container.dataset.testFixture = '';
  container.innerHTML = html;
  document.body.append(container);
  containers.add(container);
  await settled(container);
  return {
    container,
    element: container.firstElementChild as T,
    cleanup() {
      container.remove();
      containers.delete(container);
    },
  };
}

/** Removes every container `fixture` created; call it in `afterEach`. */
export function cleanupFixtures(): void {
  for (const container of containers) container.remove();
  containers.clear();
}

export { until } from '../../../core/test/helpers/until.js';
