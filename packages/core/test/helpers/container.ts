/**
 * A hidden element for each test's markup, put into the page before each test and taken out
 * after it. Hidden, so that images with loading="lazy" are never requested.
 */
export function testContainer(): () => HTMLElement {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    container.hidden = true;
    document.body.append(container);
  });
  afterEach(() => container.remove());
  return () => container;
}
