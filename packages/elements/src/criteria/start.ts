/**
 * What the criteria do when a page wants them at once (see the declaration): set up, so the
 * page's comparison shows the fit of the shopper's criteria; and with shared criteria in the
 * address, those become the shopper's own contexts, each active in its category, and the
 * parameter leaves the address.
 */
import { globalHandle, ShortlistError } from '@shortlist/core';
import { criteriaOf, CRITERIA_PARAM } from '@shortlist/core/criteria';

export async function start(): Promise<void> {
  const shortlist = globalHandle().$instance.get();
  if (!shortlist) return;
  const { contexts, share } = criteriaOf(shortlist);
  const value = new URLSearchParams(location.search).get(CRITERIA_PARAM);
  if (value === null) return;
  // A failed load is reported; the criteria stay in the address, for a reload to try again.
  const code = await share().catch(() => undefined);
  if (!code) return;
  const { adoptContexts, decodeCriteria, withCriteria } = code;
  const shared = decodeCriteria(value);
  if (shared) adoptContexts(shortlist, contexts, shared);
  else shortlist.report(new ShortlistError('the shared criteria in this link cannot be read', { code: 'criteria', field: CRITERIA_PARAM, expected: 'a link made by Shortlist', found: value, docs: 'criteria.md#share-links' }));
  history.replaceState(history.state, '', withCriteria(location.href));
}
