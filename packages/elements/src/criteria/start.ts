/**
 * What the criteria do when a page starts with shared criteria in its address: they become the
 * shopper's own contexts, each active in its category, and the parameter leaves the address.
 */
import { globalHandle, ShortlistError } from '@shortlist/core';
import { adoptContexts, criteriaOf, decodeCriteria, withCriteria, CRITERIA_PARAM } from '@shortlist/core/criteria';

export function start(): void {
  const shortlist = globalHandle().$instance.get();
  const value = new URLSearchParams(location.search).get(CRITERIA_PARAM);
  if (!shortlist || value === null) return;
  const shared = decodeCriteria(value);
  if (shared) adoptContexts(shortlist, criteriaOf(shortlist).contexts, shared);
  else shortlist.report(new ShortlistError('the shared criteria in this link cannot be read', { code: 'criteria', field: CRITERIA_PARAM, expected: 'a link made by Shortlist', found: value, docs: 'criteria.md#share-links' }));
  history.replaceState(history.state, '', withCriteria(location.href));
}
