/**
 * Opens a shared comparison (a link made with "Share link") without losing the shopper's own
 * list: when the list already holds other products, the shopper chooses to replace it (with
 * Undo), add the shared products to it, or keep it.
 */
import { globalHandle, own } from '@shortlist/core';
import { compareFeature, readShare, triageOf, withoutShare, type TriageMark } from '@shortlist/core/compare';
import type { ShareChoice } from './compare.js';
import { pageComparison } from './open.js';

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
      const choice: ShareChoice = before.length === 0 || same ? 'replace' : await element.ask(shared.ids.length, before.length);

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
