/**
 * One test for the framework examples (examples/react, examples/vue), as Vite built them
 * (`npm run build:examples`): the app runs in a same-origin frame, mounts the elements inside
 * the framework, sets their properties from its own state and hears their events. Both apps
 * show the same page: a product <select>, a compare button for the selected product, an
 * inline tray whose "Compare" the app cancels to show the comparison in the page, the tray's
 * ids read from the core store (#tray), and the events the app heard (#events).
 *
 * Assertions compare strings, numbers and booleans, never the frame's nodes (chai would walk a
 * node of another realm, window and all).
 */
import { expect } from '@esm-bundle/chai';
import { storageKey } from '@shortlist/core';
import { until } from '../../packages/core/test/helpers/until.js';

type Element = HTMLElement & Record<string, unknown>;

export function describeFrameworkApp(framework: string, path: string, namespace: string) {
  describe(`${framework} example (Vite build)`, () => {
    let frame: HTMLIFrameElement;
    afterEach(() => frame?.remove());

    it('mounts the elements, sets their properties from its state and hears their events', async () => {
      expect((await fetch(path)).ok, `${path}: run \`npm run build:examples\` first`).to.equal(true);
      localStorage.removeItem(storageKey(namespace));
      frame = document.createElement('iframe');
      frame.width = '1000';
      frame.height = '800';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = path;
      document.body.append(frame);
      await loaded;
      const page = frame.contentDocument!;
      const text = (selector: string) => (page.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const events = () => [...page.querySelectorAll('#events li')].map((item) => item.textContent);
      const button = () => page.querySelector('shortlist-compare-button') as Element;
      const press = (host: Element | null | undefined, part: string) => host!.shadowRoot!.querySelector<HTMLElement>(`[part~=${part}]`)!.click();

      // The first product, from the app's state, once the catalog has named it.
      await until(() => button()?.shadowRoot?.querySelector('[part=base]')?.getAttribute('aria-label') === 'Compare Aero 14', 'the compare button for Aero 14');
      expect(button().product).to.equal('aero-14');
      press(button(), 'base');
      await until(() => events().length === 1, 'the app to hear shortlist-change');
      expect(events()).to.deep.equal(['added aero-14']);
      expect(text('#tray')).to.equal('Comparing: aero-14');

      // The app's state switches the product: the element gets the new id as a property.
      const select = page.querySelector('select')!;
      select.value = 'terra-15';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => button().product === 'terra-15', 'the new product id');
      expect(button().getAttribute('product')).to.equal('terra-15');
      press(button(), 'base');
      await until(() => events().length === 2, 'the second shortlist-change');
      expect(text('#tray')).to.equal('Comparing: aero-14, terra-15');

      // The tray's "Compare": the app cancels shortlist-open and shows the comparison inline.
      const tray = page.querySelector('shortlist-tray') as Element;
      expect(tray.shadowRoot!.querySelector('[part~=count]')!.textContent).to.equal('2');
      press(tray, 'toggle');
      const panel = await until(() => tray.shadowRoot!.querySelector('shortlist-tray-panel')?.shadowRoot?.querySelector('[part~=compare]') && tray.shadowRoot!.querySelector('shortlist-tray-panel'), 'the tray panel');
      press(panel, 'compare');
      const compare = await until(() => page.querySelector('shortlist-compare:not([modal])'), 'the inline comparison');
      await until(() => compare.shadowRoot?.querySelectorAll('th[scope=col]').length === 2, 'two products side by side');
      await until(() => events().length === 3, 'shortlist-compare-open');
      expect(events()).to.deep.equal(['added aero-14', 'added terra-15', 'opened inline 2']);
      const dialog = page.querySelector('shortlist-compare[modal]')?.shadowRoot?.querySelector('dialog');
      expect(dialog?.open ?? false, 'the built-in dialog stays closed').to.equal(false);
    });
  });
}
