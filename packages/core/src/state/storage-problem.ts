/**
 * Words a storage problem for the retailer: loaded with the first problem, so pages whose
 * storage works never download these sentences.
 */
import { ShortlistError } from '../errors.js';
import { RECORD_VERSION, type StorageProblem } from './persist.js';

export function describeStorageProblem({ reason, mode, key, layout, slice, cause }: StorageProblem): ShortlistError {
  const storage = `${mode}Storage`;
  const summary = {
    blocked: `${storage} is not available (blocked by the browser or its settings)`,
    unreadable: `the saved ${slice ? `"${slice}" of the state` : 'state'} in ${storage} "${key}" is unreadable and was reset`,
    older: `the saved state "${key}" has a layout (${layout}) this Shortlist cannot read and was reset`,
    newer: `the saved state "${key}" was written by a newer Shortlist (layout ${layout}) and is left untouched`,
    full: `${storage} is full`,
    refused: `${storage} refused to save`,
    read: `${storage} could not be read`,
  }[reason];
  // Except for a record that was reset (saving goes on), state stays in memory.
  const consequence = reason === 'unreadable' || reason === 'older' ? '' : "; the shopper's choices are kept in memory for this page";
  return new ShortlistError(summary + consequence, {
    code: 'storage',
    field: 'storage',
    expected: reason === 'newer' ? `layout ${RECORD_VERSION} or older` : reason === 'older' ? `layout 1 to ${RECORD_VERSION}` : undefined,
    docs: 'privacy.md#storage',
    cause,
  });
}
