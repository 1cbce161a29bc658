/**
 * Opens a shared comparison (a link made with "Share link") without losing the shopper's own
 * list: when the list already holds other products, the shopper chooses to replace it (with
 * Undo), add the shared products to it, or keep it. Loaded only when a page's address holds a
 * share link (`compare-share`).
 */
import { html, render } from 'lit';
import { globalHandle, own, type Formatter } from '@shortlist/core';
import { compareFeature, readShare, triageOf, withoutShare, type TriageMark } from '@shortlist/core/compare';
import type { ShortlistCompare } from '../compare.js';
import { pageComparison } from '../open.js';
import { promptStyles } from './styles.js';

/** What the shopper answered when a share link met a non-empty list. */
export type ShareChoice = 'replace' | 'add' | 'keep';

/**
 * Asks, in a modal dialog in the comparison's shadow root, whether a shared comparison replaces
 * the shopper's list, is added to it, or is ignored (Escape keeps the list).
 */
function ask(element: ShortlistCompare, shared: number, current: number, { t }: Formatter): Promise<ShareChoice> {
  const holder = document.createElement('div');
  render(
    html`<dialog class="prompt" part="prompt" aria-labelledby="prompt-title" aria-describedby="prompt-text">
      <form method="dialog">
        <h2 id="prompt-title">${t('compareShareTitle')}</h2>
        <p id="prompt-text">${t('compareShareCount', { count: shared })} ${t('compareShareCurrent', { count: current })}</p>
        <div class="toolbar">
          <button value="replace">${t('compareReplace')}</button>
          <button value="add" autofocus>${t('compareMerge')}</button>
          <button value="keep">${t('compareKeep')}</button>
        </div>
      </form>
    </dialog>`,
    holder,
  );
  const dialog = holder.querySelector('dialog')!;
  const root = element.shadowRoot!;
  const sheet = promptStyles.styleSheet!;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  root.append(dialog);
  // Its autofocus button takes the focus.
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => {
      dialog.remove();
      const choice = dialog.returnValue;
      resolve(choice === 'replace' || choice === 'add' ? choice : 'keep');
    }),
  );
}

/**
 * Applies the share parameter of the page's URL, if there is one, then removes it from the
 * address (`history.replaceState`) and shows the comparison: the page's inline
 * `<shortlist-compare>` if it has one, otherwise the dialog. A malformed link is reported in
 * the console and in the comparison's status message; this function never throws.
 */
export async function openSharedComparison(): Promise<void> {
  try {
    const shared = readShare(location.href);
    const shortlist = globalHandle().$instance.get();
    if (!shared) return;
    if (!shortlist) {
      console.error('Shortlist: call shortlist("init") before opening a shared comparison.');
      return;
    }
    shortlist.use(compareFeature);
    const { t } = shortlist.format;
    const element = pageComparison();

    if ('error' in shared) {
      console.warn(`Shortlist: ${shared.error}`);
      element.notify(t('compareShareBroken'));
    } else {
      const before = shortlist.$tray.get();
      const triage = triageOf(shortlist);
      const marks = triage.$triage.get();
      const same = before.length === shared.ids.length && before.every((id, index) => id === shared.ids[index]);
      const choice: ShareChoice = before.length === 0 || same ? 'replace' : await ask(element, shared.ids.length, before.length, shortlist.format);

      if (choice === 'keep') {
        element.notify(t('compareKept'));
      } else {
        const wanted = choice === 'replace' ? shared.ids : [...new Set([...before, ...shared.ids])];
        shortlist.setTray(wanted);
        // Replacing recreates the shared marks exactly; adding only adds the shared ones.
        const touched = choice === 'replace' ? shared.ids : [...(shared.eliminated ?? []), ...(shared.shortlisted ?? [])];
        const markOf = (id: string): TriageMark | undefined =>
          shared.eliminated?.includes(id) ? 'eliminated' : shared.shortlisted?.includes(id) ? 'shortlisted' : undefined;
        for (const id of touched) triage.mark(id, markOf(id));
        if (shared.view) element.view = shared.view;
        element.reference = shared.reference;

        const dropped = wanted.length - shortlist.$tray.get().length;
        const full = dropped > 0 ? ` ${t('compareMergeFull', { count: dropped, max: shortlist.config.tray.max })}` : '';
        if (before.length > 0 && !same) {
          element.notify(t(choice === 'replace' ? 'compareReplaced' : 'compareMerged') + full, () => {
            shortlist.setTray(before);
            for (const id of touched) triage.mark(id, own(marks, id));
          });
        } else if (full) {
          element.notify(full.trim());
        }
      }
    }
    // Applied, or found broken: the address drops it.
    history.replaceState(history.state, '', withoutShare(location.href));
    await element.show();
  } catch (error) {
    console.error('Shortlist: the shared comparison could not be opened.', error);
  }
}
