/**
 * What a shopper sees where an element's code could not load (offline, blocked, not found): a
 * short notice with "Try again", in the element's light DOM, which an element that is not
 * defined shows. Once the code loads, the element's shadow root takes its place.
 */
import type { Formatter } from '@shortlist/core';

/** Shows the notice in `element` (replacing an earlier one); `retry` runs when the shopper asks. */
export function showLoadFailure(element: Element, { t }: Formatter, retry: () => void): void {
  element.querySelector(':scope > [data-shortlist-load-failure]')?.remove();
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('loadRetry');
  const notice = document.createElement('p');
  notice.dataset.shortlistLoadFailure = '';
  notice.setAttribute('role', 'alert');
  notice.append(t('loadFailed'), ' ', button);
  button.addEventListener('click', () => {
    notice.remove();
    retry();
  });
  element.append(notice);
}
