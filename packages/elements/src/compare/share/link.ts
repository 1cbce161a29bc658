/** The comparison's "Share link" button, in the page: its code loads on the first click (`compare-share`). */
import { shareAddress, shareUrl, type ShareState } from '@shortlist/core/compare';

/**
 * A link to this page recreating `state` (its canonical address and the share parameter,
 * nothing else: see `shareAddress`), copied to the clipboard when the page may.
 */
export async function copyShareLink(state: ShareState): Promise<{ url: string; copied: boolean }> {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  const url = shareUrl(shareAddress(location.href, canonical), state);
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // Not allowed here (permissions, insecure context): the view shows the link in a field.
    return { url, copied: false };
  }
}
