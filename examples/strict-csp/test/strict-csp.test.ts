/**
 * The strict-CSP example (examples/strict-csp, served under the policy of csp.mjs as `npm start`
 * serves it): every component used in real pages — compare buttons, the tray and its panel,
 * the comparison dialog with its controls, the inline comparison — with zero
 * `securitypolicyviolation` events. The pages record violations themselves (violations.js,
 * their first script), so none is missed while they load.
 *
 * Assertions compare strings, numbers and booleans, never a frame's DOM nodes (see the
 * storefront test for why).
 */
import { expect } from '@esm-bundle/chai';
import { until } from '../../../packages/core/test/helpers/until.js';
import { closePages, openPage, type EmbedPage, type EmbedWindow } from '../../../packages/elements/test/helpers/pages.js';

type Page = EmbedPage & { window: EmbedWindow & { cspViolations: string[] } };
const openExample = (path: string) => openPage(path) as Promise<Page>;

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const violations = (page: Page) => [...page.window.cspViolations];
const shadow = (element: Element | null | undefined) => element?.shadowRoot ?? undefined;
const button = (root: ParentNode | undefined, label: string) => [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((candidate) => text(candidate) === label);

afterEach(() => {
  closePages();
  localStorage.removeItem('shortlist:strict-csp');
});

describe('strict CSP example', () => {
  it('is served under the policy: no inline script but the hashed stub, Trusted Types required, only the lit-html policy', async () => {
    for (const path of ['/strict-csp/', '/strict-csp/compare.html']) {
      const policy = (await fetch(path)).headers.get('content-security-policy') ?? '';
      expect(policy, path).to.include("default-src 'none'");
      expect(policy, path).to.match(/script-src 'self' 'sha256-[\w+/]+=*'(;|$)/);
      expect(policy, path).to.include("require-trusted-types-for 'script'");
      expect(policy, path).to.match(/trusted-types lit-html(;|$)/).and.not.include('allow-duplicates');
    }
  });

  it('uses every component with zero policy violations', async function () {
    this.timeout(60_000);
    const page = await openExample('/strict-csp/');
    const ids = page.shortlist.$catalog.get().catalog.products.map((product) => product.id);
    expect(ids).to.deep.equal(['csp-alpha', 'csp-bravo', 'csp-charlie']);

    // Compare buttons.
    for (const element of page.document.querySelectorAll('shortlist-compare-button')) shadow(element)!.querySelector('button')!.click();
    expect(page.shortlist.$tray.get()).to.deep.equal(ids);

    // The tray and its panel (lit-html renders it).
    const tray = page.document.querySelector('shortlist-tray')!;
    await until(() => text(shadow(tray)?.querySelector('[part~="count"]')) === '3', 'the tray to count 3');
    shadow(tray)!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    const panel = await until(() => shadow(shadow(tray)?.querySelector('shortlist-tray-panel')), 'the tray panel to render');
    await until(() => panel.querySelectorAll('[part~="item"]').length === 3, 'three products in the panel');

    // The comparison dialog, and what the shopper does in it.
    (await until(() => button(panel, 'Compare 3 products'), 'the Compare button')).click();
    const dialog = await until(() => page.document.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('shortlist-compare[modal]'), 'the comparison dialog');
    const root = dialog.shadowRoot!;
    await until(() => root.querySelector<HTMLDialogElement>('dialog[part="dialog"]')?.open && root.querySelectorAll('th[scope="col"]').length === 3, 'the dialog to show three products');
    // Rendered in slices: complete once its updates (and the later slices) are.
    await dialog.updateComplete;
    root.querySelector<HTMLButtonElement>('td[data-id="csp-bravo"] [data-action="pin"]')!.click();
    root.querySelector<HTMLButtonElement>('td[data-id="csp-charlie"] [data-action="eliminated"]')!.click();
    root.querySelector<HTMLInputElement>('input[name="view"][value="differences"]')!.click();
    button(root, 'Sort')!.click();
    const note = await until(() => root.querySelector<HTMLTextAreaElement>('textarea[data-id="csp-alpha"]'), 'the note fields');
    note.value = 'Light enough';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    note.dispatchEvent(new Event('change', { bubbles: true }));
    button(root, 'Share link')!.click();
    await until(() => root.querySelector<HTMLInputElement>('[part="link"] input')?.value, 'the share link');
    root.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    await until(() => !root.querySelector<HTMLDialogElement>('dialog[part="dialog"]')!.open, 'the dialog to close');
    expect(violations(page)).to.deep.equal([]);

    // The inline comparison, on its own page (its queue stub inline, allowed by its hash).
    const comparePage = await openExample('/strict-csp/compare.html');
    const inline = comparePage.document.querySelector('shortlist-compare:not([modal])')!;
    await until(() => inline.shadowRoot?.querySelectorAll('th[scope="col"]').length === 3, 'the inline comparison to show three products');
    expect(inline.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[data-id="csp-alpha"]')!.value).to.equal('Light enough');
    expect(violations(comparePage)).to.deep.equal([]);
    expect(violations(page)).to.deep.equal([]);

    // The policy is enforced, and the pages hear its violations: HTML from a string is refused.
    expect(() => (comparePage.document.body.innerHTML = '<b>not trusted</b>')).to.throw(/TrustedHTML/);
    await until(() => violations(comparePage).length, 'the violation to be reported');
    expect(violations(comparePage)).to.have.length(1);
    expect(violations(comparePage)[0]).to.match(/^require-trusted-types-for: /);
  });
});
