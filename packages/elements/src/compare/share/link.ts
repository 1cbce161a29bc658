/** The comparison's "Share link" button, in the page: its code loads on the first click (`compare-share`). */
import { shareAddress, shareUrl, type ShareState } from '@shortlist/core/compare';
import type { Fit } from '@shortlist/core/criteria';

/**
 * A link to this page recreating `state` (its canonical address and the share parameter,
 * nothing else: see `shareAddress`), and with `fit` the criteria that judge its products;
 * copied to the clipboard when the page may.
 */
export async function copyShareLink(state: ShareState, fit?: Fit): Promise<{ url: string; copied: boolean }> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const shared = shareUrl(shareAddress(location.href, canonical), state);
  // Without the criteria's code (a failed load, reported), the link still recreates the comparison.
  const url = fit ? await fit.link(shared, state.ids).catch(() => shared) : shared;
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // Not allowed here (permissions, insecure context): the view shows the link in a field.
    return { url, copied: false };
  }
}
